#!/usr/bin/env bash
# Tries every kind of bad input we know of against the command line and writes the markdown table
# of docs/reliability.md: the input, the exit code, the lines on stderr and the first of them.
#   [RECTRANSFER=launcher] scripts/reliability-table.sh > table.md
# Needs the sample data (run from the repository); makes its files in a temporary folder.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rt="${RECTRANSFER:-$here/rectransfer}"
tmp="$(mktemp -d)"
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
cd "$here"
ws="$tmp/ws"
small=sample-data/Instrument-synthetic.tsv
other=sample-data/Garden-synthetic.tsv
quick=(--epochs 1 --paper-schedule)

# Material: a finished run, a package from it, damaged copies, odd files.
run=$("$rt" train --data "$small" "${quick[@]}" --workspace "$ws" --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["run"])')
"$rt" export-package --run "$run" --out "$tmp/good.rtp" --workspace "$ws" >/dev/null 2>&1
python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
p = json.load(open(d + "/good.rtp"))
bad = json.loads(json.dumps(p)); first = next(iter(bad["weights"])); bad["weights"][first]["w"][0] = None
json.dump(bad, open(d + "/null-weight.rtp", "w"))
bad = json.loads(json.dumps(p)); bad["version"] = 99
json.dump(bad, open(d + "/version-99.rtp", "w"))
bad = json.loads(json.dumps(p)); bad["weights"][first]["w"] = bad["weights"][first]["w"][:-5]
json.dump(bad, open(d + "/short-layer.rtp", "w"))
bad = json.loads(json.dumps(p)); bad["embedding"] = 16
json.dump(bad, open(d + "/other-embedding.rtp", "w"))
PY
head -c 3000 /dev/urandom > "$tmp/garbage.rtp"
: > "$tmp/empty.tsv"
head -c 5000 /dev/urandom > "$tmp/binary.tsv"
printf 'user\titem\n1\t2\n1\n' > "$tmp/short-line.tsv"
printf 'user\titem\trating\n1\t2\tfive\n' > "$tmp/bad-rating.csv"
head -c 200000 "$small" | gzip -c | head -c 30000 > "$tmp/truncated.tsv.gz"
printf '{"reviewerID": "A1", "asin": "B1", "overall": 5.0}\n{"reviewerID": "A1", "asin"\n' > "$tmp/broken.json"
printf '{"u1": [1, 2, 3], "u2": [2, 3]}\n' > "$tmp/map.json"
mkdir -p "$tmp/adir" "$tmp/readonly"
printf 'not a database' > "$tmp/notadb"; mkdir -p "$tmp/corrupt-ws"; head -c 4096 /dev/urandom > "$tmp/corrupt-ws/workspace.db"
"$rt" sweep --sources "$small" --targets "$other" --configs config-7 --seeds 1 "${quick[@]}" --name used --workspace "$ws" >/dev/null 2>&1

row() {  # row DESCRIPTION ARGS...
  local what="$1"; shift
  local err code lines first
  err=$("$rt" "$@" 2>&1 >/dev/null); code=$?
  lines=$(printf '%s' "$err" | grep -c . || true)
  first=$(printf '%s' "$err" | grep . | head -1 | sed "s#$tmp#TMP#g; s#$here/##g; s#|#\\\\|#g")
  printf '| %s | `%s` | %s | %s | %s |\n' "$what" "$(echo "$*" | sed "s#$tmp#TMP#g; s#$here/##g; s#|#\\\\|#g" | cut -c1-90)" "$code" "$lines" "$first"
}

echo '| bad input | command (abridged) | exit | stderr lines | first line of stderr |'
echo '|---|---|---:|---:|---|'
row "data file missing" train --data "$tmp/missing.tsv" --workspace "$ws"
row "empty data file" train --data "$tmp/empty.tsv" --workspace "$ws"
row "binary garbage as data" train --data "$tmp/binary.tsv" --workspace "$ws"
row "a line with one field" train --data "$tmp/short-line.tsv" --workspace "$ws"
row "rating not a number" train --data "$tmp/bad-rating.csv" --min-rating 4 --workspace "$ws"
row "truncated gzip" train --data "$tmp/truncated.tsv.gz" --workspace "$ws"
row "broken JSON line" train --data "$tmp/broken.json" --workspace "$ws"
row "a folder as data" data stats "$tmp/adir"
row "unknown format" train --data "$small" --format parquet --workspace "$ws"
row "JSON read as delimited" data stats "$tmp/map.json" --format delimited
row "--epochs 0" train --data "$small" --epochs 0 --workspace "$ws"
row "--epochs -3" train --data "$small" --epochs -3 --workspace "$ws"
row "--epochs not a number" train --data "$small" --epochs ten --workspace "$ws"
row "--lr 0" train --data "$small" --lr 0 --workspace "$ws"
row "--lr NaN" train --data "$small" --lr NaN --workspace "$ws"
row "--batch 0" train --data "$small" --batch 0 --workspace "$ws"
row "--negatives -1" train --data "$small" --negatives -1 --workspace "$ws"
row "--embedding 0" train --data "$small" --embedding 0 --workspace "$ws"
row "--embedding 60000" train --data "$small" --embedding 60000 --workspace "$ws"
row "--embedding 100000" train --data "$small" --embedding 100000 --workspace "$ws"
row "--layers with a zero width" train --data "$small" --layers 64,0 --workspace "$ws"
row "--layers 100000" train --data "$small" --layers 100000 --workspace "$ws"
row "--k 0" train --data "$small" --k 0 --workspace "$ws"
row "--k 1000 (more than the candidates)" train --data "$small" --k 1000 --workspace "$ws"
row "--eval-negatives 0" train --data "$small" --eval-negatives 0 --workspace "$ws"
row "--eval-negatives 1000000" train --data "$small" --eval-negatives 1000000 "${quick[@]}" --workspace "$ws"
row "--min-user too high: no user left" train --data "$small" --min-user 100000 --workspace "$ws"
row "--min-rating not a number" train --data "$small" --min-rating high --workspace "$ws"
row "--hold-out unknown" train --data "$small" --hold-out sideways --workspace "$ws"
row "--early-stopping -1" train --data "$small" --early-stopping -1 --workspace "$ws"
row "--warmup-epochs -1" train --data "$small" --warmup-epochs -1 --workspace "$ws"
row "--split-seed -1" train --data "$small" --split-seed -1 --workspace "$ws"
row "--optimizer unknown" train --data "$small" --optimizer sgd --workspace "$ws"
row "--threads 0" train --data "$small" --threads 0 --workspace "$ws"
row "unknown option" train --data "$small" --frobnicate --workspace "$ws"
row "unknown command" frobnicate
row "--plan names a layer twice" transfer --data "$other" --source "$run" --plan FC1=frozen,FC1=tuned --workspace "$ws"
row "--plan unknown layer" transfer --data "$other" --source "$run" --plan FC9=frozen --workspace "$ws"
row "--plan unknown mode" transfer --data "$other" --source "$run" --plan FC1=melted --workspace "$ws"
row "--config unknown" transfer --data "$other" --source "$run" --config config-9 --workspace "$ws"
row "--source run not in the workspace" transfer --data "$other" --source Nobody-b-000000 --config config-1 --workspace "$ws"
row "package with a null weight" transfer --data "$other" --source "$tmp/null-weight.rtp" --config config-1 --workspace "$ws"
row "package version 99" transfer --data "$other" --source "$tmp/version-99.rtp" --config config-1 --workspace "$ws"
row "package with a short layer" transfer --data "$other" --source "$tmp/short-layer.rtp" --config config-1 --workspace "$ws"
row "package of another embedding size" transfer --data "$other" --source "$tmp/other-embedding.rtp" --config config-1 --workspace "$ws"
row "package that is not JSON" transfer --data "$other" --source "$tmp/garbage.rtp" --config config-1 --workspace "$ws"
row "--tune-lr -1" sweep --sources "$small" --targets "$other" --tune-lr -1 --workspace "$ws"
row "--configs unknown" sweep --sources "$small" --targets "$other" --configs config-9 --workspace "$ws"
row "sweep source file missing" sweep --sources "$tmp/missing.tsv" --targets "$other" --workspace "$ws"
row "a target named twice" sweep --sources "$small" --targets "$other" "$other" --workspace "$ws"
row "--parallel 0" sweep --sources "$small" --targets "$other" --parallel 0 --workspace "$ws"
row "--seeds 0" sweep --sources "$small" --targets "$other" --seeds 0 --workspace "$ws"
row "--executor unknown" sweep --sources "$small" --targets "$other" --executor mars --workspace "$ws"
row "sweep name reused with other --epochs" sweep --sources "$small" --targets "$other" --configs config-7 --seeds 1 --epochs 2 --paper-schedule --name used --workspace "$ws"
row "report on an unknown sweep" report gains --sweep nosuch --workspace "$ws"
row "report on a folder without a workspace" report gains --sweep used --workspace "$tmp/adir"
row "report on a corrupt database" report gains --sweep used --workspace "$tmp/corrupt-ws"
row "--workspace is a file" train --data "$small" --workspace "$tmp/notadb"
row "analyze an unknown run" analyze importance --run Nobody-b-000000 --workspace "$ws"
row "figure of an unknown kind" figure pie --sweep used --out "$tmp/x.png" --workspace "$ws"
row "figure into a folder that cannot be written" figure heatmap --sweep used --out /proc/x.png --workspace "$ws"
row "--dpi 0" figure heatmap --sweep used --out "$tmp/x.png" --dpi 0 --workspace "$ws"
row "export a package of an unknown run" export-package --run Nobody-b-000000 --out "$tmp/x.rtp" --workspace "$ws"
