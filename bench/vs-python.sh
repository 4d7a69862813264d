#!/usr/bin/env bash
# Side by side with the Python reference rules, in one run. Usage: bench/vs-python.sh [N_RECORDS]
#   1. verify the same N records (default 10000, copies of the shipped signed proofs) with this
#      project's CLI through ./ophamin (one thread, then --jobs $(nproc)) and with
#      bench/python_reference_verify.py, alternating, best of 3 each;
#   2. the same for canonicalizing a large JSON-lines file ('ophamin canonicalize --lines' against
#      a python json.loads/json.dumps loop), outputs compared byte for byte;
#   3. peak RSS verifying the N records with the default heap and with -Xmx64m;
#   4. start-to-exit of verifying one record: plain JVM, with an AppCDS archive, with C1 only, and
#      through ./ophamin;
#   5. the library in steady state (JMH) against the script's loop in one process.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${OPHAMIN_SHARED:-$root/../shared}"
n="${1:-10000}"
ophamin="$root/ophamin"
jar="$root/engine/target/ophamin-cli.jar"
for tool in /usr/bin/time bc python3; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool (Debian packages: time, bc, python3)" >&2; exit 2; }
done
"$ophamin" --version >/dev/null   # builds the jar and its AppCDS archive when missing
# the Python side checks ed25519 attestations with PyNaCl, as the reference does: use a python3
# that has it (Debian: python3-nacl for /usr/bin/python3), and say so when none does
# the interpreter itself, never a version-manager shim (a pyenv shim is a shell script that adds
# about 250 ms to every start here, which would flatter the one-record ratio)
py="$(python3 -c 'import sys; print(sys.executable)')"
if ! "$py" -c 'import nacl.signing' 2>/dev/null && /usr/bin/python3 -c 'import nacl.signing' 2>/dev/null; then
  py=/usr/bin/python3
fi
if ! "$py" -c 'import nacl.signing' 2>/dev/null; then
  echo "bench: no python3 with PyNaCl: the Python side skips attestations (the ratio flatters it)" >&2
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
corpus="$shared/corpus/ophamin"
key=ophamin-throughput-proof-key

# 1. a directory of N records: the shipped signed proofs, copied under distinct names
mapfile -t proofs < <(awk -F'\t' '$2=="proof" && $3=="verifies" {print $1}' "$corpus/MANIFEST.tsv")
mkdir -p "$work/records"
for ((i = 0; i < n; i++)); do
  cp "$corpus/${proofs[$((i % ${#proofs[@]}))]}" "$work/records/r$(printf %06d "$i").json"
done
bytes=$(du -sb "$work/records" | cut -f1)
attested=$(grep -l '"attestation"' -r "$work/records" | wc -l)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $("$py" --version), PyNaCl: $("$py" -c 'import nacl; print(nacl.__version__)' 2>/dev/null || echo none)"
echo "records: $n files, $bytes bytes (copies of ${#proofs[@]} shipped signed proofs; $attested carry an ed25519 attestation)"

ns() { date +%s%N; }
secs() { echo "scale=3; ($2 - $1) / 1000000000" | bc; }
min() { echo "if ($1 < $2) $1 else $2" | bc; }
cli_verify() {  # $1 = jobs, or "default" for no --jobs option; prints seconds, JVM start included
  local t0 t1 jobs=(); [ "$1" = default ] || jobs=(--jobs "$1"); t0=$(ns)
  "$ophamin" verify "${jobs[@]}" --key "$key" "$work/records" >"$work/out.txt" || true
  t1=$(ns); secs "$t0" "$t1"
}
best1=999999; bestN=999999; bestpy=999999
for round in 1 2 3; do
  best1=$(min "$(cli_verify 1)" "$best1")
  bestpy=$(min "$("$py" "$root/bench/python_reference_verify.py" "$key" "$work/records" | awk '{print $4}')" "$bestpy")
  bestN=$(min "$(cli_verify default)" "$bestN")
done
echo "cli: $(tail -1 "$work/out.txt")"
"$py" "$root/bench/python_reference_verify.py" "$key" "$work/records" | awk '{print "python: " $2 " of " $1 " ok, attestations checked: " $5}'
rate() { echo "scale=0; $n / $1" | bc; }
mbs() { echo "scale=1; $2 / 1048576 / $1" | bc; }
echo "verify, 1 thread (./ophamin, JVM start included): best of 3 ${best1}s = $(rate "$best1") records/s, $(mbs "$best1" "$bytes") MB/s"
echo "verify, default options (./ophamin, all cores):   best of 3 ${bestN}s = $(rate "$bestN") records/s, $(mbs "$bestN" "$bytes") MB/s"
echo "python reference rules (verify loop only):        best of 3 ${bestpy}s = $(rate "$bestpy") records/s, $(mbs "$bestpy" "$bytes") MB/s"
echo "ratio 1 thread CLI / python: $(echo "scale=2; $bestpy / $best1" | bc)x; default options / python: $(echo "scale=2; $bestpy / $bestN" | bc)x"

# 2. canonicalize a large JSON-lines file
python3 - "$corpus" "${proofs[@]}" > "$work/lines.jsonl" <<'PY'
import json, sys
docs = [json.dumps(json.load(open(sys.argv[1] + "/" + p))) for p in sys.argv[2:]]
for _ in range(160):
    print("\n".join(docs))
PY
lbytes=$(stat -c %s "$work/lines.jsonl"); lines=$(wc -l < "$work/lines.jsonl")
bestj=999999; bestp=999999
for round in 1 2 3; do
  t0=$(ns); "$ophamin" canonicalize --lines "$work/lines.jsonl" > "$work/java.out"; t1=$(ns)
  bestj=$(min "$(secs "$t0" "$t1")" "$bestj")
  t0=$(ns)
  "$py" -c '
import json, sys
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as o:
    for line in f:
        o.write(json.dumps(json.loads(line), sort_keys=True, separators=(",", ":")) + "\n")' "$work/lines.jsonl" "$work/py.out"
  t1=$(ns)
  bestp=$(min "$(secs "$t0" "$t1")" "$bestp")
done
cmp -s "$work/java.out" "$work/py.out" && same="identical output" || same="OUTPUT DIFFERS"
echo "canonicalize --lines, $lines lines, $lbytes bytes, best of 3 (both including start-up): ./ophamin ${bestj}s ($(mbs "$bestj" "$lbytes") MB/s), python ${bestp}s ($(mbs "$bestp" "$lbytes") MB/s), ratio $(echo "scale=2; $bestp / $bestj" | bc)x, $same"

# 3. memory: peak RSS with the default heap and with -Xmx64m (the launcher execs java, so time sees the JVM)
for heap in "" "-Xmx64m"; do
  OPHAMIN_JAVA_OPTS="-XX:FreqInlineSize=50 -XX:+UseSerialGC $heap" /usr/bin/time -v "$ophamin" verify --jobs "$(nproc)" --key "$key" "$work/records" \
    >"$work/mem.txt" 2>"$work/time.txt" || true
  rss=$(awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' "$work/time.txt")
  wall=$(awk -F'): ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  echo "verify $n records --jobs $(nproc) ${heap:-(default heap)}: peak RSS ${rss} KB, wall $wall, $(tail -1 "$work/mem.txt")"
done

# 4. start-to-exit for one record, median of 10
one="$work/records/r000000.json"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
runs() { for i in $(seq 10); do t0=$(ns); "$@" verify "$one" >/dev/null; t1=$(ns); echo $(( (t1 - t0) / 1000000 )); done | median; }
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Xlog:cds=off -jar "$jar" verify "$one" >/dev/null 2>&1 || true
echo "start-to-exit, verify one record (median of 10):"
echo "  java -jar:                                 $(runs java -jar "$jar") ms"
echo "  with an AppCDS archive:                    $(runs java -XX:SharedArchiveFile="$work/app.jsa" -jar "$jar") ms"
echo "  AppCDS, C1 only, serial GC:                $(runs java -XX:SharedArchiveFile="$work/app.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar") ms"
launcher=$(runs "$ophamin")
echo "  ./ophamin (the launcher's settings):        $launcher ms"
pyone() { for i in $(seq 10); do t0=$(ns); "$py" "$root/bench/python_reference_verify.py" "$key" "$one" >/dev/null; t1=$(ns); echo $(( (t1 - t0) / 1000000 )); done | median; }
pyms=$(pyone)
echo "  python reference script, same record:      $pyms ms"
floor() { for i in $(seq 10); do t0=$(ns); java -Xshare:auto -XX:TieredStopAtLevel=1 -version >/dev/null 2>&1; t1=$(ns); echo $(( (t1 - t0) / 1000000 )); done | median; }
echo "  the JVM's own floor (java -version, CDS):  $(floor) ms"

# 5. the library in steady state, one thread: JMH verifyUnattestedChecksOnly against the script's
#    verify loop over the same files in one process (best of 20 passes), the script run just
#    before and just after JMH (the machine's speed drifts; the faster Python figure is used)
benchjar="$root/bench/target/benchmarks.jar"
[ -f "$benchjar" ] || (cd "$root" && mvn -q -B -o -DskipTests -pl bench -am package >/dev/null)
mapfile -t unatt < <(awk -F'\t' '$2=="proof" {print $1}' "$corpus/MANIFEST.tsv" | while read -r p; do
  grep -q '"attestation"' "$corpus/$p" || echo "$corpus/$p"; done)
pysteady() { "$py" "$root/bench/python_reference_verify.py" --steady 20 "$key" "${unatt[@]}" | awk '{print $5}'; }
py1=$(pysteady)
java -Dophamin.shared="$shared" -jar "$benchjar" 'RecordBench.verifyUnattestedChecksOnly' -wi 3 -w 2s -i 5 -r 2s -f 1 \
  -rf json -rff "$work/jmh.json" >/dev/null
py2=$(pysteady)
ubytes=$(cat "${unatt[@]}" | wc -c)
jmhmbs=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))[0]["primaryMetric"]; print("%.1f %.1f" % (int(sys.argv[2]) / 1048576 / (r["score"] / 1e6), r["scoreError"]))' "$work/jmh.json" "$ubytes")
pybest=$(echo "if ($py1 > $py2) $py1 else $py2" | bc)
echo "library steady state, one thread, ${#unatt[@]} unattested shipped proofs ($ubytes bytes): JMH $(echo "$jmhmbs" | cut -d' ' -f1) MB/s; python loop $py1 MB/s before, $py2 MB/s after"

echo
echo "ratios (python / ours; higher is better for us; the issue's targets in brackets):"
echo "  bulk verify, default options: $(echo "scale=2; $bestpy / $bestN" | bc)x [3x]"
echo "  canonicalize --lines:         $(echo "scale=2; $bestp / $bestj" | bc)x [3x]"
echo "  one record, start to exit:    $(echo "scale=2; $pyms / $launcher" | bc)x [0.4x, i.e. within 2.5x]"
echo "  library steady state:         $(echo "scale=2; $(echo "$jmhmbs" | cut -d' ' -f1) / $pybest" | bc)x [4x]"
