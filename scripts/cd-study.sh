#!/usr/bin/env bash
# Issue 4's real-data study: CD-2014 as source; Office, Grocery, Toys, Tools, Baby as targets;
# all seven configurations; seeds 1-3 (the source pretrained once, with seed 1); 20 epochs.
# Then the gain tables (Tables 3-5 layout), relatedness (Fig. 3, Table 6) and figures.
# Needs ../shared/data/amazon beside the repository. About 20 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
workspace=${1:-/tmp/ws-cd}
a=../shared/data/amazon
./rectransfer sweep --sources $a/CD-2014.tsv.gz \
  --targets $a/Office-2014.tsv.gz $a/Grocery-2014.tsv.gz $a/Toys-2014.tsv.gz $a/Tools-2014.tsv.gz $a/Baby-2014.tsv.gz \
  --configs all --seeds 3 --source-seeds 1 --epochs 20 --parallel 2 --name cd-study --workspace "$workspace" --json
./rectransfer report gains --sweep cd-study --workspace "$workspace" --format md
./rectransfer analyze relatedness --sweep cd-study --workspace "$workspace"
./rectransfer figure kld-scatter --sweep cd-study --workspace "$workspace" --out docs/figures/cd-kld-scatter.png --dpi 150
./rectransfer figure heatmap --sweep cd-study --workspace "$workspace" --out docs/figures/cd-gains-heatmap.png --dpi 150
