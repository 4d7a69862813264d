#!/usr/bin/env bash
# Load on 'ophamin serve', loopback only, bounded: REQUESTS (default 20000) verify requests over
# CONNECTIONS (default 4) keep-alive connections, a valid, a tampered and a malformed record in
# turn; then 'ophamin verify' of the same number of records as files, for comparison.
# Usage: bench/serve-load.sh [REQUESTS] [CONNECTIONS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-20000}"; conns="${2:-4}"; port=18123
key=ophamin-text-for-bytes-test-key
benchjar="$root/bench/target/benchmarks.jar"
[ -f "$benchjar" ] || (cd "$root" && mvn -q -B -o -DskipTests -pl bench -am package >/dev/null)
"$root/ophamin" --version >/dev/null
work="$(mktemp -d)"; pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp "$root/fixtures/records/attested-proof.json" "$work/ok-proof.json"
sed 's/0\.5/0.75/' "$work/ok-proof.json" > "$work/fail-proof.json"
printf '{"proof_id": "x", ' > "$work/error-proof.json"
"$root/ophamin" serve --port "$port" --out "$work/out" --key "$key" 2>"$work/serve.log" & pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo -n "serve: "
java -cp "$benchjar" dev.ophamin.bench.ServeLoad "http://127.0.0.1:$port" "$conns" "$n" \
  "$work/ok-proof.json" "$work/fail-proof.json" "$work/error-proof.json"
rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
echo "serve: peak RSS ${rss} KB"
# the same records as files, through the CLI (JVM start included)
mkdir -p "$work/files"
for ((i = 0; i < n; i++)); do
  case $((i % 3)) in 0) s=ok ;; 1) s=fail ;; 2) s=error ;; esac
  ln "$work/$s-proof.json" "$work/files/r$(printf %06d "$i").json"
done
t0=$(date +%s%N)
("$root/ophamin" verify --key "$key" "$work/files" || true) | tail -1
t1=$(date +%s%N)
echo "ophamin verify of the same $n records as files: $(echo "scale=2; ($t1 - $t0) / 1000000000" | bc) s"
