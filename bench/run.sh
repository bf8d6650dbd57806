#!/usr/bin/env bash
# Dossier's benchmark: synthetic corpora of SIZES raw articles (and real ones: a size "real" is every page of the
# shared corpora, CORPORA, about 650 real pages in many languages; "real5000" those pages copied under varied names to
# 5,000 files), built by Dossier (cold; after touching one raw file;
# after editing one; after touching one template; a brief edited in serve mode, timed to its page; render only) and
# rendered by Hugo from the same briefs, RUNS times each up to 10,000 articles and once above; medians to
# docs/benchmark-results.md (docs/benchmarks.md discusses them).
# The whole `mvn site` is timed too, as a researcher runs it (Maven's start and the plugin's loading included): the
# plugin, installed from this checkout, bound to the site phase of a project around the same raw files; cold, and
# after one raw file touched. For the real pages, readability-lxml (Debian's python3-readability) extracts the body of
# every HTML page among them in the same run, on one thread (bench/time-readability.py).
# PARTS (default all) names what to time beside the cold build: touch edit template serve render hugo mvn readability.
# Usage: bench/run.sh [SIZES] [RUNS]   e.g. bench/run.sh "1000 5000 10000 50000 real real5000 real10000" 3
# HEAP (512m) is the heap limit up to 10,000 articles, HEAP_LARGE (1g) above; a build that runs out of it is run
# again under HEAP_RETRY (4g) and marked. Hugo runs up to HUGO_MAX (10000) articles.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${1:-"1000 10000"}
RUNS=${2:-3}
HEAP=${HEAP:-512m}
HEAP_LARGE=${HEAP_LARGE:-1g}
HEAP_RETRY=${HEAP_RETRY:-4g}
HUGO_MAX=${HUGO_MAX:-10000}
CORPORA=${CORPORA:-../shared/corpus}
PARTS=${PARTS:-"touch edit template serve render hugo mvn readability"}
part() { case " $PARTS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
for tool in hugo bc python3; do
  command -v $tool >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool; }
done
if part readability && ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-readability
fi
mvn -B -q -DskipTests test-compile
# The plugin as a researcher's project gets it: this checkout, installed in the local repository.
if part mvn; then mvn -B -q -DskipTests -Dinvoker.skip=true install; fi
# The project's own version: the pom's first <version> (it has no parent).
VERSION=$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' pom.xml | head -1)
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
# A private copy of the engine, so that compiling during a long run cannot change what is measured.
rm -rf target/bench-classes && mkdir -p target/bench-classes && cp -r target/classes target/test-classes target/bench-classes/
CP="target/bench-classes/test-classes:target/bench-classes/classes:$(cat target/bench-cp.txt)"
OUT=docs/benchmark-results.md
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timed() { /usr/bin/time -f "%e %U %S %M" -o target/bench-time "$@" > target/bench-log 2>&1 || { tail -3 target/bench-log >&2; return 1; }; cat target/bench-time; }
SITE=(--title Bench --base-url https://example.org/b/)

# One word changed in the second half of a file (its body, not its title): one brief changes.
edit_body() {
  python3 - "$1" "$2" <<'PY'
import sys
path, word = sys.argv[1], sys.argv[2]
text = open(path, encoding='utf-8', errors='surrogateescape').read()
at = text.find(' the ', len(text) // 2)
at = at if at >= 0 else text.find(' ', len(text) // 2)
text = text[:at] + ' ' + word + ' ' + text[at + (5 if text.startswith(' the ', at) else 1):]
open(path, 'w', encoding='utf-8', errors='surrogateescape').write(text)
PY
}

# Real pages: every text and HTML page of the shared corpora (the sample's text scrapes, zyte-dev's text and HTML,
# traf-dev's HTML), and for a larger size, the same pages again under other names until there are $2 files.
real_corpus() {
  local raw=$1 want=$2 pages=() i=0
  mkdir -p "$raw"
  while IFS= read -r -d '' f; do pages+=("$f"); done < <(find "$CORPORA/sample" "$CORPORA/zyte-dev/text" \
      "$CORPORA/zyte-dev/html" "$CORPORA/traf-dev/html" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) \
      -print0 | sort -z)
  [ "${want:-0}" -gt 0 ] || want=${#pages[@]}
  while [ "$i" -lt "$want" ]; do
    local f=${pages[$((i % ${#pages[@]}))]} name
    name=$(basename "$f")
    cp "$f" "$raw/$(printf '%05d' "$i")-$(basename "$(dirname "$f")")-$name"
    i=$((i + 1))
  done
}

# A researcher's pom around the raw files of $1: the plugin bound to `site`, Maven's own site plugin unbound (as the
# README advises: otherwise it is loaded, about a second, only to be skipped).
mvn_project() {
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>bench</artifactId><version>1</version><packaging>pom</packaging>
  <name>Bench</name>
  <build><plugins>
    <plugin>
      <groupId>io.github.dossier</groupId><artifactId>dossier-maven-plugin</artifactId><version>$VERSION</version>
      <configuration><baseUrl>https://example.org/b/</baseUrl></configuration>
      <executions><execution><goals><goal>build</goal></goals></execution></executions>
    </plugin>
    <plugin>
      <artifactId>maven-site-plugin</artifactId><version>3.21.0</version>
      <executions><execution><id>default-site</id><phase>none</phase></execution></executions>
    </plugin>
  </plugins></build>
</project>
POM
}

rows=()
mvnrows=()
for size in $SIZES; do
  dir=target/bench/$size
  if [ ! -d "$dir/content/raw" ]; then
    case $size in
      real*) real_corpus "$dir/content/raw" "${size#real}" ;;
      *) java -cp "$CP" io.github.dossier.bench.SyntheticCorpus "$dir/content/raw" "$size" ;;
    esac
  fi
  n=$(find "$dir/content/raw" -type f | wc -l)
  runs=$RUNS; heap=$HEAP
  if [ "$n" -gt 10000 ]; then runs=1; heap=$HEAP_LARGE; fi
  cold=(); coldcpu=(); rss=(); incr=(); edit=(); tmpl=(); serve=(); render=(); hugo=(); stages=""; mark=""
  mcold=(); mtouch=(); mtuned=(); readab=()
  for r in $(seq "$runs"); do
    rm -rf "$dir/site" "$dir/content/briefs" "$dir/content/authors" "$dir/target"
    if ! out=$(timed java -Xmx$heap -Ddossier.stages=true -cp "$CP" io.github.dossier.cli.Main --project "$dir" "${SITE[@]}"); then
      echo "size $n: the cold build failed under -Xmx$heap; again under -Xmx$HEAP_RETRY" >&2
      mark=" (-Xmx$heap: out of memory; -Xmx$HEAP_RETRY)"; heap=$HEAP_RETRY
      rm -rf "$dir/site" "$dir/content/briefs" "$dir/content/authors" "$dir/target"
      out=$(timed java -Xmx$heap -Ddossier.stages=true -cp "$CP" io.github.dossier.cli.Main --project "$dir" "${SITE[@]}")
    fi
    read -r e u s m <<< "$out"; cold+=("$e"); coldcpu+=("$(echo "$u + $s" | bc)"); rss+=("$m")
    stages=$(grep "stages (ms):" target/bench-log | sed 's/^\[dossier\] stages (ms): //')
    DOSSIER=(java -Xmx$heap -Ddossier.stages=true -cp "$CP" io.github.dossier.cli.Main)
    f=$(ls "$dir/content/raw" | sed -n 1p); echo " " >> "$dir/content/raw/$f"
    read -r e u s m < <(timed "${DOSSIER[@]}" --project "$dir" "${SITE[@]}"); incr+=("$e")
    incr_stages=$(grep "stages (ms):" target/bench-log | sed 's/^\[dossier\] stages (ms): //')
    # An edit that changes one brief's body: its page, the pages that show it, the search index entries it is in.
    edit_stages=""
    if part edit; then
    f=$(ls "$dir/content/raw" | sed -n 2p); edit_body "$dir/content/raw/$f" "edited$r"
    read -r e u s m < <(timed "${DOSSIER[@]}" --project "$dir" "${SITE[@]}"); edit+=("$e")
    edit_stages=$(grep "stages (ms):" target/bench-log | sed 's/^\[dossier\] stages (ms): //')
    fi
    # A template touched: only the pages made from it.
    if part template; then
    mkdir -p "$dir/templates" && cp templates/term.ftlh "$dir/templates/term.ftlh" && echo "<#-- touched -->" >> "$dir/templates/term.ftlh"
    read -r e u s m < <(timed "${DOSSIER[@]}" --project "$dir" "${SITE[@]}"); tmpl+=("$e")
    rm -rf "$dir/templates"
    fi
    # Serve mode: a brief saved → its page shows it; one warm-up edit, then the median of three.
    if part serve; then
    serve+=("$( (CP="$CP" bench/serve-latency.sh "$dir" "$heap" || echo "serve failed –") | tail -1 | awk '{v = $(NF - 1); if (v ~ /^[0-9.]+$/) printf "%.2f", v; else printf "%s", v}')")
    fi
    if part render; then
    read -r e u s m < <(timed "${DOSSIER[@]}" render --project "$dir" --cache none "${SITE[@]}"); render+=("$e")
    render_stages=$(grep "stages (ms):" target/bench-log | sed 's/^\[dossier\] stages (ms): //')
    fi
    # The whole `mvn site`, as a researcher runs it: cold (no cache, no site), then after one raw file touched.
    if part mvn && [ "$n" -le 10000 ]; then
      mvn_project "$dir"
      # Once online, the plugin skipped: whatever the project needs is then in the local repository.
      mvn -B -q -f "$dir/pom.xml" site -Ddossier.skip=true > /dev/null
      rm -rf "$dir/site" "$dir/content/briefs" "$dir/content/authors" "$dir/target"
      read -r e u s m < <(MAVEN_OPTS="-Xmx$heap" timed mvn -B -o -q -f "$dir/pom.xml" site); mcold+=("$e")
      f=$(ls "$dir/content/raw" | sed -n 3p); echo " " >> "$dir/content/raw/$f"
      read -r e u s m < <(MAVEN_OPTS="-Xmx$heap" timed mvn -B -o -q -f "$dir/pom.xml" site); mtouch+=("$e")
      # The same with the README's .mvn/jvm.config for an edit loop: the client compiler only, and Maven's and the
      # plugin's classes from a class-data archive (written by the build before, untimed).
      TUNED="-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$PWD/target/bench/maven-$size.jsa"
      if [ ! -f "target/bench/maven-$size.jsa" ]; then
        echo " " >> "$dir/content/raw/$f"
        MAVEN_OPTS="-Xmx$heap -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit=$PWD/target/bench/maven-$size.jsa" \
          mvn -B -o -q -f "$dir/pom.xml" site > /dev/null 2>&1
      fi
      echo " " >> "$dir/content/raw/$f"
      read -r e u s m < <(MAVEN_OPTS="-Xmx$heap $TUNED" timed mvn -B -o -q -f "$dir/pom.xml" site); mtuned+=("$e")
      rm -f "$dir/pom.xml"
    fi
    # readability-lxml over the same run's real HTML pages, one thread, Python's start included.
    if part readability && [[ $size == real* ]]; then
      read -r e u s m < <(timed /usr/bin/python3 bench/time-readability.py "$dir/content/raw"); readab+=("$e")
    fi
    if part hugo && [ "$n" -le "$HUGO_MAX" ]; then
      rm -rf target/bench/hugo-$size && cp -r bench/hugo target/bench/hugo-$size && mkdir -p target/bench/hugo-$size/content
      cp -r "$dir/content/briefs" target/bench/hugo-$size/content/briefs
      # A brief's `url` (its original article's) is, to Hugo, the page's own address: renamed for Hugo.
      find target/bench/hugo-$size/content/briefs -name '*.md' -exec sed -i '0,/^url:/s//source_url:/' {} +
      read -r e u s m < <(timed hugo --quiet -s target/bench/hugo-$size -d public); hugo+=("$e")
    fi
  done
  mc=$(printf '%s\n' "${cold[@]}" | median); mcpu=$(printf '%s\n' "${coldcpu[@]}" | median)
  med() { if [ $# -gt 0 ]; then printf '%s\n' "$@" | median; else echo "–"; fi; }
  share() { if [[ $1 =~ ^[0-9.]+$ ]]; then echo "scale=3; $1 / $2" | bc; else echo "–"; fi; }
  mr=$(printf '%s\n' "${rss[@]}" | median); mi=$(printf '%s\n' "${incr[@]}" | median)
  mre=$(med "${render[@]}")
  me=$(med "${edit[@]}"); mt=$(med "${tmpl[@]}")
  ms=$(med "${serve[@]}")
  if [ ${#hugo[@]} -gt 0 ]; then
    mh=$(printf '%s\n' "${hugo[@]}" | median); hc=$(echo "scale=2; $mc / $mh" | bc); hr=$(share "$mre" "$mh")
  else
    mh="–"; hc="–"; hr="–"
  fi
  per=$(echo "scale=2; $mc * 1000 / $n" | bc)
  mmc=$(med "${mcold[@]}"); mmt=$(med "${mtouch[@]}"); mtu=$(med "${mtuned[@]}"); mrd=$(med "${readab[@]}")
  ratio() { if [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]]; then echo "scale=2; $1 / $2" | bc; else echo "–"; fi; }
  html=$(find "$dir/content/raw" -type f \( -name '*.html' -o -name '*.htm' \) | wc -l)
  mvnrows+=("| $size$( [ "$size" = "$n" ] || echo " ($n files)") | ${#mcold[@]} | $mc | $mmc | $mmt | $mtu | $mh | $(ratio "$mmc" "$mh") | $( [[ $mre =~ ^[0-9.]+$ ]] && echo "scale=2; $mre * 1000 / $n" | bc || echo "–") ms | $mrd$( [ "$mrd" = "–" ] || echo " ($html HTML pages)") | $(ratio "$mc" "$mrd") |")
  rows+=("| $size$( [ "$size" = "$n" ] || echo " ($n files)") | $runs | $mc$mark | $mcpu | $per | $((mr / 1024)) | $mi ($(share "$mi" "$mc")) | $me ($(share "$me" "$mc")) | $mt ($(share "$mt" "$mc")) | $ms | $mre | $mh | $hc | $hr |")
  echo "size $size: cold $mc s$mark, touch $mi s, edit $me s, template $mt s, serve edit $ms s, render $mre s, hugo $mh s, mvn site cold $mmc s, mvn site touched $mmt s, readability $mrd s; stages of the last cold build: $stages"
  last_stages="$stages"; last_incr_stages="$incr_stages"; last_edit_stages="$edit_stages"
  last_render_stages="${render_stages:-}"
done

{
  echo "# Benchmarks"
  echo
  echo "Measured by \`bench/run.sh \"$SIZES\" $RUNS\` on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2), heap limit -Xmx$HEAP up to 10,000 articles"
  echo "and -Xmx$HEAP_LARGE above, on $(date -u +%Y-%m-%d). Medians of the runs, seconds of wall time unless stated."
  echo "Corpora come from \`SyntheticCorpus\`: the sample's and the evaluation set's paragraphs recombined, with"
  echo "boilerplate, bylines and tags; one in four as HTML. A size \"realN\" is the real pages of $CORPORA (the sample,"
  echo "zyte-dev's text and HTML, traf-dev's HTML), copied under other names up to N files (\"real\": each once)."
  echo "Hugo renders the same briefs (\`bench/hugo/\`) up to $HUGO_MAX."
  echo
  echo "| articles | runs | Dossier cold build | CPU s | ms an article | peak RSS MiB | one raw file touched (share of cold) | one raw file edited (share) | one template touched (share) | serve: brief saved → page shows it | Dossier render only | Hugo render | cold / Hugo | render / Hugo |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Stages of the last cold build (ms): $last_stages"
  echo
  echo "Stages of the last build after touching a raw file (ms): $last_incr_stages"
  echo
  echo "Stages of the last build after editing a raw file (ms): $last_edit_stages"
  echo
  echo "Stages of the last render only (ms): $last_render_stages"
  echo
  echo "## The whole \`mvn site\`, and readability-lxml"
  echo
  echo "\`mvn site\` in a researcher's project around the same raw files (\`mvn -o -q\`, the plugin installed from this"
  echo "checkout and bound to \`site\`, Maven's site plugin unbound; Maven's start and the plugin's loading included),"
  echo "cold and after one raw file touched; beside it the engine alone (the cold build above), Hugo's render of the same"
  echo "briefs, the engine's render alone a page, and for real pages readability-lxml extracting the bodies of their HTML"
  echo "pages on one thread (\`bench/time-readability.py\`, Python's start included). Medians, seconds."
  echo
  echo "| articles | runs | engine cold | \`mvn site\` cold | \`mvn site\`, one raw file touched | the same, C1 and CDS | Hugo render | \`mvn site\` cold / Hugo | render only, a page | readability-lxml | engine cold / readability |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${mvnrows[@]}"
} > "$OUT"
cat "$OUT"
