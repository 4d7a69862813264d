#!/bin/sh
# This kit's own library behind spec/IMPLEMENTATION_PROTOCOL.md: the self-check, every case ok.
# Usage: ophamin conformance --implementation examples/implementations/ophamin-java.sh
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/engine/target/ophamin-cli.jar"
[ -f "$jar" ] || { echo "ophamin-java.sh: build the CLI first (./ophamin --version)" >&2; exit 2; }
exec java -XX:+UseSerialGC -cp "$jar" dev.ophamin.conformance.LibraryAdapter
