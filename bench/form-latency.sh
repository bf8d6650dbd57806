#!/usr/bin/env bash
# A correction saved through the preview's edit form, timed to its page showing it, at N synthetic articles (1000):
# farm-bench pairs it with the same edit saved as an editor saves (the file written, the page polled), run after run
# against one server. Each run edits another brief. Usage: bench/form-latency.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
RUNS=${2:-7}
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
dir=target/bench-form/$N
rm -rf "$dir"
java -cp "$CP" io.github.dossier.bench.SyntheticCorpus "$dir/content/raw" "$N"
java -Xmx512m -cp "$CP" io.github.dossier.cli.Main build --project "$dir" --title Bench > /dev/null
log=$(mktemp)
java -Xmx512m -Ddossier.port=0 -cp "$CP" io.github.dossier.cli.Main serve --project "$dir" --title Bench > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 600); do grep -q "serving http://" "$log" && break; sleep 1; done
url=$(grep -o 'http://localhost:[0-9]*/' "$log" | head -1)
sleep 2
farm-bench -n "$RUNS" --warmup 1 --timeout 600 --vs "python3 bench/save.py file $url $dir" -- \
  python3 bench/save.py form "$url" "$dir"
grep "rebuilt" "$log" | tail -n 4 | cut -c1-400 | sed 's/^/  /'
