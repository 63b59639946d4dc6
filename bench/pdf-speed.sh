#!/usr/bin/env bash
# PDF-speed benchmark (issue 8): audit:report against the stock asciidoctor-maven-plugin +
# asciidoctorj-pdf (the peer, ../shared/bench/peer) on the same documents, measured in one run.
#
#   bench/pdf-speed.sh [SIZE…] [REPS]     e.g.  bench/pdf-speed.sh 500 3     bench/pdf-speed.sh 30 1
#
# SIZE: enterprises of a generated project (default 500; several allowed); REPS: timed repetitions
# after one warm-up (default 3). With two or more numbers the last one is REPS.
#
# Documents (prepared under target/pdf-speed/docs, never inside src):
#   example            examples/electroplating as it is, with the .mvn/jvm.config of audit:init (ours)
#   example-expanded   the same report, every macro resolved, one AsciiDoc file + images (peer)
#   genN               a project scaffolded by audit:init (its .mvn/jvm.config included), data/ replaced
#                      by N synthetic enterprises, published as a draft (its fill:[] blanks are warnings) (ours)
#   genN-expanded      the same, expanded (peer)
#   T, S               the peer harness' generated Chinese reports (gen-doc.py presets: T 1 chapter → 4 pages,
#                      S 10 chapters, 40 tables → 39 pages), issue 20's small documents: the peer renders the
#                      generated report.adoc (T-expanded, S-expanded); ours renders the same files wrapped in a
#                      minimal project (pom.xml and .mvn/jvm.config of audit:init, src/docs/asciidoc/ = that folder)
# Each repetition alternates ours and the peer (A B A B …), PDF only (-Daudit.formats=pdf) and the
# HTML-only draft (-Daudit.formats=html), one `mvn` process per build under /usr/bin/time -v.
#
# Environment:
#   PEER=../shared/bench/peer   the peer harness (relative to the repo root); absent: ours only
#   VARIANTS="default"          our variants, each NAME or NAME=ARGS (ARGS: extra Maven arguments, and
#                               VAR=value words as environment, JVM options -XX:… -Xm… -Xss… into
#                               MAVEN_OPTS, e.g. c1=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC, as are
#                               -Djruby.… and -Xlog/-Xshare/-Xverify); -XX:SharedArchiveFile=F (a dynamic CDS
#                               archive): when F is missing it is first written by one untimed build of the first
#                               document as PDF with -XX:ArchiveClassesAtExit=F;
#                               separated by ";" when any variant has several words, else by spaces:
#                               VARIANTS="default nopatches=-Daudit.pdfPatches=false"
#   DOCS="example gen"          which documents to measure (also T, S: see above; bench/fixed-cost.sh)
#   PEER_EACH=1                 1: the peer runs after every variant (A B A B); 0: once per repetition, after
#                               the first variant (default, peer, variant 2, variant 3 …), for runs of many variants
#   FORMATS="pdf html"          which formats to measure; "both" adds builds publishing HTML and PDF at
#                               once (ours only)
#   PEER_THEME=ours             the peer's PDF theme for the expanded documents: ours (the toolkit's
#                               theme file, so the pages match) or peer (the harness' cjk theme)
#   PEER_ARGS=                  extra Maven arguments for every peer build
#   MVN=./mvnw                  the Maven that runs every measured build, ours and the peer's alike (default:
#                               the repository's wrapper, so no installed Maven is needed)
#   PREPARE=1                   0 reuses the documents prepared by an earlier run
#   M2_REPO=~/.m2/repository    the local repository every measured build uses (-Dmaven.repo.local), where
#                               the plugin must be installed; a private copy keeps ~/.m2 untouched
# Needs: the plugin installed in M2_REPO (./mvnw -B install -DskipTests), /usr/bin/time (GNU time),
# poppler-utils (pdfinfo), python3. Never run two benchmarks at once: on 2 cores they turn to noise.
# Output: target/pdf-speed/results.md (the table), samples.tsv, runs/*.log|*.time, docs/, peer/.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1

# ---- arguments and settings ----------------------------------------------------------------
NUMS=("$@")
if [ ${#NUMS[@]} -ge 2 ]; then
  REPS=${NUMS[-1]}; SIZES=("${NUMS[@]:0:${#NUMS[@]}-1}")
elif [ ${#NUMS[@]} -eq 1 ]; then
  REPS=${REPS:-3}; SIZES=("${NUMS[0]}")
else
  REPS=${REPS:-3}; SIZES=(500)
fi
for n in "${SIZES[@]}" "$REPS"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "usage: bench/pdf-speed.sh [SIZE…] [REPS]  (numbers; got '$n')" >&2; exit 2; }
done
PEER=${PEER:-../shared/bench/peer}
case "$PEER" in /*) ;; *) PEER="$ROOT/$PEER" ;; esac
[ -d "$PEER" ] && PEER=$(cd "$PEER" && pwd)
VARIANTS=${VARIANTS:-default}
DOCS=${DOCS:-example gen}
FORMATS=${FORMATS:-pdf html}
PEER_THEME=${PEER_THEME:-ours}
PEER_ARGS=${PEER_ARGS:-}
MVN=${MVN:-$ROOT/mvnw}
PREPARE=${PREPARE:-1}
PEER_EACH=${PEER_EACH:-1}
GEN_DOC=${GEN_DOC:-}
M2_REPO=${M2_REPO:-$HOME/.m2/repository}
REPO_ARG=-Dmaven.repo.local=$M2_REPO
OUT=$ROOT/target/pdf-speed
DOCS_DIR=$OUT/docs
RUNS=$OUT/runs
PEER_WORK=$OUT/peer
SAMPLES=$OUT/samples.tsv
THEME=$ROOT/report-skeleton/src/main/resources/cpaudit/skeleton/theme/audit-theme.yml
INDICATORS=$ROOT/examples/electroplating/indicators/electroplating.yaml
PLUGIN_VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
PLUGIN_JAR=$M2_REPO/io/github/cpaudit/audit-maven-plugin/$PLUGIN_VERSION/audit-maven-plugin-$PLUGIN_VERSION.jar

say() { echo "[pdf-speed] $*" >&2; }
die() { echo "[pdf-speed] $*" >&2; exit 1; }

for tool in /usr/bin/time pdfinfo python3 "$MVN"; do
  command -v "$tool" >/dev/null || die "需要 $tool（GNU time、poppler-utils、python3、Maven）：请先安装。"
done
[ -f "$PLUGIN_JAR" ] || die "插件未安装到本机 Maven 仓库（$PLUGIN_JAR）：先运行 ./mvnw -B install -DskipTests（M2_REPO 另设仓库时加 -Dmaven.repo.local=$M2_REPO）"
HAVE_PEER=1
if [ ! -f "$PEER/pom.xml" ]; then
  HAVE_PEER=0
  say "找不到对照组（peer harness not found）：$PEER —— 只测量本工具（ours only）。PEER=… 可指定其位置。"
fi

# variants: NAME → words (Maven arguments and VAR=value environment words)
declare -a VNAMES=() VARGS=()
if [[ "$VARIANTS" == *";"* ]]; then IFS=';' read -r -a VLIST <<<"$VARIANTS"; else read -r -a VLIST <<<"$VARIANTS"; fi
for v in "${VLIST[@]}"; do
  v=$(echo "$v" | sed 's/^ *//; s/ *$//'); [ -n "$v" ] || continue
  VNAMES+=("${v%%=*}"); [[ "$v" == *=* ]] && VARGS+=("${v#*=}") || VARGS+=("")
done

# ---- prepare the documents ------------------------------------------------------------------
CP_FILE=$ROOT/bench/target/pdf-speed.classpath
java_tool() { # CLASS ARGS… : a benchmark helper of the bench module (bench/pom.xml)
  java -cp "$ROOT/bench/target/classes:$(cat "$CP_FILE")" "$@"
}

prepare() {
  say "building the helpers (bench module) …"
  # one reactor: the plugin's classes and test classes resolve from its target/, not from a repository
  ./mvnw -B -q -Pbench -pl bench -am test-compile dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$CP_FILE" || die "build failed"
  rm -rf "$DOCS_DIR"; mkdir -p "$DOCS_DIR"
  local init=$DOCS_DIR/.init pairs=()
  say "audit:init (non-interactive) …"
  mkdir -p "$init"
  (cd "$init" && "$MVN" -B -q -o "$REPO_ARG" "io.github.cpaudit:audit-maven-plugin:$PLUGIN_VERSION:init" -Daudit.region=合成市 \
    -Daudit.industry=电镀 -Daudit.industryCode=C3360 -Daudit.baselineYear=2025) || die "audit:init failed"
  for d in $DOCS; do
    case "$d" in
      example)
        mkdir -p "$DOCS_DIR/example"
        cp -r "$init/pom.xml" "$init/.mvn" "$DOCS_DIR/example/" # the JVM options audit:init gives a project
        cp -r examples/electroplating/{audit.yaml,data,indicators,reference,src} "$DOCS_DIR/example/"
        pairs+=("$DOCS_DIR/example" "$DOCS_DIR/example-expanded") ;;
      gen)
        for n in "${SIZES[@]}"; do
          cp -r "$init" "$DOCS_DIR/gen$n"
          java_tool io.github.cpaudit.bench.SyntheticData "$DOCS_DIR/gen$n" "$n" "$INDICATORS" || die "synthetic data failed"
          pairs+=("$DOCS_DIR/gen$n" "$DOCS_DIR/gen$n-expanded")
        done ;;
      T|S)
        local gen=${GEN_DOC:-$PEER/gen-doc.py}
        [ -f "$gen" ] || die "T/S need the peer harness' gen-doc.py ($gen)"
        python3 "$gen" --size "$d" --out "$DOCS_DIR/$d-expanded" >&2 || die "gen-doc.py failed"
        mkdir -p "$DOCS_DIR/$d/src/docs"
        cp -r "$init/pom.xml" "$init/.mvn" "$DOCS_DIR/$d/" # a user's project as audit:init writes it
        cp -r "$DOCS_DIR/$d-expanded" "$DOCS_DIR/$d/src/docs/asciidoc"
        mkdir -p "$DOCS_DIR/$d-expanded/theme" && cp "$THEME" "$DOCS_DIR/$d-expanded/theme/audit-theme.yml" ;;
      *) die "unknown document set '$d' (DOCS: example gen T S)" ;;
    esac
  done
  if [ ${#pairs[@]} -gt 0 ]; then
    say "expanding (macros resolved) …"
    java_tool io.github.cpaudit.publish.DocumentExpansion "${pairs[@]}" || die "expansion failed"
  fi
  for ((i = 1; i < ${#pairs[@]}; i += 2)); do
    mkdir -p "${pairs[$i]}/theme" && cp "$THEME" "${pairs[$i]}/theme/audit-theme.yml"
  done
}

prepare_peer() {
  mkdir -p "$PEER_WORK"
  cp "$PEER/pom.xml" "$PEER_WORK/" && cp -r "$PEER/theme" "$PEER_WORK/"
  if ! ls "$PEER_WORK"/target/fonts/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf >/dev/null 2>&1; then
    (cd "$PEER_WORK" && "$MVN" -B -q "$REPO_ARG" dependency:unpack@fonts) || die "peer fonts failed"
  fi
}

if [ "$PREPARE" = 1 ] || [ ! -d "$DOCS_DIR" ]; then prepare; fi
[ $HAVE_PEER = 1 ] && prepare_peer

# ---- measuring ------------------------------------------------------------------------------
mkdir -p "$RUNS"
rm -rf "$OUT/out" # the variants' outputs of this run only
printf '#doc\ttool\tformat\titer\twall_s\tcpu_s\trss_mb\texit\tpages\tbytes\n' >"$SAMPLES"

parse_time() { # GNU time -v file → "wall cpu rss_mb exit"
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident set size/ { m = $2 } /Exit status/ { x = $2 }
    END { printf "%.2f %.2f %.0f %s\n", w, u + s, m / 1024, x }' "$1"
}

# timed DOC TOOL FORMAT ITER OUTPUT_FILE DIR -- command…
timed() {
  local doc=$1 tool=$2 fmt=$3 iter=$4 output=$5 dir=$6; shift 7
  local label="$doc-$tool-$fmt-$iter"
  rm -f "$output"
  (cd "$dir" && /usr/bin/time -v -o "$RUNS/$label.time" "$@") >"$RUNS/$label.log" 2>&1
  local row pages=0 bytes=0; row=$(parse_time "$RUNS/$label.time")
  if [ -f "$output" ]; then
    bytes=$(stat -c %s "$output")
    [[ "$output" == *.pdf ]] && pages=$(pdfinfo "$output" 2>/dev/null | awk '/^Pages:/{print $2}')
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$doc" "$tool" "$fmt" "$iter" "$(tr ' ' '\t' <<<"$row")" "${pages:-0}" "$bytes" >>"$SAMPLES"
  say "  $label: wall/cpu/rss_mb/exit = $row, pages $pages, $bytes bytes"
  if [ "$(awk '{print $4}' <<<"$row")" != 0 ] || [ ! -f "$output" ]; then
    die "FAILED: $label, see $RUNS/$label.log"
  fi
}

ours() { # DOC VARIANT_INDEX FORMAT ITER
  local doc=$1 v=$2 fmt=$3 iter=$4 words=() envs=() args=()
  read -r -a words <<<"${VARGS[$v]}"
  local jvm=()
  for w in "${words[@]}"; do
    if [[ "$w" =~ ^[A-Z_][A-Z0-9_]*= ]]; then envs+=("$w")
    elif [[ "$w" =~ ^-(XX:|Xm|Xss|Xshare|Xlog|Xverify|Djruby\.) ]]; then jvm+=("$w")   # a JVM option: into MAVEN_OPTS
    else args+=("$w"); fi
  done
  [ ${#jvm[@]} -gt 0 ] && envs+=("MAVEN_OPTS=${MAVEN_OPTS:+$MAVEN_OPTS }${jvm[*]}")
  local formats=$fmt out=$DOCS_DIR/$doc/target/audit/pdf/report.pdf
  case "$fmt" in
    html) out=$DOCS_DIR/$doc/target/audit/html/index.html ;;
    both) formats=html,pdf ;; # one build publishing both (the PDF is checked; the HTML is written first or alongside)
  esac
  timed "$doc" "ours:${VNAMES[$v]}" "$fmt" "$iter" "$out" "$DOCS_DIR/$doc" -- \
    env "${envs[@]}" "$MVN" -B -o "$REPO_ARG" audit:report "-Daudit.formats=$formats" "${args[@]}"
  mkdir -p "$OUT/out" && cp "$out" "$OUT/out/$doc-${VNAMES[$v]}.${out##*.}" # the variant's output, for the checks
}

cds_archives() { # write the dynamic CDS archive of every variant that names a missing one (untimed)
  local v w f doc=${DOC_LIST[0]}
  for v in "${!VNAMES[@]}"; do
    for w in ${VARGS[$v]}; do
      [[ "$w" == -XX:SharedArchiveFile=* ]] || continue
      f=${w#-XX:SharedArchiveFile=}
      [ -f "$f" ] && continue
      mkdir -p "$(dirname "$f")"
      say "writing the CDS archive $f (one untimed PDF build of $doc) …"
      (cd "$DOCS_DIR/$doc" && env "MAVEN_OPTS=${MAVEN_OPTS:+$MAVEN_OPTS }-XX:ArchiveClassesAtExit=$f" \
        "$MVN" -B -o "$REPO_ARG" audit:report -Daudit.formats=pdf) >"$RUNS/cds-dump-${VNAMES[$v]}.log" 2>&1 \
        || die "CDS dump failed, see $RUNS/cds-dump-${VNAMES[$v]}.log"
      [ -f "$f" ] || die "no CDS archive written, see $RUNS/cds-dump-${VNAMES[$v]}.log"
    done
  done
}

peer() { # DOC FORMAT ITER   (DOC: the project; the peer renders DOC-expanded)
  local doc=$1 fmt=$2 iter=$3 extra=()
  read -r -a extra <<<"$PEER_ARGS"
  local theme=()
  [ "$PEER_THEME" = ours ] && theme=(-Dpdf.themesdir="$DOCS_DIR/$doc-expanded/theme" -Dpdf.theme=audit)
  local out=$PEER_WORK/target/out/$doc/$fmt/report.$fmt
  rm -rf "$PEER_WORK/target/out/$doc/$fmt"
  timed "$doc" peer "$fmt" "$iter" "$out" "$PEER_WORK" -- "$MVN" -B -o "$REPO_ARG" "asciidoctor:process-asciidoc@$fmt" \
    -Ddoc.dir="../docs/$doc-expanded" -Ddoc.name=report.adoc -Dout.dir="target/out/$doc" "${theme[@]}" "${extra[@]}"
}

DOC_LIST=()
for d in $DOCS; do
  if [ "$d" = gen ]; then for n in "${SIZES[@]}"; do DOC_LIST+=("gen$n"); done; else DOC_LIST+=("$d"); fi
done
cds_archives
for doc in "${DOC_LIST[@]}"; do
  [ -d "$DOCS_DIR/$doc" ] || die "missing $DOCS_DIR/$doc: run again with PREPARE=1"
  for fmt in $FORMATS; do
    say "[$doc $fmt] warm-up"
    for v in "${!VNAMES[@]}"; do
      ours "$doc" "$v" "$fmt" warmup
      [ $HAVE_PEER = 1 ] && [ "$fmt" != both ] && { [ "$PEER_EACH" = 1 ] || [ "$v" = 0 ]; } && peer "$doc" "$fmt" warmup
    done
  done
  for i in $(seq 1 "$REPS"); do
    for fmt in $FORMATS; do
      say "[$doc $fmt] run $i/$REPS"
      for v in "${!VNAMES[@]}"; do
        ours "$doc" "$v" "$fmt" "$i"
        [ $HAVE_PEER = 1 ] && [ "$fmt" != both ] && { [ "$PEER_EACH" = 1 ] || [ "$v" = 0 ]; } && peer "$doc" "$fmt" "$i"
      done
    done
  done
done

# ---- environment and the table --------------------------------------------------------------
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "maven: $("$MVN" -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "cores: $(nproc), memory: $(free -g | awk '/Mem:/{print $2}') GiB, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "repository: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (uncommitted changes)')"
  echo "plugin: $PLUGIN_JAR ($(date -u -r "$PLUGIN_JAR" +%Y-%m-%dT%H:%M:%SZ))"
  echo "variants: $VARIANTS; repetitions: $REPS after one warm-up each, alternating ours and peer"
  if [ $HAVE_PEER = 1 ]; then
    echo "peer: $PEER, theme: $PEER_THEME, $(grep -oE '<(asciidoctor-maven-plugin|asciidoctorj|jruby|asciidoctorj-pdf)\.version>[^<]*' "$PEER/pom.xml" | sed 's/<//; s/\.version>/ /' | paste -sd, -)"
  else
    echo "peer: not found ($PEER), ours only"
  fi
} >"$OUT/env.txt"

python3 - "$SAMPLES" "$OUT/env.txt" "$DOCS_DIR" "$PEER_WORK" "$HAVE_PEER" "$OUT/out" "${DOC_LIST[@]}" >"$OUT/results.md" <<'EOF'
import html, os, re, statistics as st, subprocess, sys
samples, env, docs_dir, peer_work, have_peer, outs, doc_list = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] == "1", sys.argv[6], sys.argv[7:]
SMALL = ("T", "S", "example")  # issue 20's small set: PDF time <= 0.50 of the peer, HTML draft <= 0.67
rows = [l.rstrip("\n").split("\t") for l in open(samples, encoding="utf-8") if l.strip() and not l.startswith("#")]
rows = [r for r in rows if r[3] != "warmup"]
groups = {}
for doc, tool, fmt, it, wall, cpu, rss, ex, pages, size in rows:
    groups.setdefault((doc, fmt, tool), []).append((float(wall), float(cpu), float(rss), int(pages), int(size)))

def tools(doc, fmt):
    """Our variants first, the peer last."""
    return sorted({k[2] for k in groups if k[:2] == (doc, fmt)}, key=lambda t: (t == "peer", t))

def stats(key):
    s = groups[key]
    return dict(n=len(s), wall=st.median(x[0] for x in s), wmin=min(x[0] for x in s), cpu=st.median(x[1] for x in s),
                rss=st.median(x[2] for x in s), pages=s[-1][3], size=s[-1][4])

print("# PDF-speed benchmark: audit:report vs. stock asciidoctor-maven-plugin + asciidoctorj-pdf\n")
print("```")
print(open(env, encoding="utf-8").read().rstrip())
print("```\n")
print("Ours renders the project (`mvn -B -o audit:report -Daudit.formats=…`); the peer renders the same report")
print("expanded into one AsciiDoc file (`<doc>-expanded`, macros resolved). Whole `mvn` process: wall time")
print("(median, min), CPU (user+sys, median), peak RSS (median); pages and file size of the last run.\n")
print("| document | tool | format | n | wall median | wall min | CPU | peak RSS | pages | file size |")
print("|---|---|---|--:|--:|--:|--:|--:|--:|--:|")
for doc in doc_list:
    for fmt in ("pdf", "html", "both"):
        for tool in tools(doc, fmt):
            s = stats((doc, fmt, tool))
            shown = f"{doc}-expanded" if tool == "peer" else doc
            pages = str(s["pages"]) if fmt != "html" else ""
            print(f"| {shown} | {tool} | {fmt} | {s['n']} | {s['wall']:.1f} s | {s['wmin']:.1f} s | {s['cpu']:.1f} s "
                  f"| {s['rss']:.0f} MB | {pages} | {s['size'] / 1e6:.2f} MB |")
if have_peer:
    print("\nRatios ours/peer (medians; below 1 is better for us). Bar on a generated project (issue 8): PDF time ≤ 0.50")
    print("(aim 0.33), PDF peak RSS ≤ 1.00, PDF size ≤ 0.33; HTML-only draft time ≤ 1.00. Bar on T, S and the example")
    print("(issue 20, the fixed cost): PDF time ≤ 0.50, HTML-only draft time ≤ 0.67. “vs default”: the variant's median")
    print("wall time over ours:default's in the same run.\n")
    print("| document | ours | format | time | CPU | peak RSS | file size | vs default | bar |")
    print("|---|---|---|--:|--:|--:|--:|--:|---|")
    for doc in doc_list:
        for fmt in ("pdf", "html"):
            if (doc, fmt, "peer") not in groups:
                continue
            p = stats((doc, fmt, "peer"))
            for tool in tools(doc, fmt)[:-1]:
                o = stats((doc, fmt, tool))
                t, c, m, z = o["wall"] / p["wall"], o["cpu"] / p["cpu"], o["rss"] / p["rss"], o["size"] / p["size"]
                bar = ""
                if doc.startswith("gen"):
                    ok = (t <= 0.5 and m <= 1.0 and z <= 1 / 3) if fmt == "pdf" else t <= 1.0
                    bar = "met" if ok else "NOT met"
                elif doc in SMALL:
                    bar = "met" if t <= (0.5 if fmt == "pdf" else 2 / 3) else "NOT met"
                d = groups.get((doc, fmt, "ours:default"))
                vs = f"{o['wall'] / stats((doc, fmt, 'ours:default'))['wall']:.2f}" if d else ""
                print(f"| {doc} | {tool} | {fmt} | {t:.2f} | {c:.2f} | {m:.2f} | {z:.2f} | {vs} | {bar} |")

    # same content: the text of our HTML and of the peer's HTML of the expanded document
    def body_text(path):
        h = open(path, encoding="utf-8").read()
        h = h[h.find('<div id="content">'):h.find('<div id="footer">')]
        h = re.sub(r"(?s)<(script|style)\b.*?</\1>", "", h)
        h = re.sub(r"<(/p|/td|/th|/li|/h\d|/caption|/dt|/dd|br ?/?)>", "\n", h)
        lines = (re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", l))).strip() for l in h.split("\n"))
        return [l for l in lines if l]
    print("\nChecks on the last runs:\n")
    for doc in doc_list:
        try:
            ours_text = body_text(f"{docs_dir}/{doc}/target/audit/html/index.html")
            peer_text = body_text(f"{peer_work}/target/out/{doc}/html/report.html")
        except OSError:
            continue
        diff = [i for i, (a, b) in enumerate(zip(ours_text, peer_text)) if a != b]
        same = not diff and len(ours_text) == len(peer_text)
        msg = "same" if same else f"DIFFERENT ({len(diff)} of {len(ours_text)} lines differ; first: " + (
            f"ours “{ours_text[diff[0]][:60]}” / peer “{peer_text[diff[0]][:60]}”)" if diff else f"{len(ours_text)} vs {len(peer_text)} lines)")
        pages = {k[2]: stats(k)["pages"] for k in groups if k[0] == doc and k[1] == "pdf"}
        print(f"- {doc}: HTML body text, ours vs. peer on {doc}-expanded: {msg}; PDF pages: "
              + ", ".join(f"{t} {n}" for t, n in sorted(pages.items())))

# every variant's last PDF against ours:default's: the same pages and text (pdftotext -layout)
def pdf_text(path):
    try:
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
for doc in doc_list:
    base = f"{outs}/{doc}-default.pdf"
    if not os.path.exists(base):
        continue
    ref = pdf_text(base)
    for f in sorted(os.listdir(outs)):
        if f.startswith(doc + "-") and f.endswith(".pdf") and f != os.path.basename(base) and "-" not in f[len(doc) + 1:-4]:
            t = pdf_text(f"{outs}/{f}")
            same = "same text" if t == ref and ref is not None else "DIFFERENT text"
            print(f"- {doc}: PDF of ours:{f[len(doc) + 1:-4]} vs ours:default: {same} (pdftotext -layout), "
                  f"{os.path.getsize(outs + '/' + f)} vs {os.path.getsize(base)} bytes")
EOF
# warnings of the peer's builds of the expanded documents: the expansion should leave none
if [ $HAVE_PEER = 1 ]; then
  {
    echo "- peer warnings (Asciidoctor, all runs): $(cat "$RUNS"/*-peer-*.log 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' \
      | grep -E 'WARN|ERROR|SEVERE' | grep -vc 'Using platform encoding' )"
  } >>"$OUT/results.md"
fi
cat "$OUT/results.md"
say "written: $OUT/results.md (samples: $SAMPLES, logs: $RUNS)"
