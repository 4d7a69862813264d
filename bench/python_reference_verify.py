#!/usr/bin/env python3
"""Verifies records the way the Python reference does: load, canonical dump (audits with the
default spaced separators), sha256 id check, constant-time HMAC compare, and, where PyNaCl is
installed (as the reference uses it), the ed25519 attestation over the same body bytes. Prints
'<records> <ok> <bytes> <seconds> <attestations checked>' for the time spent verifying (file
reading included).

Usage: python_reference_verify.py KEY_TEXT FILE...   (or a single directory, walked for *.json)
       python_reference_verify.py --steady PASSES KEY_TEXT FILE...
         reads the files once, verifies all of them PASSES times in this process and prints
         '<records> <ok> <bytes> <best pass seconds> <MB/s of the best pass>' (steady state)
"""
import hashlib
import hmac
import json
import os
import sys
import time

try:
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey
except ImportError:
    VerifyKey = None

DEFAULT_KEYS = {"proof_id": b"ophamin-scenario-proof-key", "audit_id": b"ophamin-audit-default-key",
                "campaign_id": b"ophamin-scenario-proof-key", "alert_id": b"ophamin-scenario-proof-key",
                "scan_id": b"ophamin-drift-default-key"}


def verify(raw, extra_key):
    r = json.loads(raw)
    for field, key in DEFAULT_KEYS.items():
        if field in r:
            break
    else:
        return False
    drop = (field, "signature", "attestation") if field == "proof_id" else (field, "signature")
    body = {k: v for k, v in r.items() if k not in drop}
    if field == "audit_id":
        c = json.dumps(body, sort_keys=True).encode()
    else:
        c = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    if hashlib.sha256(c).hexdigest() != r[field]:
        return False
    sig = r.get("signature", "")
    if not any(hmac.compare_digest(hmac.new(k, c, "sha256").hexdigest(), sig) for k in (key, extra_key)):
        return False
    att = r.get("attestation")
    if att is not None and VerifyKey is not None:
        try:
            VerifyKey(bytes.fromhex(att["public_key"])).verify(c, bytes.fromhex(att["signature"]))
        except (BadSignatureError, ValueError, KeyError, TypeError):
            return False
    return True


def steady(passes, extra, paths):
    raws = []
    for p in paths:
        with open(p, "rb") as f:
            raws.append(f.read())
    size = sum(len(r) for r in raws)
    best, ok = None, 0
    for _ in range(passes):
        t0 = time.perf_counter()
        ok = sum(1 for r in raws if verify(r, extra))
        t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    print(len(raws), ok, size, "%.6f" % best, "%.1f" % (size / 1048576 / best))


def main():
    if sys.argv[1] == "--steady":
        return steady(int(sys.argv[2]), sys.argv[3].encode(), sys.argv[4:])
    extra = sys.argv[1].encode()
    paths = sys.argv[2:]
    if len(paths) == 1 and os.path.isdir(paths[0]):
        paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(paths[0]) for f in fs if f.endswith(".json"))
    t0 = time.perf_counter()
    ok = n = size = 0
    for p in paths:
        with open(p, "rb") as f:
            raw = f.read()
        size += len(raw)
        n += 1
        try:
            ok += verify(raw, extra)
        except ValueError:
            pass
    print(n, ok, size, "%.6f" % (time.perf_counter() - t0), "yes" if VerifyKey is not None else "no")


if __name__ == "__main__":
    main()
