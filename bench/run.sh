#!/usr/bin/env bash
# Dossier's benchmark: synthetic corpora of SIZES raw articles (and real ones: a size "real" is every page of the
# shared corpora, CORPORA, about 650 real pages in many languages; "real5000" those pages copied under varied names to
# 5,000 files), built by Dossier (cold; after touching one raw file;
# after editing one; after touching one template; a brief edited in serve mode, timed to its page; render only) and
# rendered by Hugo from the same briefs, RUNS times each up to 10,000 articles and once above; medians to
# docs/benchmark-results.md (docs/benchmarks.md discusses them).
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
for tool in hugo bc python3; do
  command -v $tool >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool; }
done
mvn -B -q -DskipTests test-compile
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
  [ "$want" -gt 0 ] || want=${#pages[@]}
  while [ "$i" -lt "$want" ]; do
    local f=${pages[$((i % ${#pages[@]}))]} name
    name=$(basename "$f")
    cp "$f" "$raw/$(printf '%05d' "$i")-$(basename "$(dirname "$f")")-$name"
    i=$((i + 1))
  done
}

rows=()
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
  for r in $(seq "$runs"); do
    rm -rf "$dir/site" "$dir/content/briefs" "$dir/content/authors" "$dir/target"
    if ! out=$(timed java -Xmx$heap -cp "$CP" io.github.dossier.cli.Main --project "$dir" "${SITE[@]}"); then
      echo "size $n: the cold build failed under -Xmx$heap; again under -Xmx$HEAP_RETRY" >&2
      mark=" (-Xmx$heap: out of memory; -Xmx$HEAP_RETRY)"; heap=$HEAP_RETRY
      rm -rf "$dir/site" "$dir/content/briefs" "$dir/content/authors" "$dir/target"
      out=$(timed java -Xmx$heap -cp "$CP" io.github.dossier.cli.Main --project "$dir" "${SITE[@]}")
    fi
    read -r e u s m <<< "$out"; cold+=("$e"); coldcpu+=("$(echo "$u + $s" | bc)"); rss+=("$m")
    stages=$(grep "time:" target/bench-log | sed 's/^\[dossier\] time: //')
    DOSSIER=(java -Xmx$heap -cp "$CP" io.github.dossier.cli.Main)
    f=$(ls "$dir/content/raw" | sed -n 1p); echo " " >> "$dir/content/raw/$f"
    read -r e u s m < <(timed "${DOSSIER[@]}" --project "$dir" "${SITE[@]}"); incr+=("$e")
    incr_stages=$(grep "time:" target/bench-log | sed 's/^\[dossier\] time: //')
    # An edit that changes one brief's body: its page, the pages that show it, the search index entries it is in.
    f=$(ls "$dir/content/raw" | sed -n 2p); edit_body "$dir/content/raw/$f" "edited$r"
    read -r e u s m < <(timed "${DOSSIER[@]}" --project "$dir" "${SITE[@]}"); edit+=("$e")
    edit_stages=$(grep "time:" target/bench-log | sed 's/^\[dossier\] time: //')
    # A template touched: only the pages made from it.
    mkdir -p "$dir/templates" && cp templates/term.ftlh "$dir/templates/term.ftlh" && echo "<#-- touched -->" >> "$dir/templates/term.ftlh"
    read -r e u s m < <(timed "${DOSSIER[@]}" --project "$dir" "${SITE[@]}"); tmpl+=("$e")
    rm -rf "$dir/templates"
    # Serve mode: a brief saved → its page shows it; one warm-up edit, then the median of three.
    serve+=("$( (CP="$CP" bench/serve-latency.sh "$dir" "$heap" || echo "serve failed –") | tail -1 | awk '{v = $(NF - 1); if (v ~ /^[0-9.]+$/) printf "%.2f", v; else printf "%s", v}')")
    read -r e u s m < <(timed "${DOSSIER[@]}" render --project "$dir" --cache none "${SITE[@]}"); render+=("$e")
    if [ "$n" -le "$HUGO_MAX" ]; then
      rm -rf target/bench/hugo-$size && cp -r bench/hugo target/bench/hugo-$size && mkdir -p target/bench/hugo-$size/content
      cp -r "$dir/content/briefs" target/bench/hugo-$size/content/briefs
      read -r e u s m < <(timed hugo --quiet -s target/bench/hugo-$size -d public); hugo+=("$e")
    fi
  done
  mc=$(printf '%s\n' "${cold[@]}" | median); mcpu=$(printf '%s\n' "${coldcpu[@]}" | median)
  mr=$(printf '%s\n' "${rss[@]}" | median); mi=$(printf '%s\n' "${incr[@]}" | median)
  mre=$(printf '%s\n' "${render[@]}" | median)
  me=$(printf '%s\n' "${edit[@]}" | median); mt=$(printf '%s\n' "${tmpl[@]}" | median)
  ms=$(printf '%s\n' "${serve[@]}" | median)
  if [ ${#hugo[@]} -gt 0 ]; then
    mh=$(printf '%s\n' "${hugo[@]}" | median); hc=$(echo "scale=2; $mc / $mh" | bc); hr=$(echo "scale=2; $mre / $mh" | bc)
  else
    mh="–"; hc="–"; hr="–"
  fi
  per=$(echo "scale=2; $mc * 1000 / $n" | bc)
  rows+=("| $size$( [ "$size" = "$n" ] || echo " ($n files)") | $runs | $mc$mark | $mcpu | $per | $((mr / 1024)) | $mi ($(echo "scale=3; $mi / $mc" | bc)) | $me ($(echo "scale=3; $me / $mc" | bc)) | $mt ($(echo "scale=2; $mt / $mc" | bc)) | $ms | $mre | $mh | $hc | $hr |")
  echo "size $size: cold $mc s$mark, touch $mi s, edit $me s, template $mt s, serve edit $ms s, render $mre s, hugo $mh s; stages of the last cold build: $stages"
  last_stages="$stages"; last_incr_stages="$incr_stages"; last_edit_stages="$edit_stages"
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
} > "$OUT"
cat "$OUT"
