#!/usr/bin/env bash
# DOCX benchmark (issue 17): audit:report's engine publishing the DOCX (and HTML with it) of the
# example and of a generated project of N enterprises (default 500), one JVM per run with the JVM
# option audit:init gives a project (-XX:+UseSerialGC), under GNU time (wall, CPU, peak memory).
#   bench/docx.sh [N] [FORMATS]      e.g.  bench/docx.sh 500 docx    bench/docx.sh 500 html,docx
# Builds the bench module (-Pbench) with the project's own Maven wrapper, in one reactor, so nothing
# has to be installed. Projects are prepared under bench/target/docx: the example as it is, and the
# skeleton of audit:init filled by SyntheticData (seed 42), as bench/pdf-speed.sh makes gen500.
# Bar: the DOCX of 500 enterprises under 30 s and 1.5 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}
FORMATS=${2:-docx}
WORK=$PWD/bench/target/docx
CP_FILE=$PWD/bench/target/docx-bench.classpath
rm -rf "$WORK"
mkdir -p "$WORK/example"
./mvnw -B -q -Pbench -pl bench -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$CP_FILE"
CP="$PWD/bench/target/classes:$(cat "$CP_FILE")"
cp -r examples/electroplating/{audit.yaml,data,indicators,reference,src} "$WORK/example/"
java -cp "$CP" io.github.cpaudit.bench.InitProject "$WORK/gen$N"
java -cp "$CP" io.github.cpaudit.bench.SyntheticData "$WORK/gen$N" "$N" examples/electroplating/indicators/electroplating.yaml

for project in example "gen$N"; do
  echo "== $project ($FORMATS), load $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "wall %e s, cpu %U+%S s, peak %M KB" \
    java -XX:+UseSerialGC -cp "$CP" io.github.cpaudit.bench.DocxBenchmark "$WORK/$project" "$FORMATS"
  ls -l "$WORK/$project/target/audit/docx/"
done
