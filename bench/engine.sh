#!/usr/bin/env bash
# Engine benchmark: load and compute a synthetic project of N enterprises (default 500).
#   bench/engine.sh [N] [WARMUPS] [ROUNDS]
# Builds the bench module (-Pbench) and what it needs with the project's own Maven wrapper, in one
# reactor, so nothing has to be installed; prints per-round and median times.
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=$PWD/bench/target/engine-bench.classpath
# one reactor: the plugin's classes and test classes resolve from its target/, not from a repository
./mvnw -B -q -Pbench -pl bench -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$CP_FILE"
cd bench
java -cp "target/classes:$(cat "$CP_FILE")" \
  io.github.cpaudit.bench.EngineBenchmark "${1:-500}" "${2:-5}" "${3:-10}"
