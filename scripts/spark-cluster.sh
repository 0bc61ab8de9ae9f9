#!/usr/bin/env bash
# A sweep on a real Spark standalone cluster on this machine's loopback, with faults injected:
#
#   scripts/spark-cluster.sh [WORKDIR]
#
# 1. builds the Spark jar (mvn -Pspark, into target-spark/) unless it is up to date;
# 2. makes a SPARK_HOME whose jars/ is that build's dependencies (Spark 3.5.9 from Maven Central:
#    nothing is downloaded from anywhere else) and starts one master and two workers of one core
#    each, as separate JVMs (org.apache.spark.deploy.master.Master / deploy.worker.Worker);
# 3. runs a 14-run sweep (Art into Office and Garden, config-1 and config-7, 2 seeds) with the local
#    executor, for reference;
# 4. submits the same sweep to the cluster with spark-submit (org.apache.spark.deploy.SparkSubmit,
#    client mode: the driver, which owns the workspace, runs here), kills the driver (SIGKILL) after
#    a few runs, submits again (the sweep resumes), and kills one worker (SIGKILL) mid-way;
# 5. checks that every task has exactly one finished run in the driver's workspace and that
#    `report gains --format json` is the same as the local executor's; stops the cluster.
# Exit 0 when all holds; 1 with a one-line reason otherwise. Logs and workspaces stay in WORKDIR
# (default: a new folder under /tmp). Takes about three minutes on 2 cores.
# For timings (docs/performance.md): WORKERS=1 runs one worker instead of two; FAULTS=0 submits once
# and kills nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d /tmp/rectransfer-spark.XXXXXX)}"
mkdir -p "$work/logs"
work="$(cd "$work" && pwd)"
build="$here/target-spark"
jar="$build/rectransfer.jar"
say() { echo "spark-cluster: $*" >&2; }
die() { echo "spark-cluster: $*" >&2; exit 1; }

if [ ! -f "$jar" ] || [ ! -d "$build/lib" ] || ! ls "$build"/lib/spark-core_2.12-*.jar >/dev/null 2>&1 \
   || [ -n "$(find "$here/src/main" "$here/src/spark" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  say "building the Spark jar (mvn -Pspark package into target-spark)"
  (cd "$here" && mvn -B -q -Pspark -Drt.buildDir=target-spark -DskipTests package) >&2
fi

# Everything on loopback, whatever the host name resolves to.
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1
mkdir -p "$SPARK_HOME"
ln -sfn "$build/lib" "$SPARK_HOME/jars"
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
--add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
--add-opens=java.base/sun.util.calendar=ALL-UNNAMED"
opens="$(echo $opens)"
# The daemons log what they do at INFO (workers registering, executors lost) to their log files.
cat > "$work/logback-daemon.xml" <<'EOF'
<configuration>
  <appender name="ERR" class="ch.qos.logback.core.ConsoleAppender"><target>System.err</target>
    <encoder><pattern>%d{HH:mm:ss} %-5level %logger{30} - %msg%n</pattern></encoder></appender>
  <logger name="org.apache.spark.deploy" level="INFO"/>
  <root level="WARN"><appender-ref ref="ERR"/></root>
</configuration>
EOF
# Backgrounded with &, these functions run in a subshell: exec makes $! the JVM itself, which the faults kill.
daemon() { exec java -Xmx512m $opens -Dlogback.configurationFile="$work/logback-daemon.xml" -cp "$SPARK_HOME/jars/*" "$@"; }
free_port() {
  local port
  for port in $(seq "$1" $(($1 + 200))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  die "no free port from $1"
}
wait_for() {  # wait_for SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2; shift 2
  for _ in $(seq $((limit * 5))); do "$@" && return 0; sleep 0.2; done
  die "timed out after ${limit}s waiting for $what (logs in $work/logs)"
}

pids=()
stop_cluster() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_cluster EXIT

port=$(free_port 17077)
master="spark://127.0.0.1:$port"
daemon org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$(free_port 18080)" \
  > "$work/logs/master.log" 2>&1 &
pids+=($!)
wait_for 60 "the master on port $port" bash -c "(exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null"
workers=()
worker_count="${WORKERS:-2}"
faults="${FAULTS:-1}"
[ "$faults" = 0 ] || [ "$worker_count" -ge 2 ] || die "killing a worker mid-way needs WORKERS of 2 or more"
for n in $(seq "$worker_count"); do
  daemon org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 2g --work-dir "$work/worker$n" \
    --webui-port "$(free_port $((18180 + 100 * n)))" "$master" > "$work/logs/worker$n.log" 2>&1 &
  workers+=($!)
  pids+=($!)
done
registered() { [ "$(grep -c 'Registering worker' "$work/logs/master.log" || true)" -ge "$worker_count" ]; }
wait_for 90 "$worker_count workers to register with $master" registered
say "cluster up: $master, workers pid ${workers[*]}"

sweep=(sweep --sources "$here/sample-data/Art-synthetic.tsv" --targets "$here/sample-data/Office-synthetic.tsv"
       "$here/sample-data/Garden-synthetic.tsv" --configs config-1,config-7 --seeds 2 --epochs 12 --early-stopping 0
       --name cluster-check)
rt() { java -Xmx2g $opens -jar "$jar" "$@"; }

start=$(date +%s)
rt "${sweep[@]}" --parallel 2 --workspace "$work/local-ws" > "$work/logs/local.json" 2> "$work/logs/local.log" \
  || die "the local sweep failed: $(tail -1 "$work/logs/local.log")"
local_seconds=$(( $(date +%s) - start ))
say "local executor: 14 runs in ${local_seconds}s"

submit() {  # the driver in this shell's machine, client mode
  exec java -Xmx2g $opens -Dlogback.configurationFile="$work/logback-daemon.xml" -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" --deploy-mode client \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
    --conf "spark.executor.extraJavaOptions=$opens --add-modules=jdk.incubator.vector" --executor-memory 1g --total-executor-cores "$worker_count" \
    --class org.rectransfer.Main "$jar" "${sweep[@]}" --executor spark --parallel 2 --workspace "$work/cluster-ws"
}
done_runs() { grep -c '^done ' "$1" 2>/dev/null || true; }

start=$(date +%s)
if [ "$faults" = 0 ]; then
  (submit) > "$work/logs/driver2.json" 2> "$work/logs/driver2.log" || die "the cluster sweep failed: $(tail -1 "$work/logs/driver2.log")"
else
  submit > "$work/logs/driver1.json" 2> "$work/logs/driver1.log" &
  driver=$!
  wait_for 180 "the first driver's third run" bash -c "[ \$(grep -c '^done ' '$work/logs/driver1.log' 2>/dev/null || true) -ge 3 ]"
  kill -9 "$driver" 2>/dev/null || true
  wait "$driver" 2>/dev/null || true
  say "driver killed after $(done_runs "$work/logs/driver1.log") runs; submitting again"

  submit > "$work/logs/driver2.json" 2> "$work/logs/driver2.log" &
  driver=$!
  wait_for 180 "the second driver's third new run" bash -c "[ \$(grep -c '^done ' '$work/logs/driver2.log' 2>/dev/null || true) -ge 3 ]"
  { kill -9 "${workers[0]}"; wait "${workers[0]}"; } 2>/dev/null || true
  say "worker 1 (pid ${workers[0]}) killed after $(done_runs "$work/logs/driver2.log") runs of the resumed sweep"
  wait "$driver" || die "the resumed cluster sweep failed: $(grep -v '^done ' "$work/logs/driver2.log" | tail -1)"
fi
cluster_seconds=$(( $(date +%s) - start ))

# Every task once, finished, in the driver's record; and the same gains as the local executor's.
rt report gains --sweep cluster-check --workspace "$work/cluster-ws" --format json > "$work/cluster-gains.json" 2> "$work/logs/report.log" \
  || die "report gains failed on the cluster's workspace: $(tail -1 "$work/logs/report.log")"
rt report gains --sweep cluster-check --workspace "$work/local-ws" --format json > "$work/local-gains.json" 2> "$work/logs/report.log" \
  || die "report gains failed on the local workspace: $(tail -1 "$work/logs/report.log")"
tasks=$(java -cp "$SPARK_HOME/jars/*" "$here/scripts/SweepRecord.java" "$work/cluster-ws/workspace.db" cluster-check 14) \
  || die "the driver's record is not one finished run per task: $tasks"
cmp -s "$work/local-gains.json" "$work/cluster-gains.json" \
  || die "gains differ between the cluster and the local executor (see $work/local-gains.json, $work/cluster-gains.json)"
lost=$( (grep -c -i 'lost executor\|executor lost\|removed worker\|Removing worker' "$work/logs/driver2.log" "$work/logs/master.log" || true) \
  | awk -F: '{s+=$2} END {print s + 0}')
if [ "$faults" = 0 ]; then what="no faults"; else what="driver killed once and resumed, one worker killed (${lost} loss messages in the logs)"; fi
echo "spark-cluster: OK: $tasks; gains identical to the local executor's (report gains --format json); $what;" \
     "$worker_count workers; local executor ${local_seconds}s, cluster ${cluster_seconds}s; logs in $work/logs"
