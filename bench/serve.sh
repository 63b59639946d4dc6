#!/usr/bin/env bash
# Live-preview benchmark (issue 16): audit:serve's engine on the example and on a generated project
# of N enterprises (default 500), with a headless Chromium showing the page.
#   bench/serve.sh [N] [EDITS] [DATA_EDITS] [PDF_EDITS]      e.g.  bench/serve.sh 500 9 5 4
# Builds the bench module (-Pbench) with the project's own Maven wrapper, in one reactor, so nothing
# has to be installed. Projects are prepared under bench/target/serve (never inside src): the example
# as it is in examples/electroplating, and the skeleton of audit:init filled by SyntheticData
# (seed 42), as bench/pdf-speed.sh makes gen500. Each is timed in one JVM (PreviewBenchmark) with the
# JVM option audit:init gives a project (-XX:+UseSerialGC): one-line edits of a chapter, then edits of
# one number in data/energy.csv (example only), each from the file write to the server's event and to
# the browser's load event of the page it reloads by itself. Maven's start-up is not part of an edit.
# Then, in a JVM of its own, the example with the background PDF (audit.serve.pdf): PDF_EDITS chapter
# edits, each to the page's event and to the next PDF written, and the server's RSS with it.
# Needs Chromium (Debian: apt-get install chromium; or AUDIT_CHROMIUM=/path/to/chrome).
# Bars: chapter edit ≤ 1.0 s on the example and ≤ 2.0 s on 500 enterprises, data edit ≤ 3 s on the
# example, server under 1 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}
EDITS=${2:-9}
DATA_EDITS=${3:-5}
PDF_EDITS=${4:-4}
WORK=$PWD/bench/target/serve
source bench/projects.sh
prepare_projects "$WORK" "$N" "$PWD/bench/target/serve-bench.classpath"

echo "== example (30 enterprises), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -XX:+UseSerialGC -cp "$CP" io.github.cpaudit.bench.PreviewBenchmark "$WORK/example" \
  "src/docs/asciidoc/chapters/03-行业清洁生产现状.adoc" "$EDITS" "$DATA_EDITS"
echo "== gen$N ($N enterprises), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -XX:+UseSerialGC -cp "$CP" io.github.cpaudit.bench.PreviewBenchmark "$WORK/gen$N" \
  "src/docs/asciidoc/chapters/03-行业清洁生产现状.adoc" "$EDITS" 0
if [ "$PDF_EDITS" -gt 0 ]; then
  echo "== example with the background PDF, load $(cut -d' ' -f1-3 /proc/loadavg)"
  java -XX:+UseSerialGC -cp "$CP" io.github.cpaudit.bench.PreviewBenchmark "$WORK/example" \
    "src/docs/asciidoc/chapters/03-行业清洁生产现状.adoc" 0 0 --pdf "$PDF_EDITS"
fi
