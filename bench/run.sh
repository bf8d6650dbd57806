#!/usr/bin/env bash
# Dossier's benchmark: synthetic corpora of SIZES raw articles, built by Dossier (cold, incremental after touching
# one raw file, render only) and rendered by Hugo from the same briefs, RUNS times each; medians to
# docs/benchmark-results.md (docs/benchmarks.md discusses them). Usage: bench/run.sh [SIZES] [RUNS]   e.g. bench/run.sh "1000 10000" 3
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${1:-"1000 10000"}
RUNS=${2:-3}
HEAP=${HEAP:-512m}
for tool in hugo bc; do
  command -v $tool >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool; }
done
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
# A private copy of the engine, so that compiling during a long run cannot change what is measured.
rm -rf target/bench-classes && mkdir -p target/bench-classes && cp -r target/classes target/test-classes target/bench-classes/
CP="target/bench-classes/test-classes:target/bench-classes/classes:$(cat target/bench-cp.txt)"
OUT=docs/benchmark-results.md
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timed() { /usr/bin/time -f "%e %U %S %M" -o target/bench-time "$@" > target/bench-log 2>&1 || { cat target/bench-log; return 1; }; cat target/bench-time; }
DOSSIER=(java -Xmx$HEAP -cp "$CP" io.github.dossier.cli.Main)
SITE=(--title Bench --base-url https://example.org/b/)

rows=()
for n in $SIZES; do
  dir=target/bench/$n
  if [ ! -d "$dir/content/raw" ]; then
    java -cp "$CP" io.github.dossier.bench.SyntheticCorpus "$dir/content/raw" "$n"
  fi
  cold=(); coldcpu=(); rss=(); incr=(); edit=(); tmpl=(); render=(); hugo=(); stages=""
  for r in $(seq "$RUNS"); do
    rm -rf "$dir/site" "$dir/content/briefs" "$dir/content/authors" "$dir/target"
    read -r e u s m < <(timed "${DOSSIER[@]}" --project "$dir" "${SITE[@]}"); cold+=("$e"); coldcpu+=("$(echo "$u + $s" | bc)"); rss+=("$m")
    stages=$(grep "time:" target/bench-log | sed 's/^\[dossier\] time: //')
    f=$(ls "$dir/content/raw" | sed -n 1p); echo " " >> "$dir/content/raw/$f"
    read -r e u s m < <(timed "${DOSSIER[@]}" --project "$dir" "${SITE[@]}"); incr+=("$e")
    incr_stages=$(grep "time:" target/bench-log | sed 's/^\[dossier\] time: //')
    # An edit that changes one brief: every page that shows it, and the search index, are made again.
    f=$(ls "$dir/content/raw" | sed -n 2p); sed -i '0,/ the /s// a /' "$dir/content/raw/$f"
    read -r e u s m < <(timed "${DOSSIER[@]}" --project "$dir" "${SITE[@]}"); edit+=("$e")
    # A template touched: only the pages made from it.
    mkdir -p "$dir/templates" && cp templates/term.ftlh "$dir/templates/term.ftlh" && echo "<#-- touched -->" >> "$dir/templates/term.ftlh"
    read -r e u s m < <(timed "${DOSSIER[@]}" --project "$dir" "${SITE[@]}"); tmpl+=("$e")
    rm -rf "$dir/templates"
    read -r e u s m < <(timed "${DOSSIER[@]}" render --project "$dir" --cache none "${SITE[@]}"); render+=("$e")
    rm -rf target/bench/hugo-$n && cp -r bench/hugo target/bench/hugo-$n && mkdir -p target/bench/hugo-$n/content
    cp -r "$dir/content/briefs" target/bench/hugo-$n/content/briefs
    read -r e u s m < <(timed hugo --quiet -s target/bench/hugo-$n -d public); hugo+=("$e")
  done
  mc=$(printf '%s\n' "${cold[@]}" | median); mcpu=$(printf '%s\n' "${coldcpu[@]}" | median)
  mr=$(printf '%s\n' "${rss[@]}" | median); mi=$(printf '%s\n' "${incr[@]}" | median)
  mre=$(printf '%s\n' "${render[@]}" | median); mh=$(printf '%s\n' "${hugo[@]}" | median)
  me=$(printf '%s\n' "${edit[@]}" | median); mt=$(printf '%s\n' "${tmpl[@]}" | median)
  rows+=("| $n | $mc | $mcpu | $((mr / 1024)) | $mi ($(echo "scale=2; $mi / $mc" | bc)) | $me ($(echo "scale=2; $me / $mc" | bc)) | $mt ($(echo "scale=2; $mt / $mc" | bc)) | $mre | $mh | $(echo "scale=2; $mre / $mh" | bc) |")
  echo "size $n: cold $mc s, touch $mi s, edit $me s, template $mt s, render $mre s, hugo $mh s; stages of the last cold build: $stages"
  last_stages="$stages"; last_incr_stages="$incr_stages"
done

{
  echo "# Benchmarks"
  echo
  echo "Measured by \`bench/run.sh \"$SIZES\" $RUNS\` on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2), heap limit -Xmx$HEAP, on $(date -u +%Y-%m-%d)."
  echo "Medians of $RUNS runs, seconds of wall time unless stated. Corpora come from \`SyntheticCorpus\`: the sample's"
  echo "and the evaluation set's paragraphs recombined, with boilerplate, bylines and tags; one in four as HTML."
  echo
  echo "| articles | Dossier cold build | CPU s | peak RSS MiB | after touching one raw file (share of cold) | after editing one raw file | after touching one template | Dossier render only | Hugo render | render ratio Dossier/Hugo |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Stages of the last cold build (ms): $last_stages"
  echo
  echo "Stages of the last incremental build (ms): $last_incr_stages"
} > "$OUT"
cat "$OUT"
