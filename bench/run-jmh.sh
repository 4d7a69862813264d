#!/usr/bin/env bash
# Runs the JMH suite. Usage: bench/run-jmh.sh [quick|full] [extra JMH arguments...]
#   quick: 1 MB inputs of every kind, 2x1s warm-up, 3x1s measurement, 1 fork (a few minutes)
#   full:  every @Param size (1 KB .. 10 MB), the annotated iterations (3x2s warm-up, 5x2s measurement)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-quick}"; shift || true
jar="$root/bench/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  echo "bench: building $jar ..." >&2
  (cd "$root" && mvn -q -B -DskipTests -pl bench -am package)
fi
shared="${OPHAMIN_SHARED:-$root/../shared}"
case "$mode" in
  quick) result="$root/bench/target/jmh-quick.json"
         java -Dophamin.shared="$shared" -jar "$jar" -p size=1048576 -wi 2 -w 1s -i 3 -r 1s -f 1 -rf json -rff "$result" "$@" ;;
  full)  result="$root/bench/target/jmh-full.json"
         java -Dophamin.shared="$shared" -jar "$jar" -rf json -rff "$result" "$@" ;;
  *) echo "usage: bench/run-jmh.sh [quick|full] [JMH args]" >&2; exit 2 ;;
esac
# the tables of BENCHMARKS.md, from this run's result file
java -Dophamin.shared="$shared" -cp "$jar" dev.ophamin.bench.JmhTable "$result"
