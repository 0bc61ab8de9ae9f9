#!/usr/bin/env bash
# docs/results.md §5: successive halving (choose) against trying every configuration, CD as source,
# five Amazon targets, 20 epochs, seed 1. Needs ../shared/data/amazon beside the repository.
#   scripts/choose-study.sh [WORKSPACE]     (default /tmp/ws-choose-real; about 20 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
W="${1:-/tmp/ws-choose-real}"
D=../shared/data/amazon
[ -d "$D" ] || { echo "choose-study.sh: $D not found" >&2; exit 2; }
SRC=$(./rectransfer train --workspace "$W" --data "$D/CD-2014.tsv.gz" --epochs 20 --seed 1 --json 2>/dev/null \
      | python3 -c "import json,sys; print(json.load(sys.stdin)['run'])")
echo "source run $SRC"
echo "| target | chosen | its validation HR@10 (20 epochs) | exhaustive best | its validation HR@10 | chosen test HR@10 | epochs trained (halving / exhaustive) |"
echo "|---|---|---:|---|---:|---:|---|"
for t in Office Grocery Toys Tools Baby; do
  ./rectransfer choose --workspace "$W" --source "$SRC" --data "$D/$t-2014.tsv.gz" --epochs 20 --min-epochs 2 --eta 3 \
      --compare --json 2>/dev/null | python3 -c "
import json,sys
d=json.load(sys.stdin); ex=d['exhaustive']; best=d['exhaustiveBest']
print('| $t | %s | %.4f | %s | %.4f | %.4f | %d / %d |' % (d['chosen'], ex[d['chosen']], best, ex[best], d['hr'], d['epochsSpent'], d['exhaustiveEpochs']))"
done
