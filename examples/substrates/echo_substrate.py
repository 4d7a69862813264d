#!/usr/bin/env python3
"""A minimal substrate speaking spec/SUBSTRATE_PROTOCOL.md (stdlib only), used by the tests.

Measurements: phi (a deterministic function of the text), blocked (1 when the text looks like an
attack), energy and load (accumulated over the process's life). Timings: latency_ms (computed,
not measured, so runs are reproducible).

Test hooks, triggered by the stimulus text: "CRASH" exits at once with code 3; "HANG" never
answers; "GARBAGE" answers with a line that is not JSON; "REFUSE" answers ok=false.
"""
import hashlib
import json
import os
import sys
import time


def main():
    load = 0.0
    energy = 1.0
    for line in sys.stdin:
        msg = json.loads(line)
        op = msg.get("op")
        if op == "hello":
            # source_dir: the code under test, which run-all's auditing phase audits
            reply = {"ok": True, "name": "echo", "version_anchor": "echo-substrate-1", "protocol": 1,
                     "source_dir": os.path.dirname(os.path.abspath(__file__))}
        elif op == "reset":
            load, energy = 0.0, 1.0
            reply = {"ok": True}
        elif op == "cycle":
            text = msg.get("text", "")
            if "CRASH" in text:
                sys.stderr.write("echo substrate: crashing on purpose\n")
                sys.exit(3)
            if "HANG" in text:
                time.sleep(3600)
            if "GARBAGE" in text:
                sys.stdout.write("this is not json\n")
                sys.stdout.flush()
                continue
            if "REFUSE" in text:
                reply = {"ok": False, "error": "refused on purpose"}
            else:
                rate = float(msg.get("params", {}).get("injection_rate", 1.0))
                load += rate * (1 + len(text) / 1000.0)
                energy = max(0.0, min(1.0, energy - 0.001 * rate + 0.0005))
                digest = hashlib.sha256(text.encode("utf-8")).digest()
                phi = 0.4 + digest[0] / 255.0 * 0.2
                blocked = 1 if any(m in text.lower() for m in ("'", "<script", "../", "drop table", "$(")) else 0
                reply = {"ok": True,
                         "measurements": {"phi": phi, "blocked": blocked, "energy": energy, "load": load},
                         "timings": {"latency_ms": 1.0 + len(text) / 100.0}}
        elif op == "snapshot":
            reply = {"ok": True, "state": {"load": load, "energy": energy}}
        else:
            reply = {"ok": False, "error": "unknown op %r" % op}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
