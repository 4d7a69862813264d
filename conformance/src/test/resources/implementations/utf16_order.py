#!/usr/bin/env python3
"""A deliberately broken implementation for the harness's tests: CPython's json, but with object
keys ordered by UTF-16 code units (as RFC 8785 orders them) instead of by code points, which the
python-json profile requires. The two orders differ only when an object holds a key with a
character above U+FFFF and another with one in U+E000..U+FFFF at the first position they differ."""
import base64
import json
import sys


def utf16(obj):
    # plain loops, one frame per level, so nesting CPython's json accepts is not refused here
    if isinstance(obj, dict):
        out = {}
        for k in sorted(obj, key=lambda k: k.encode("utf-16-be", "surrogatepass")):
            out[k] = utf16(obj[k])
        return out
    if isinstance(obj, list):
        out = []
        for v in obj:
            out.append(utf16(v))
        return out
    return obj


for line in sys.stdin:
    words = line.rstrip("\n").split(" ")
    if len(words) == 3 and words[0] == "canonicalize" and words[1] == "python-json":
        try:
            obj = json.loads(base64.b64decode(words[2]).decode("utf-8"))
            out = json.dumps(utf16(obj), separators=(",", ":")).encode("utf-8")
            sys.stdout.write("ok " + base64.b64encode(out).decode("ascii") + "\n")
        except (ValueError, RecursionError):
            sys.stdout.write("refused parse\n")
    else:
        sys.stdout.write("unsupported\n")
    sys.stdout.flush()
