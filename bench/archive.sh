#!/usr/bin/env bash
# The web-archive benchmark (#30): zyte-dev's 88 pages, COPIES times each under other addresses, archived in one
# gzipped WARC between media records until it is MB megabytes long, built cold by Dossier under a HEAP-limited JVM,
# paired with a build of the same pages as HTML files (ArchiveBenchmark writes both projects).
# Usage: bench/archive.sh [COPIES] [MB] [RUNS]    e.g. bench/archive.sh 32 1024 3
# Times are farm-bench's (paired A/B, medians) when it is on the PATH, else /usr/bin/time's, one run each.
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${1:-32}
MB=${2:-1024}
RUNS=${3:-3}
HEAP=${HEAP:-512m}
OUT=${OUT:-target/archive-bench}
CORPORA=${CORPORA:-../shared/corpus}
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
# A private copy of the engine, so that compiling during a long run cannot change what is measured.
rm -rf target/archive-bench-classes && mkdir -p target/archive-bench-classes
cp -r target/classes target/test-classes target/archive-bench-classes/
CP="target/archive-bench-classes/test-classes:target/archive-bench-classes/classes:$(cat target/bench-cp.txt)"
java -cp "$CP" io.github.dossier.eval.ArchiveBenchmark "$CORPORA/zyte-dev" "$OUT" "$COPIES" "$MB"
WARC=(java -Xmx$HEAP -cp "$CP" io.github.dossier.cli.Main build --project "$OUT/warc" --cache none)
HTML=(java -Xmx$HEAP -cp "$CP" io.github.dossier.cli.Main build --project "$OUT/html" --cache none)
if command -v farm-bench >/dev/null; then
  farm-bench -n "$RUNS" --warmup 0 --timeout 3600 --vs "${HTML[*]}" -- "${WARC[@]}"
else
  /usr/bin/time -f "WARC: %e s wall, %U s user, %M KB peak" "${WARC[@]}" | tail -4
  /usr/bin/time -f "HTML files: %e s wall, %U s user, %M KB peak" "${HTML[@]}" | tail -4
fi
