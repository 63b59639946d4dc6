# Sourced by the benchmark scripts (serve.sh, docx.sh), from the repository's root.
#   prepare_projects WORK N CP_FILE
# builds the bench module (-Pbench) in one reactor with the project's own Maven wrapper (nothing
# installed), sets CP to its runtime classpath, and prepares under WORK (emptied first) the example as
# it is in examples/electroplating and genN: the skeleton of audit:init filled by SyntheticData
# (seed 42) for N enterprises, as bench/pdf-speed.sh makes it.
prepare_projects() {
  local work=$1 n=$2 cp_file=$3
  rm -rf "$work"
  mkdir -p "$work/example"
  ./mvnw -B -q -Pbench -pl bench -am test-compile dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$cp_file"
  CP="$PWD/bench/target/classes:$(cat "$cp_file")"
  cp -r examples/electroplating/{audit.yaml,data,indicators,reference,src} "$work/example/"
  java -cp "$CP" io.github.cpaudit.bench.InitProject "$work/gen$n"
  java -cp "$CP" io.github.cpaudit.bench.SyntheticData "$work/gen$n" "$n" examples/electroplating/indicators/electroplating.yaml
}
