#!/usr/bin/env bash
# The fixed cost of a publish (issue 20): bench/pdf-speed.sh on the small document set (the peer harness'
# T, 4 pages, and S, 39 pages with 40 tables, and the example), PDF only and HTML draft only, ours against
# the peer in the same run, and each start-up lever on its own against ours:default.
#
#   bench/fixed-cost.sh [REPS]        default 3 timed repetitions after one warm-up
#
# Environment (besides everything bench/pdf-speed.sh reads):
#   LEVERS=default|all|"name=args;…"  default: ours:default and the peer only; all: the levers below
#   DOCS="T S example"
# Levers (each alone; every other setting as a user's project has it, i.e. .mvn/jvm.config of audit:init):
#   cds      a dynamic AppCDS archive of the Maven JVM, written once (-XX:ArchiveClassesAtExit) by an
#            untimed T build and reused (-XX:SharedArchiveFile)
#   rubyint  JRuby without its JIT to JVM bytecode (-Djruby.compile.mode=OFF)
#   c1       the JVM's client compiler only (-XX:TieredStopAtLevel=1)
# With several variants the peer runs once per repetition (PEER_EACH=0), after ours:default.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPS=${1:-3}
LEVERS=${LEVERS:-default}
CDS_FILE=${CDS_FILE:-$ROOT/target/pdf-speed/cds/maven-T.jsa}
case "$LEVERS" in
  default) V="default" ;;
  all) V="default; cds=-XX:SharedArchiveFile=$CDS_FILE; rubyint=-Djruby.compile.mode=OFF; c1=-XX:TieredStopAtLevel=1" ;;
  *) V="$LEVERS" ;;
esac
[[ "$V" == *";"* ]] && export PEER_EACH=${PEER_EACH:-0}
export VARIANTS="$V" DOCS=${DOCS:-T S example} FORMATS=${FORMATS:-pdf html}
export REPS
exec "$ROOT/bench/pdf-speed.sh"
