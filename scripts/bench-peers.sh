#!/usr/bin/env bash
# The engine (`rectransfer bench`) against a PyTorch peer (scripts/peers/ncf_peer.py) in one run,
# alternating case by case: for each round, shape, batch and thread count, the Java case, then the
# PyTorch case. Prints a markdown table (means over the rounds) and the measurements of each round.
# Not part of CI: it needs torch (scripts/peers/README.md) and takes minutes.
#
#   PEER_PYTHON=/work/peers-venv/bin/python scripts/bench-peers.sh            # 2 rounds of 5 s cases
#   scripts/bench-peers.sh --seconds 2 --rounds 1 --shapes office --batches 256 --threads 1
#
# Environment:
#   PEER_PYTHON  the Python that has torch (default: python3)
#   RECTRANSFER  the command that runs the workbench (default: this checkout's ./rectransfer);
#                word-split, so e.g. RECTRANSFER="java -Xmx6g -jar target-x/rectransfer.jar" works
#   OMP_NUM_THREADS  passed to Java as the launcher does (default 1); torch sets its own threads
#
# `bench` with --batches/--train-threads (its newer interface) is detected from its --help; an older
# bench (--batch N only, single-threaded training, no CPU time) is driven too: then only the
# 1-thread engine cases run, and the engine's samples per CPU second read "n/a".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEER_PYTHON="${PEER_PYTHON:-python3}"
RECTRANSFER="${RECTRANSFER:-$here/rectransfer}"
PY="${SYSTEM_PYTHON:-python3}"   # parses JSON; no packages needed
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"

shapes="book office"
batches="256 2048"
threads="1 2"
rounds=2
seconds=5
variant="sparse-adam"
out=""
usage() {
  sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  cat <<'EOF'
Options:
  --shapes "book office"   shapes (space or comma separated)
  --batches "256 2048"     batch sizes
  --threads "1 2"          training threads (engine --train-threads; torch set_num_threads)
  --rounds N               rounds of all cases (default 2)
  --seconds S              each case is timed for at least S seconds (default 5)
  --variant V              the peer's variant: sparse-adam (default) or dense-adam
  --out FILE               keep the raw measurements (JSON lines) in FILE
EOF
}
while [ $# -gt 0 ]; do
  case "$1" in
    --shapes) shapes="${2//,/ }"; shift 2 ;;
    --batches) batches="${2//,/ }"; shift 2 ;;
    --threads) threads="${2//,/ }"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --variant) variant="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench-peers: unknown option $1 (--help)" >&2; exit 2 ;;
  esac
done

read -r -a rt <<< "$RECTRANSFER"
if ! help="$("${rt[@]}" bench --help 2>&1)"; then
  echo "bench-peers: '$RECTRANSFER bench --help' failed:" >&2
  echo "$help" >&2
  exit 1
fi
if grep -q -- --batches <<< "$help"; then mode=new; else mode=old; fi
extra=()
if [ "$mode" = new ] && grep -q -- --skip-dl4j <<< "$help"; then extra+=(--skip-dl4j); fi
if ! torch_version="$("$PEER_PYTHON" -c 'import torch; print(torch.__version__)' 2>/dev/null)"; then
  echo "bench-peers: '$PEER_PYTHON' cannot import torch; see scripts/peers/README.md (set PEER_PYTHON)" >&2
  exit 1
fi

results="${out:-$(mktemp)}"
: > "$results"
work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -n "$out" ] || rm -f "$results"' EXIT
load() { uptime | sed 's/.*load average: *//'; }
load_start="$(load)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
echo "bench-peers: bench interface: $mode${extra:+ (${extra[*]})}; torch $torch_version; load average at start: $load_start" >&2

# Appends the engine's measurement of one case, read from bench's JSON on stdin, to $results.
record_engine() {
  "$PY" -c '
import json, sys
round_, shape, batch, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
doc = json.load(sys.stdin)
cases = [c for c in doc.get("cases", []) if c.get("shape") == shape
         and c.get("batch", doc.get("batch", batch)) == batch
         and c.get("threads", c.get("trainThreads", threads)) == threads]
if not cases:
    sys.exit("bench-peers: no case %s/%d/%d in the bench output" % (shape, batch, threads))
c = cases[0]
print(json.dumps({"side": "engine", "round": int(round_), "shape": shape, "batch": batch, "threads": threads,
                  "samplesPerSecond": c.get("engineSamplesPerSecond"),
                  "samplesPerCpuSecond": c.get("engineSamplesPerCpuSecond"),
                  "dl4jSamplesPerSecond": c.get("dl4jSamplesPerSecond"),
                  "fractionOfPeak": c.get("fractionOfPeak")}))
' "$@" >> "$results"
}

# Appends the peer's JSON line, tagged with its side and round, to $results.
record_peer() {
  "$PY" -c '
import json, sys
for line in sys.stdin:
    line = line.strip()
    if line.startswith("{"):
        r = json.loads(line)
        r["side"], r["round"] = "peer", int(sys.argv[1])
        print(json.dumps(r))
' "$1" >> "$results"
}

for round in $(seq 1 "$rounds"); do
  for shape in $shapes; do
    for batch in $batches; do
      for t in $threads; do
        if [ "$mode" = new ]; then
          echo "bench-peers: round $round: engine $shape batch $batch threads $t" >&2
          "${rt[@]}" bench --shapes "$shape" --batches "$batch" --train-threads "$t" --seconds "$seconds" \
            --json "${extra[@]}" > "$work/engine.json"
          record_engine "$round" "$shape" "$batch" "$t" < "$work/engine.json"
        elif [ "$t" = 1 ]; then
          echo "bench-peers: round $round: engine $shape batch $batch (old bench: 1 training thread, with DL4J)" >&2
          "${rt[@]}" bench --shapes "$shape" --batch "$batch" --seconds "$seconds" --json > "$work/engine.json"
          record_engine "$round" "$shape" "$batch" "$t" < "$work/engine.json"
        else
          echo "bench-peers: round $round: engine $shape batch $batch threads $t: not offered by this bench" >&2
        fi
        echo "bench-peers: round $round: pytorch $shape batch $batch threads $t ($variant)" >&2
        "$PEER_PYTHON" "$here/scripts/peers/ncf_peer.py" --shape "$shape" --batch "$batch" --threads "$t" \
          --seconds "$seconds" --variant "$variant" --json | record_peer "$round"
      done
    done
  done
done
load_end="$(load)"

"$PY" - "$results" "$mode" "$torch_version" "$variant" "$seconds" "$rounds" "$started" "$load_start" "$load_end" "$shapes" "$batches" "$threads" <<'EOF'
import json, sys
path, mode, torch_version, variant, seconds, rounds, started, load_start, load_end = sys.argv[1:10]
shapes, batches, threads = sys.argv[10].split(), [int(b) for b in sys.argv[11].split()], [int(t) for t in sys.argv[12].split()]
rows = [json.loads(line) for line in open(path) if line.strip()]

def values(side, shape, batch, t, key):
    return [r[key] for r in rows if r["side"] == side and r["shape"] == shape and r["batch"] == batch
            and r["threads"] == t and r.get(key) is not None]

def mean(xs):
    return sum(xs) / len(xs) if xs else None

def num(x):
    return "n/a" if x is None else "{:,.0f}".format(x)

print("Engine (`rectransfer bench`, %s interface) against PyTorch %s (%s), alternating, %s round(s) of cases timed >= %s s; %s." % (
    mode, torch_version, variant, rounds, seconds, started))
print("Load average (1, 5, 15 min) at the start: %s; at the end: %s. Cells are means over the rounds." % (load_start, load_end))
print()
print("| shape | batch | threads | engine samples/s | engine samples/CPU-s | PyTorch samples/s | PyTorch samples/CPU-s | engine/PyTorch |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for shape in shapes:
    for batch in batches:
        for t in threads:
            e = mean(values("engine", shape, batch, t, "samplesPerSecond"))
            ec = mean(values("engine", shape, batch, t, "samplesPerCpuSecond"))
            p = mean(values("peer", shape, batch, t, "samplesPerSecond"))
            pc = mean(values("peer", shape, batch, t, "samplesPerCpuSecond"))
            ratio = "n/a" if e is None or not p else "%.1fx" % (e / p)
            print("| %s | %d | %d | %s | %s | %s | %s | %s |" % (shape, batch, t, num(e), num(ec), num(p), num(pc), ratio))
print()
print("Each round (samples/s, wall):")
print()
print("| round | shape | batch | threads | engine | PyTorch | stock DL4J |")
print("|---:|---|---:|---:|---:|---:|---:|")
for rnd in sorted({r["round"] for r in rows}):
    for shape in shapes:
        for batch in batches:
            for t in threads:
                pick = lambda side, key: next((r.get(key) for r in rows if r["side"] == side and r["round"] == rnd
                                               and r["shape"] == shape and r["batch"] == batch and r["threads"] == t), None)
                print("| %d | %s | %d | %d | %s | %s | %s |" % (rnd, shape, batch, t, num(pick("engine", "samplesPerSecond")),
                      num(pick("peer", "samplesPerSecond")), num(pick("engine", "dl4jSamplesPerSecond"))))
EOF
