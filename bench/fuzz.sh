#!/usr/bin/env bash
# Coverage-guided fuzzing of every @FuzzTest target, one after another, each for the maxDuration its
# annotation sets (20 s; Jazzer takes the duration from there). Usage: bench/fuzz.sh. A crash fails the run; Jazzer writes the input that caused it to
# java-verifier/src/test/resources/dev/ophamin/fuzz/<Class>Inputs/<method>/, where it stays as a
# regression input once the bug is fixed. The growing corpus lives in java-verifier/.cifuzz-corpus/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests install -pl java-verifier -am >/dev/null
targets=(
  "CodecFuzzTest#readerRefusesOnlyWithDecodeException"
  "CodecFuzzTest#streamingTreeAndShallowAgree"
  "CodecFuzzTest#jcsIsAFixedPoint"
  "VerifierFuzzTest#verifyNeverThrows"
  "VerifierFuzzTest#aChangedBodyByteIsNeverOk"
)
status=0
for t in "${targets[@]}"; do
  log="$(mktemp)"
  if JAZZER_FUZZ=1 mvn -B -pl java-verifier test -Dtest="$t" \
       -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    verdict=ok
  else
    verdict=FAILED; status=1
  fi
  done_line="$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)"
  echo "$t: $verdict: ${done_line:-no fuzzing summary}"
  [ "$verdict" = ok ] || grep -E "FuzzTest|Exception|Error" "$log" | head -20
  rm -f "$log"
done
exit $status
