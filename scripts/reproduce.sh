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

  # Stage 2: scarcer targets. The four largest targets that match a domain of the paper, at 10, 25, 50
  # and 100 % of their users (drawn anew per seed), with the configs of the paper's Fig. 3.
  mapfile -t scarce_targets < <(files Home-2014 Videogame-2014 Sports-2014 Grocery-2014)
  "$rt" sweep --sources "$data/Book-2014.tsv.gz" --targets "${scarce_targets[@]}" --configs config-1,config-5,config-6,config-7 \
      --target-fraction 0.1,0.25,0.5,1 --seeds "$seeds" --parallel "$parallel" --name repro-scarcity --workspace "$ws"

  # Stage 3: choose on every source/target pair of stage 1 with seed 1's source model: the pairs of each
  # source one at a time, the two sources side by side; each answer is kept in WORKSPACE/choose, so a
  # rerun skips the pairs done.
  mkdir -p "$ws/choose"
  choose_from() {
    local source=$1 name=${1%%-*} run target out
    run=$(python3 -c 'import sqlite3,sys; db=sqlite3.connect("file:"+sys.argv[1]+"/workspace.db?mode=ro", uri=True)
row=db.execute("SELECT run_id FROM sweep_runs WHERE task_key=?", ("source:"+sys.argv[2]+":s1",)).fetchone()
print(row[0] if row else "")' "$ws" "$name")
    [ -n "$run" ] || { echo "reproduce.sh: no seed-1 source model of $name in $ws" >&2; return 1; }
    for target in "${others[@]}" "${sources[@]}"; do
      [ "$target" = "$source" ] && continue
      out="$ws/choose/$name-${target%%-*}.json"
      [ -s "$out" ] && continue
      "$rt" choose --source "$run" --data "$data/$target.tsv.gz" --seed 1 --workspace "$ws" --json -q > "$out.part"
      mv "$out.part" "$out"
    done
  }
  pids=()
  for source in "${sources[@]}"; do
    choose_from "$source" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
fi

# Stage 4: docs/reproduction.md and its figures, from what the workspace holds.
RECTRANSFER="$rt" python3 "$here/scripts/reproduction_report.py" "$ws" "$here/docs"
