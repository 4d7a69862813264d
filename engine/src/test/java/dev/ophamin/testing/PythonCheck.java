package dev.ophamin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * python3's stdlib recomputes a record's id and HMAC as the reference does, and checks the file is
 * {@code json.dumps(record, indent=2)}: the independent check of every record kind the engine writes.
 */
public final class PythonCheck {
    private PythonCheck() {
    }

    /**
     * Asserts python accepts {@code record}; {@code spaced} hashes with json.dumps' default
     * separators (audits), else the compact ones.
     */
    public static void accepts(Path record, String idField, String key, boolean spaced) throws Exception {
        String dumps = spaced ? "json.dumps(body, sort_keys=True, default=str)"
                : "json.dumps(body, sort_keys=True, separators=(',', ':'))";
        String script = String.join("\n",
                "import hashlib, hmac, json, sys",
                "r = json.load(open(sys.argv[1]))",
                "body = {k: v for k, v in r.items() if k not in (sys.argv[2], 'signature')}",
                "c = " + dumps + ".encode()",
                "assert hashlib.sha256(c).hexdigest() == r[sys.argv[2]], 'id'",
                "assert hmac.compare_digest(hmac.new(sys.argv[3].encode(), c, 'sha256').hexdigest(), r['signature']), 'sig'",
                "assert open(sys.argv[1], 'rb').read() == json.dumps(r, indent=2).encode(), 'layout'",
                "print('ok')");
        Process p = new ProcessBuilder("python3", "-c", script, record.toString(), idField, key)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals("ok", out.strip(), record + ": " + out);
    }
}
