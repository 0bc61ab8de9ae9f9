#!/usr/bin/env bash
# Gains under three training schedules on the same sources, targets and seeds (docs/results.md §4.3):
# the paper's fixed schedule cut at 5 and at 20 epochs, and converged training (the default).
#   [RECTRANSFER=launcher] [SEEDS=3] [SCHEDULES="fixed5 fixed20 converged"] scripts/schedule-study.sh WORKSPACE NAME SOURCE TARGET...
# writes WORKSPACE/NAME-{fixed5,fixed20,converged}.md (report gains) and .json (report gains --json)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rt="${RECTRANSFER:-$here/rectransfer}"
ws="$1"; name="$2"; source="$3"; shift 3
mkdir -p "$ws"
for schedule in ${SCHEDULES:-fixed5 fixed20 converged}; do
  case "$schedule" in
    fixed5) opts=(--paper-schedule --epochs 5) ;;
    fixed20) opts=(--paper-schedule --epochs 20) ;;
    converged) opts=() ;;
  esac
  start=$(date +%s)
  "$rt" sweep --sources "$source" --targets "$@" --configs all --seeds "${SEEDS:-3}" "${opts[@]}" \
      --name "$name-$schedule" --workspace "$ws" --json > "$ws/$name-$schedule.sweep.json"
  echo "$name-$schedule: $(( $(date +%s) - start )) s" >&2
  "$rt" report gains --sweep "$name-$schedule" --workspace "$ws" --format md > "$ws/$name-$schedule.md"
  "$rt" report gains --sweep "$name-$schedule" --workspace "$ws" --json > "$ws/$name-$schedule.json"
done
