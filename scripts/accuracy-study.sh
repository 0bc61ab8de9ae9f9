#!/usr/bin/env bash
# Issue 3's accuracy check on real data: the MLP with lazy and dense Adam against item popularity
# on Office, Grocery and Toys (default filter, 20 epochs, seeds 1-3). Prints one TSV row per run:
# domain, optimizer, seed, HR@10, NDCG@10, popularity HR@10, popularity NDCG@10, samples/s, run id.
# Needs ../shared/data/amazon beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/amazon
workspace=${1:-$(mktemp -d)}
for domain in Office Grocery Toys; do
  for optimizer in adam-lazy adam-dense; do
    for seed in 1 2 3; do
      ./rectransfer train --data "$data/$domain-2014.tsv.gz" --epochs 20 --seed "$seed" --optimizer "$optimizer" \
          --workspace "$workspace" --json 2>/dev/null \
        | python3 -c "import json,sys; r=json.load(sys.stdin); print('$domain','$optimizer',$seed,r['hr'],r['ndcg'],r['popularity']['hr'],r['popularity']['ndcg'],r['samplesPerSecond'],r['run'],sep='\t')"
    done
  done
done
