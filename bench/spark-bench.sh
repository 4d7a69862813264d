#!/usr/bin/env bash
# The Spark jobs against the CLI on this machine. Usage: bench/spark-bench.sh [N_RECORDS]
#   1. verify N records (default 100000, copies of the shipped signed proofs): ./ophamin verify DIR,
#      then spark/bin/ophamin-spark verify at local[1] and local[2]; wall time and records/s of each
#      (the Spark figures include starting Spark, about 5 s here);
#   2. a sweep of injection-effect over 40 cells (4 x 2 grid points, 5 seeds) at local[1] and local[2].
# Times are /usr/bin/time's wall clock of the whole process. Every run's outputs are checked: the
# Spark results have one line per record and the same counts as the CLI's summary line.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${OPHAMIN_SHARED:-$root/../shared}"
n="${1:-100000}"
corpus="$shared/corpus/ophamin"
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (Debian package: time)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$root/ophamin" --version >/dev/null
"$root/spark/bin/ophamin-spark" --version >/dev/null 2>&1

mapfile -t proofs < <(awk -F'\t' '$2=="proof" && $3=="verifies" {print $1}' "$corpus/MANIFEST.tsv")
# real copies (not links), written by one process: a cp per file would take minutes here
python3 - "$work/records" "$n" "$corpus" "${proofs[@]}" <<'PY'
import os, shutil, sys
out, n, corpus, proofs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
os.makedirs(out)
for i in range(n):
    shutil.copyfile(os.path.join(corpus, proofs[i % len(proofs)]), os.path.join(out, "r%06d.json" % i))
PY
bytes=$(du -sb "$work/records" | cut -f1)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $n records, $bytes bytes"

# wall seconds of a command (its exit code is checked by the caller's output checks, not here)
wall() { /usr/bin/time -f '%e' -o "$work/t" "$@" > "$work/stdout" 2> "$work/stderr" || true; tail -1 "$work/t"; }
rate() { echo "scale=0; $n / $1" | bc; }

# some shipped proofs are signed with the throughput scenario's key: both sides are offered it
key=ophamin-throughput-proof-key
printf '%s\n' "$key" > "$work/key.txt"
t=$(wall "$root/ophamin" verify --key "$key" "$work/records")
cli_summary=$(tail -1 "$work/stdout")
echo "ophamin verify DIR (all cores):          ${t} s, $(rate "$t") records/s   [$cli_summary]"
for m in 1 2; do
  rm -rf "$work/out$m"
  t=$(wall "$root/spark/bin/ophamin-spark" verify --master "local[$m]" --key-file "$work/key.txt" \
      --out "$work/out$m" "$work/records")
  lines=$(wc -l < "$work/out$m/results.jsonl")
  summary=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"])' "$work/out$m/summary.json")
  [ "$lines" -eq "$n" ] && [ "$summary" = "$cli_summary" ] || { echo "bench: local[$m] results differ: $lines lines, $summary" >&2; exit 1; }
  echo "ophamin-spark verify, local[$m]:           ${t} s, $(rate "$t") records/s"
done

printf '{"rate_high": [1.5, 2.0, 3.0, 4.0], "alpha": [0.01, 0.05]}' > "$work/grid.json"
for m in 1 2; do
  t=$(wall "$root/spark/bin/ophamin-spark" sweep --master "local[$m]" --scenario injection-effect \
      --grid "$work/grid.json" --seeds 5 --out "$work/sweep$m")
  cells=$(wc -l < "$work/sweep$m/cells.jsonl")
  [ "$cells" -eq 40 ] && [ -f "$work/sweep$m/_SUCCESS" ] || { echo "bench: sweep at local[$m] incomplete" >&2; exit 1; }
  echo "ophamin-spark sweep, 40 cells, local[$m]:  ${t} s"
done
