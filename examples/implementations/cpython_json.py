#!/usr/bin/env python3
"""CPython's json module behind spec/IMPLEMENTATION_PROTOCOL.md, applied as the Python reference
applies it (stdlib only). Its conformance table shows exactly where CPython and the spec
deliberately differ: CPython keeps the last of repeated keys, for instance, where the spec refuses.

canonicalize python-json: json.loads of the UTF-8 text, json.dumps(sort_keys=True, compact).
canonicalize jcs: unsupported. verify: the reference's rules (id and HMAC over the canonical body,
audits with the spaced separators; DSSE envelopes by their PAE HMAC and subject digest, with
base64 read as the reference reads it, by base64.b64decode without validation). A record with an
ed25519 attestation is answered unsupported: PyNaCl, which the reference checks it with, is not
stdlib.
"""
import base64
import hashlib
import hmac
import json
import sys

ID_FIELDS = ("proof_id", "audit_id", "campaign_id", "alert_id", "scan_id")


def canonical(obj, spaced=False):
    if spaced:
        return json.dumps(obj, sort_keys=True).encode("utf-8")
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


def verify(key, raw):
    r = json.loads(raw.decode("utf-8"))
    if not isinstance(r, dict):
        return "refused not a record"
    if "payloadType" in r:
        return verify_envelope(key, r)
    field = next((f for f in ID_FIELDS if f in r), None)
    if field is None:
        return "refused not a record"
    if "attestation" in r:
        return "unsupported"
    drop = (field, "signature", "attestation") if field == "proof_id" else (field, "signature")
    body = {k: v for k, v in r.items() if k not in drop}
    c = canonical(body, spaced=field == "audit_id")
    if hashlib.sha256(c).hexdigest() != r[field]:
        return "refused id does not match"
    sig = r.get("signature", "")
    if not isinstance(sig, str) or not sig:
        return "refused unsigned"
    if not hmac.compare_digest(hmac.new(key, c, "sha256").hexdigest(), sig):
        return "refused signature does not match"
    return "ok"


def verify_envelope(key, env):
    payload = base64.b64decode(env["payload"])
    ptype = env["payloadType"].encode("utf-8")
    pae = b"DSSEv1 %d %s %d %s" % (len(ptype), ptype, len(payload), payload)
    expected = hmac.new(key, pae, "sha256").digest()
    if not any(s.get("sig") and hmac.compare_digest(expected, b64_or_none(s["sig"]) or b"")
               for s in env.get("signatures", [])):
        return "refused envelope signature does not match"
    statement = json.loads(payload)
    proof = statement["predicate"]["body"]
    digest = statement["subject"][0]["digest"]["sha256"]
    if hashlib.sha256(canonical(proof)).hexdigest() != digest:
        return "refused subject digest does not match"
    return "ok"


def b64_or_none(text):
    try:
        return base64.b64decode(text)
    except ValueError:
        return None


def answer(line):
    words = line.split(" ")
    if len(words) == 3 and words[0] == "canonicalize":
        if words[1] != "python-json":
            return "unsupported"
        try:
            out = canonical(json.loads(base64.b64decode(words[2]).decode("utf-8")))
        except (ValueError, RecursionError) as e:
            return "refused " + type(e).__name__
        return "ok " + base64.b64encode(out).decode("ascii")
    if len(words) == 3 and words[0] == "verify":
        try:
            return verify(base64.b64decode(words[1]), base64.b64decode(words[2]))
        except (ValueError, KeyError, TypeError, IndexError, AttributeError) as e:
            return "refused " + type(e).__name__
    return "unsupported"


def main():
    for line in sys.stdin:
        sys.stdout.write(answer(line.rstrip("\n")) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
