#!/usr/bin/env bash
# Moves the API baseline that `mvn verify` checks binary compatibility against (japicmp, @Stable
# types only) to the API of the current sources. Run it when a release is cut, and commit the two
# jars it writes; see docs/releasing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:.*<ophamin.api.baseline>\(.*\)</ophamin.api.baseline>.*:\1:p' pom.xml)
mvn -q -B -o -pl java-verifier,java-emitter -am package -DskipTests -Djapicmp.skip=true
mkdir -p api/baseline
for module in java-verifier:ophamin-verifier java-emitter:ophamin-emitter; do
    dir=${module%%:*} artifact=${module##*:}
    out=$PWD/api/baseline/$artifact-$version.jar
    rm -f "$out"
    # class files only (the API), in a fixed order and with fixed times, so the jar is reproducible
    (cd "$dir/target/classes" && find . -name '*.class' | LC_ALL=C sort | sed 's:^\./::' > /tmp/ophamin-api-classes.txt \
        && jar --create --file "$out" --date 2026-11-22T00:00:00Z --no-manifest @/tmp/ophamin-api-classes.txt)
    echo "$out ($(jar --list --file "$out" | wc -l) classes)"
done
