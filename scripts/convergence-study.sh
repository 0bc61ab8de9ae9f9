#!/usr/bin/env bash
# Learning curves behind the converged-training rule (docs/convergence.md): trains a source, then
# the baseline and four transfer configurations on each target for a full 100 epochs, recording
# validation HR every epoch without ever stopping, so that any stopping rule can be replayed on them.
#   [RECTRANSFER=path/to/launcher] [SEED=1] scripts/convergence-study.sh WORKSPACE SOURCE TARGET...        (prints one JSON file per run to WORKSPACE/curves)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ws="$1"; source="$2"; shift 2
seed="${SEED:-1}"
mkdir -p "$ws/curves"
rt="${RECTRANSFER:-$here/rectransfer}"
never_stop=(--early-stopping 1000 --warmup-epochs 0 --seed "$seed" --workspace "$ws" --json)
src_json="$ws/curves/source-$(basename "$source" | cut -d- -f1)-s$seed.json"
[ -s "$src_json" ] || "$rt" train --data "$source" "${never_stop[@]}" --epochs 40 > "$src_json"
src_run=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run"])' "$src_json")
for target in "$@"; do
  name=$(basename "$target" | cut -d- -f1)
  out="$ws/curves/$name-baseline-s$seed.json"
  [ -s "$out" ] || "$rt" train --data "$target" "${never_stop[@]}" --epochs 100 > "$out"
  for config in config-1 config-2 config-4 config-6; do
    out="$ws/curves/$name-$config-s$seed.json"
    [ -s "$out" ] || "$rt" transfer --source "$src_run" --data "$target" --config "$config" "${never_stop[@]}" --epochs 100 > "$out"
  done
done
