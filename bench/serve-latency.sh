#!/usr/bin/env bash
# Serve-mode edit latency: starts `dossier serve` on a project already built (e.g. target/bench/10000 after
# bench/run.sh), waits for the server, then marks one brief curated and adds a word to its body, and prints the
# seconds from that save to the served brief page showing the word: one edit to warm up, then EDITS (3) timed,
# each of another brief, and their median (the last line). Usage: bench/serve-latency.sh PROJECT [HEAP]
# With CP set (bench/run.sh sets it to its private copy of the engine), that engine is run and nothing is compiled.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
HEAP=${2:-512m}
if [ -z "${CP:-}" ]; then
  mvn -B -q -DskipTests test-compile
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
  CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
fi
log=$(mktemp)
java -Xmx$HEAP -Ddossier.port=0 -cp "$CP" io.github.dossier.cli.Main serve --project "$dir" --title Bench \
  --base-url https://example.org/b/ > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1800); do grep -q "http://" "$log" && break; sleep 1; done
sleep 2
# One edit to warm the server up, then EDITS timed edits of different briefs; each time, its median.
EDITS=${EDITS:-3}
times=()
for k in $(seq 0 "$EDITS"); do
  brief=$(ls "$dir/content/briefs" | grep '\.md$' | sed -n $((7 + k))p)
  page="$dir/site/briefs/${brief%.md}.html"
  word="zqxw$RANDOM$RANDOM"
  t0=$(date +%s.%N)
  python3 - "$dir/content/briefs/$brief" "$word" <<'PY'
import sys
path, word = sys.argv[1], sys.argv[2]
text = open(path, encoding='utf-8').read()
if '\ncurated: true\n' not in text.split('\n---\n', 1)[0] + '\n':
    text = text.replace('\n---\n', '\ncurated: true\n---\n', 1)
body = text.index('\n---\n') + 5
cut = text.index(' ', body + 200)
open(path, 'w', encoding='utf-8').write(text[:cut] + ' ' + word + text[cut:])
PY
  for _ in $(seq 3000); do grep -q "$word" "$page" 2>/dev/null && break; sleep 0.05; done
  t1=$(date +%s.%N)
  t=$(echo "$t1 - $t0" | bc)
  echo "serve: edit $k ($([ "$k" -eq 0 ] && echo warm-up || echo timed)): a brief saved -> its page shows it: $t s"
  [ "$k" -gt 0 ] && times+=("$t")
  sleep 3
done
grep "rebuilt" "$log" | tail -n "$EDITS" | sed 's/^/  /'
echo "serve: median of $EDITS: $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}') s"
