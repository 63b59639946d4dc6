#!/usr/bin/env bash
# Collection-forms benchmark (issue 15): audit:forms on a generated project of N enterprises
# (default 500), then audit:collect on the workbooks it wrote.
#   bench/forms-collect.sh [N] [ROWS] [ROSTER]      e.g.  bench/forms-collect.sh 500 20 true
# Builds the bench module (-Pbench) with the project's own Maven wrapper, in one reactor, so nothing
# has to be installed; generates the project with SyntheticData (seed 42, not timed), then times one
# JVM that runs each goal's engine (intake.CollectionForms, the same request audit:forms makes; then
# intake.FormCollection as audit:collect -Daudit.apply=true runs it on those workbooks) with
# the JVM option audit:init gives a project (-XX:+UseSerialGC). Maven's own start-up (about 1-2 s)
# is not included. Wall time and peak RSS from /usr/bin/time -v when it exists, else bash's time.
# Bars: under 20 s and under 1 GB for 500 enterprises.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}
ROWS=${2:-20}
ROSTER=${3:-true}
WORK=$PWD/bench/target/forms-collect
CP_FILE=$PWD/bench/target/forms-bench.classpath
rm -rf "$WORK"
mkdir -p "$WORK/project"
./mvnw -B -q -o -Pbench -pl bench -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$CP_FILE"
CP="$PWD/bench/target/classes:$(cat "$CP_FILE")"
java -cp "$CP" io.github.cpaudit.bench.SyntheticData "$WORK/project" "$N" \
  examples/electroplating/indicators/electroplating.yaml
echo "project: $N enterprises in $WORK/project"

# run COMMAND… under /usr/bin/time -v (wall, peak RSS) or bash's time
timed() {
  local label=$1
  shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" 2> "$WORK/$label.time"
    local wall rss user sys
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/$label.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/$label.time")
    user=$(sed -n 's/.*User time (seconds): //p' "$WORK/$label.time")
    sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/$label.time")
    # CPU time too: on a shared 2-core machine the wall time depends on the others' load (see uptime)
    echo "$label: wall $wall, CPU ${user}+${sys} s, peak RSS $((rss / 1024)) MB, load $(cut -d' ' -f1-3 /proc/loadavg)"
  else
    time "$@"
  fi
}

timed forms java -XX:+UseSerialGC -cp "$CP" io.github.cpaudit.bench.FormsBenchmark \
  "$WORK/project" "$WORK/project/target/audit/forms" "$ROWS" "$ROSTER"
echo "workbooks: $(find "$WORK/project/target/audit/forms" -name '*.xlsx' | wc -l)," \
  "$(du -sh "$WORK/project/target/audit/forms" | cut -f1)"

# collect: the workbooks just written, read back as they were sent (every known row compared with
# data/, nothing to change but the Appendix B items they deliver), applied as -Daudit.apply=true does
timed collect java -XX:+UseSerialGC -cp "$CP" io.github.cpaudit.bench.CollectBenchmark \
  "$WORK/project" "$WORK/project/target/audit/forms"
