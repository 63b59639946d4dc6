#!/usr/bin/env bash
# DOCX benchmark (issue 17): audit:report's engine publishing the DOCX (and HTML with it) of the
# example and of a generated project of N enterprises (default 500), one JVM per run with the JVM
# option audit:init gives a project (-XX:+UseSerialGC), under GNU time (wall, CPU, peak memory).
#   bench/docx.sh [N] [FORMATS]      e.g.  bench/docx.sh 500 docx    bench/docx.sh 500 html,docx
# Builds and prepares as bench/projects.sh says (nothing installed), under bench/target/docx.
# Bar: the DOCX of 500 enterprises under 30 s and 1.5 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}
FORMATS=${2:-docx}
WORK=$PWD/bench/target/docx
source bench/projects.sh
prepare_projects "$WORK" "$N" "$PWD/bench/target/docx-bench.classpath"

for project in example "gen$N"; do
  echo "== $project ($FORMATS), load $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "wall %e s, cpu %U+%S s, peak %M KB" \
    java -XX:+UseSerialGC -cp "$CP" io.github.cpaudit.bench.DocxBenchmark "$WORK/$project" "$FORMATS"
  ls -l "$WORK/$project/target/audit/docx/"
done
