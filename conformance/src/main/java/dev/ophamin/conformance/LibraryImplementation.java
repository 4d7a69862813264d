package dev.ophamin.conformance;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.Profile;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;

/** This kit's own library behind the protocol: the self-check every case must pass. */
public final class LibraryImplementation implements Implementation {
    @Override
    public Response canonicalize(String profile, byte[] input) {
        Profile p = switch (profile) {
            case "python-json" -> Profile.PYTHON_JSON;
            case "jcs" -> Profile.JCS;
            default -> null;
        };
        if (p == null) {
            return Response.unsupported();
        }
        try {
            return Response.ok(p.canonicalize(input));
        } catch (DecodeException e) {
            return Response.refused(e.violation().code());
        }
    }

    @Override
    public Response verify(byte[] key, byte[] record) {
        VerificationResult r = Verifier.builder().key(HmacKey.ofBytes("request", key)).build().verify(record);
        return r.ok() ? Response.ok(null) : Response.refused(r.reasons().isEmpty() ? "not ok" : r.reasons().get(0));
    }
}
