#!/usr/bin/env bash
# Side by side with the Python reference rules, in one run. Usage: bench/vs-python.sh [N_RECORDS]
#   1. verify the same N records (default 10000, made from the shipped proofs) with this project's CLI
#      (one thread, then --jobs $(nproc)) and with bench/python_reference_verify.py, alternating rounds;
#   2. canonicalize a large JSON-lines file with 'ophamin canonicalize --lines' and with a python loop;
#   3. verify the same directory with -Xmx64m to show memory stays flat; report peak RSS;
#   4. start-to-exit time of verifying one record, without and with an AppCDS archive.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${OPHAMIN_SHARED:-$root/../shared}"
n="${1:-10000}"
jar="$root/engine/target/ophamin-cli.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests -pl engine -am package)
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
corpus="$shared/corpus/ophamin"

# 1. a directory of N records: the shipped signed proofs, copied under distinct names
mapfile -t proofs < <(awk -F'\t' '$2=="proof" && $3=="verifies" {print $1}' "$corpus/MANIFEST.tsv")
mkdir -p "$work/records"
for ((i = 0; i < n; i++)); do
  p="${proofs[$((i % ${#proofs[@]}))]}"
  cp "$corpus/$p" "$work/records/r$(printf %06d "$i").json"
done
bytes=$(du -sb "$work/records" | cut -f1)
echo "records: $n files, $bytes bytes (copies of ${#proofs[@]} shipped signed proofs)"

ms() { date +%s%N; }
java_verify() {  # $1 = jobs; prints seconds
  local t0 t1; t0=$(ms)
  java -jar "$jar" verify --jobs "$1" --key ophamin-throughput-proof-key "$work/records" >"$work/out.txt" || true
  t1=$(ms); echo "scale=3; ($t1 - $t0) / 1000000000" | bc
}
best_java1=999999; best_javaN=999999; best_py=999999
for round in 1 2 3; do
  s=$(java_verify 1); best_java1=$(echo "if ($s < $best_java1) $s else $best_java1" | bc)
  py=$(python3 "$root/bench/python_reference_verify.py" ophamin-throughput-proof-key "$work/records" | awk '{print $4}')
  best_py=$(echo "if ($py < $best_py) $py else $best_py" | bc)
  s=$(java_verify "$(nproc)"); best_javaN=$(echo "if ($s < $best_javaN) $s else $best_javaN" | bc)
done
tail -1 "$work/out.txt"
python3 "$root/bench/python_reference_verify.py" ophamin-throughput-proof-key "$work/records" | awk '{print "python: " $2 " of " $1 " ok"}'
rate() { echo "scale=0; $n / $1" | bc; }
mbs() { echo "scale=1; $bytes / 1048576 / $1" | bc; }
echo "verify, 1 thread (CLI, JVM start included): best of 3 ${best_java1}s = $(rate "$best_java1") records/s, $(mbs "$best_java1") MB/s"
echo "verify, --jobs $(nproc):                       best of 3 ${best_javaN}s = $(rate "$best_javaN") records/s, $(mbs "$best_javaN") MB/s"
echo "python reference rules (verify loop only):   best of 3 ${best_py}s = $(rate "$best_py") records/s, $(mbs "$best_py") MB/s"
echo "ratio single-thread CLI / python: $(echo "scale=2; $best_py / $best_java1" | bc)x"

# 2. canonicalize a large JSON-lines file
python3 - "$corpus" "${proofs[@]}" > "$work/lines.jsonl" <<'PY'
import json, sys
docs = [json.dumps(json.load(open(sys.argv[1] + "/" + p))) for p in sys.argv[2:]]
for _ in range(40):
    print("\n".join(docs))
PY
lbytes=$(stat -c %s "$work/lines.jsonl"); lines=$(wc -l < "$work/lines.jsonl")
t0=$(ms); java -jar "$jar" canonicalize --lines "$work/lines.jsonl" > "$work/java.out"; t1=$(ms)
jsec=$(echo "scale=3; ($t1 - $t0) / 1000000000" | bc)
pysec=$(python3 -c '
import json, sys, time
t0 = time.perf_counter()
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as o:
    for line in f:
        o.write(json.dumps(json.loads(line), sort_keys=True, separators=(",", ":")) + "\n")
print("%.3f" % (time.perf_counter() - t0))' "$work/lines.jsonl" "$work/py.out")
cmp -s "$work/java.out" "$work/py.out" && same="identical output" || same="OUTPUT DIFFERS"
echo "canonicalize --lines: $lines lines, $lbytes bytes: CLI ${jsec}s ($(echo "scale=1; $lbytes/1048576/$jsec" | bc) MB/s), python ${pysec}s ($(echo "scale=1; $lbytes/1048576/$pysec" | bc) MB/s), ratio $(echo "scale=2; $pysec / $jsec" | bc)x, $same"

# 3. memory: peak RSS with the default heap and with -Xmx64m
for opts in "" "-Xmx64m"; do
  /usr/bin/time -v java $opts -jar "$jar" verify --jobs "$(nproc)" --key ophamin-throughput-proof-key "$work/records" >/dev/null 2>"$work/time.txt" || true
  rss=$(awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' "$work/time.txt")
  wall=$(awk -F'): ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  echo "verify $n records ${opts:-(default heap)}: peak RSS ${rss} KB, wall $wall"
done

# 4. start-to-exit for one record, median of 10, without and with AppCDS
one="$work/records/r000000.json"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
runs() { for i in $(seq 10); do t0=$(ms); java "$@" -jar "$jar" verify "$one" >/dev/null; t1=$(ms); echo $(( (t1 - t0) / 1000000 )); done | median; }
echo "start-to-exit, verify one record (median of 10): $(runs -Xshare:auto) ms"
java -XX:ArchiveClassesAtExit="$work/app.jsa" -jar "$jar" verify "$one" >/dev/null 2>&1 || true
echo "start-to-exit with an AppCDS archive:             $(runs -XX:SharedArchiveFile="$work/app.jsa") ms"
echo "start-to-exit with AppCDS and -XX:TieredStopAtLevel=1: $(runs -XX:SharedArchiveFile="$work/app.jsa" -XX:TieredStopAtLevel=1) ms"
