#!/usr/bin/env bash
# The paper reproduced on the seventeen real Amazon domains of ../shared/data/amazon (docs/reproduction.md).
#
#   scripts/reproduce.sh WORKSPACE                 run (or resume) the whole study, then write the report
#   scripts/reproduce.sh --report-only WORKSPACE   only write docs/reproduction.md and docs/figures/repro-*
#                                                  from what WORKSPACE holds (byte for byte the same page)
#
# Stages, each resumable (a killed run is picked up where it stopped: finished runs are skipped):
#   1. sweeps repro-book and repro-cd: Book-2014 and CD-2014 as sources, every other domain as a target
#      (so Book -> CD and CD -> Book too), all seven configs and the baseline, seeds 1-3, a source model
#      per seed, converged training (validation early stopping, patience 10, at most 100 epochs).
#   2. sweep repro-scarcity: Book as source into four targets with 10 %, 25 % and 50 % of their users.
#   3. choose (successive halving) on every source/target pair of stage 1, seed 1.
#   4. the report.
# Environment: SEEDS (default 3), PARALLEL (runs at once, default 2), RECTRANSFER (the launcher).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
report_only=0
if [ "${1:-}" = "--report-only" ]; then report_only=1; shift; fi
if [ $# -ne 1 ]; then
  echo "usage: scripts/reproduce.sh [--report-only] WORKSPACE" >&2
  exit 2
fi
ws="$1"
data="$here/../shared/data/amazon"
if [ ! -d "$data" ]; then
  echo "reproduce.sh: $data not found (the shared Amazon domains must sit beside the repository)" >&2
  exit 2
fi
data="$(cd "$data" && pwd)"
rt="${RECTRANSFER:-$here/rectransfer}"
seeds="${SEEDS:-3}"
parallel="${PARALLEL:-2}"
sources=(Book-2014 CD-2014)
others=(Baby-2014 Beauty-2014 Cellphone-2014 Clothing-2014 DigitalMusic-2018 Grocery-2014 Health-2014 Home-2014
        InstantVideo-2014 Instrument-2018 Office-2014 Sports-2014 Tools-2014 Toys-2014 Videogame-2014)
files() { for d in "$@"; do printf '%s\n' "$data/$d.tsv.gz"; done; }

if [ "$report_only" -eq 0 ]; then
  mkdir -p "$ws"
  # Stage 1: Book into the fifteen others and CD; CD into the fifteen others and Book.
  mapfile -t book_targets < <(files "${others[@]}" CD-2014)
  mapfile -t cd_targets < <(files "${others[@]}" Book-2014)
  "$rt" sweep --sources "$data/Book-2014.tsv.gz" --targets "${book_targets[@]}" --configs all \
      --seeds "$seeds" --parallel "$parallel" --name repro-book --workspace "$ws"
  "$rt" sweep --sources "$data/CD-2014.tsv.gz" --targets "${cd_targets[@]}" --configs all \
      --seeds "$seeds" --parallel "$parallel" --name repro-cd --workspace "$ws"
fi
