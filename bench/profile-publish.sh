#!/usr/bin/env bash
# JFR profile of one publish (issue 20): ours on a prepared document of bench/pdf-speed.sh (run it, or
# bench/fixed-cost.sh, first), one `mvn` process with -XX:StartFlightRecording, then where the time went:
# the plugin's phase lines, JIT compilation and GC totals, class loading, and hot methods by sample count
# (self: the top frame; within: samples whose stack contains a marker such as LoadService.require).
#
#   bench/profile-publish.sh DOC [FORMAT]     e.g. bench/profile-publish.sh T pdf
#
# REUSE=1 analyses an existing recording again. Output: target/pdf-speed/profile/DOC-FORMAT.{jfr,log,txt}. Uses java's jfr tool and python3.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DOC=${1:?usage: bench/profile-publish.sh DOC [FORMAT]}
FMT=${2:-pdf}
MVN=${MVN:-$ROOT/mvnw}
M2_REPO=${M2_REPO:-$HOME/.m2/repository}
DIR=$ROOT/target/pdf-speed/docs/$DOC
OUT=$ROOT/target/pdf-speed/profile
[ -d "$DIR" ] || { echo "no $DIR: run bench/fixed-cost.sh or bench/pdf-speed.sh first" >&2; exit 1; }
mkdir -p "$OUT"
JFR=$OUT/$DOC-$FMT.jfr
[ "${REUSE:-0}" = 1 ] && [ -f "$JFR" ] || (cd "$DIR" && /usr/bin/time -v -o "$OUT/$DOC-$FMT.time" env \
  "MAVEN_OPTS=${MAVEN_OPTS:+$MAVEN_OPTS }-XX:FlightRecorderOptions:stackdepth=2048 -XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true" \
  "$MVN" -B -o "-Dmaven.repo.local=$M2_REPO" audit:report "-Daudit.formats=$FMT") >"$OUT/$DOC-$FMT.log" 2>&1 \
  || { echo "build failed, see $OUT/$DOC-$FMT.log" >&2; exit 1; }
jfr print --json --events jdk.ExecutionSample,jdk.Compilation,jdk.GarbageCollection,jdk.ClassLoadingStatistics,jdk.CPULoad \
  "$JFR" >"$OUT/$DOC-$FMT.json" || exit 1
python3 - "$OUT/$DOC-$FMT.json" "$OUT/$DOC-$FMT.log" "$OUT/$DOC-$FMT.time" >"$OUT/$DOC-$FMT.txt" <<'PY'
import collections, json, re, sys
events = json.load(open(sys.argv[1]))["recording"]["events"]
log = open(sys.argv[2], encoding="utf-8", errors="replace").read()
wall = re.search(r"Elapsed \(wall clock\).*: (\S+)", open(sys.argv[3]).read()).group(1)
print(f"whole process: {wall} wall")
for line in re.sub(r"\x1b\[[0-9;]*m", "", log).splitlines():
    if re.search(r"：[0-9.]+ s|共用时|Total time", line):
        print("  " + line.replace("[INFO] ", ""))
def dur(e):
    d = e["values"].get("duration", "PT0S")
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", d)
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) if m else 0.0
by = collections.defaultdict(list)
for e in events:
    by[e["type"]].append(e)
comp = by["jdk.Compilation"]
tiers = collections.Counter(); tsum = collections.Counter()
for e in comp:
    t = e["values"].get("compileLevel"); tiers[t] += 1; tsum[t] += dur(e)
print(f"JIT compilations: {len(comp)}, " + ", ".join(f"tier {t}: {tiers[t]} in {tsum[t]:.1f} s" for t in sorted(tiers)))
gcs = by["jdk.GarbageCollection"]
print(f"GC: {len(gcs)} collections, {sum(dur(e) for e in gcs):.2f} s in total")
cl = by["jdk.ClassLoadingStatistics"]
if cl:
    print(f"classes loaded: {cl[-1]['values']['loadedClassCount']}")
samples = by["jdk.ExecutionSample"]
def frames(e):
    st = e["values"].get("stackTrace") or {}
    return [f"{f['method']['type']['name'].replace('/', '.')}.{f['method']['name']}" for f in st.get("frames", [])]
self_c = collections.Counter(); pkg_c = collections.Counter(); within = collections.Counter()
MARKERS = {
    "require (LoadService.require)": "org.jruby.runtime.load.LoadService.require",
    "Ruby parser": "org.jruby.parser.",
    "IR build (IRBuilder)": "org.jruby.ir.builder.",
    "Ruby runtime boot (Ruby.newInstance)": "org.jruby.Ruby.newInstance",
    "JRuby JIT (org.jruby.compiler)": "org.jruby.compiler.",
    "class loading (ClassLoader.loadClass)": "java.lang.ClassLoader.loadClass",
    "zip/jar reading (java.util.zip)": "java.util.zip.",
    "font work (ttfunk in a Ruby frame)": "ttfunk",
    "Maven core (org.apache.maven)": "org.apache.maven.",
    "convert (Asciidoctor convertFile)": "org.asciidoctor.jruby.internal.JRubyAsciidoctor.convertFile",
}
for e in samples:
    fr = frames(e)
    if not fr:
        continue
    self_c[fr[0]] += 1
    pkg_c[".".join(fr[0].split(".")[:3])] += 1
    joined = "\n".join(fr)
    for k, m in MARKERS.items():
        if m in joined:
            within[k] += 1
n = len(samples)
print(f"\nexecution samples (Java threads running Java code): {n}")
print("\nwithin (share of samples whose stack contains):")
for k, c in within.most_common():
    print(f"  {c / n * 100:5.1f} %  {k}")
print("\ntop packages (self):")
for k, c in pkg_c.most_common(12):
    print(f"  {c / n * 100:5.1f} %  {k}")
print("\nhot methods (self):")
for k, c in self_c.most_common(25):
    print(f"  {c:6d}  {c / n * 100:5.1f} %  {k}")
PY
cat "$OUT/$DOC-$FMT.txt"
