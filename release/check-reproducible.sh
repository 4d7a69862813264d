#!/usr/bin/env bash
# Builds the current commit twice, in two fresh clones at different paths, and compares every
# artifact byte for byte: each module's jar, sources and javadoc jars, CycloneDX SBOMs, the BOM,
# and the CLI jar. Exit 0 when all are identical, 1 naming the ones that differ, 2 on a build
# failure. Usage: release/check-reproducible.sh [work-dir]   (CI runs it; see docs/releasing.md)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d /tmp/ophamin-repro.XXXXXX)}
commit=$(git -C "$repo" rev-parse HEAD)
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    echo "check-reproducible: note: uncommitted changes are not built; checking $commit" >&2
fi

build() { # $1: directory to clone into
    git clone -q "$repo" "$1"
    git -C "$1" checkout -q "$commit"
    # a later time for the second build: nothing may depend on when it runs
    (cd "$1" && mvn -B -q package -DskipTests -Djapicmp.skip=true > "$1.log" 2>&1) \
        || { echo "check-reproducible: the build in $1 failed; see $1.log" >&2; exit 2; }
}
build "$work/a"
sleep 2
build "$work/b-elsewhere"

cd "$work/a"
mapfile -t outputs < <(find . -path ./.git -prune -o -type f -path '*/target/*' \
    \( -name '*.jar' -o -name '*-cyclonedx.json' \) -print | LC_ALL=C sort)
mapfile -t poms < <(find . -path ./.git -prune -o -name pom.xml -path './bom/*' -print)
differ=0
for f in "${outputs[@]}" "${poms[@]}"; do
    if ! cmp -s "$f" "$work/b-elsewhere/$f"; then
        echo "DIFFERS $f"
        differ=$((differ + 1))
    fi
done
echo "check-reproducible: $commit: ${#outputs[@]} artifacts compared, $differ differ"
[ "$differ" -eq 0 ]
