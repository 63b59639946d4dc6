#!/usr/bin/env bash
# Engine benchmark: load and compute a synthetic project of N enterprises (default 500).
#   bench/engine.sh [N] [WARMUPS] [ROUNDS]
# Builds what it needs with the project's own Maven wrapper; prints per-round and median times.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl audit-maven-plugin -am test-compile -DskipTests
./mvnw -B -q -pl audit-maven-plugin dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/engine-bench.classpath
cd audit-maven-plugin
java -cp "target/test-classes:target/classes:$(cat target/engine-bench.classpath)" \
  io.github.cpaudit.bench.EngineBenchmark "${1:-500}" "${2:-5}" "${3:-10}"
