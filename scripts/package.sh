#!/usr/bin/env bash
# Builds a self-contained RecTransfer Workbench: a jlink runtime (no Java needed on the target
# machine) plus the application jars and the sample data, as a jpackage app image in
# target/package/RecTransfer. With --type deb|rpm it also builds an installer (needs the
# distribution's packaging tools: dpkg-deb or rpmbuild).
#
#   scripts/package.sh                 # app image
#   scripts/package.sh --type deb      # app image and a .deb
#
# The launcher behaves like ./rectransfer: no arguments open the workbench, anything else runs
# the command line, e.g. target/package/RecTransfer/bin/RecTransfer data stats FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

type=""
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type="${2:?--type needs deb or rpm}"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "package.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
for tool in jlink jpackage mvn; do
  command -v "$tool" >/dev/null || { echo "package.sh: '$tool' not found (needs a JDK 17+ and Maven)" >&2; exit 2; }
done

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)
out=target/package
echo "package.sh: building the jar (mvn package)..." >&2
mvn -B -q package -DskipTests
rm -rf "$out"
mkdir -p "$out/input"
cp target/rectransfer.jar target/lib/*.jar "$out/input/"
cp -r sample-data "$out/input/sample-data"

# The modules the application and its libraries use (DL4J/JavaCPP need jdk.unsupported and
# java.management, JavaFX java.desktop and jdk.unsupported.desktop, sqlite java.sql, logback
# java.naming, the engine's kernels jdk.incubator.vector). jdeps cannot compute this over the
# multi-release library jars, hence the list.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.scripting,java.security.jgss,java.sql,java.xml,jdk.crypto.ec,jdk.incubator.vector,jdk.jfr,jdk.management,\
jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"

common=(--name RecTransfer --app-version "$version" --vendor "RecTransfer Workbench"
        --description "Transfer learning in neural recommender systems: train, transfer, measure, plot"
        --input "$out/input" --main-jar rectransfer.jar --main-class org.rectransfer.Main
        --runtime-image "$out/runtime" --icon assets/rectransfer.png
        --java-options "-Xmx4g" --java-options "-XX:+UseTransparentHugePages" --java-options "-Drectransfer.sampleData=\$APPDIR/sample-data"
        --java-options "--add-modules=jdk.incubator.vector"
        --dest "$out")
# The Vector API module (docs/performance.md §Kernels) makes the JVM print "WARNING: Using incubator
# modules: jdk.incubator.vector" on stderr at each start; the native launcher cannot drop that line
# as ./rectransfer does, so the packaged command line shows it.
jpackage --type app-image "${common[@]}"
echo "package.sh: app image in $out/RecTransfer (launcher: $out/RecTransfer/bin/RecTransfer)" >&2
if [ -n "$type" ]; then
  jpackage --type "$type" "${common[@]}" --linux-shortcut --linux-menu-group Science
  echo "package.sh: $type installer in $out" >&2
fi
