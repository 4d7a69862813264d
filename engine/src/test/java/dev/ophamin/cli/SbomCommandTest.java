package dev.ophamin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.testing.Cli;
import dev.ophamin.verify.Dsse;
import dev.ophamin.verify.Hex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ophamin sbom attest} and {@code verify}: signing an SBOM of artifacts and checking it. */
class SbomCommandTest {
    @TempDir
    Path tmp;
    Path sbom;
    Path jar;
    Path key;
    Path trusted;
    String publicKey;

    @BeforeEach
    void keyAndFiles() throws Exception {
        sbom = tmp.resolve("app-cyclonedx.json");
        Files.writeString(sbom, "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,"
                + "\"components\":[{\"type\":\"library\",\"name\":\"jackson-core\",\"version\":\"2.20.1\"}]}");
        jar = tmp.resolve("app.jar");
        Files.write(jar, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Path keys = Files.createDirectory(tmp.resolve("keys"));
        Cli gen = Cli.run("keys", "generate", "--author", "release@example.org", "--dir", keys.toString());
        assertEquals(0, gen.exit(), gen.err());
        try (var s = Files.list(keys)) {
            key = s.findFirst().orElseThrow();
        }
        publicKey = dev.ophamin.emit.AuthorKeyFile.read(key).publicKeyHex();
        trusted = tmp.resolve("trusted.json");
        Files.writeString(trusted, "{\"release@example.org\": \"" + publicKey + "\"}");
    }

    private Path attest() {
        Path out = tmp.resolve("sbom.intoto.json");
        Cli r = Cli.run("sbom", "attest", "--sbom", sbom.toString(), "--subject", jar.toString(),
                "--attest-key", key.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void anAttestationVerifiesAgainstItsSubjectAndAnotherEd25519Implementation() throws Exception {
        Path env = attest();
        Cli ok = Cli.run("sbom", "verify", env.toString(), "--trusted-authors", trusted.toString(),
                "--subject", jar.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("ok, signed by release@example.org; 1 subject(s), 1 checked"), ok.out());

        // the envelope as any DSSE verifier reads it: BouncyCastle over the PAE of the payload
        JsonObject e = (JsonObject) JsonReader.standard().read(Files.readAllBytes(env));
        byte[] payload = Base64.getDecoder().decode(((JsonString) e.get("payload")).value());
        JsonObject sig = (JsonObject) ((dev.ophamin.canonical.JsonArray) e.get("signatures")).get(0);
        Ed25519Signer bc = new Ed25519Signer();
        bc.init(false, new Ed25519PublicKeyParameters(Hex.decode(publicKey), 0));
        byte[] pae = Dsse.pae(Dsse.PAYLOAD_TYPE, payload);
        bc.update(pae, 0, pae.length);
        assertTrue(bc.verifySignature(Base64.getDecoder().decode(((JsonString) sig.get("sig")).value())));
        JsonObject statement = (JsonObject) JsonReader.standard().read(payload);
        assertEquals(new JsonString("https://cyclonedx.org/bom"), statement.get("predicateType"));
        assertTrue(new String(payload, StandardCharsets.UTF_8).contains(dev.ophamin.record.RecordKind.sha256Hex(
                Files.readAllBytes(jar))));
    }

    @Test
    void aChangedArtifactAnUntrustedAuthorOrATamperedPayloadFails() throws Exception {
        Path env = attest();
        Files.write(jar, new byte[] {'P', 'K', 3, 4, 9});
        Cli changed = Cli.run("sbom", "verify", env.toString(), "--trusted-authors", trusted.toString(),
                "--subject", jar.toString());
        assertEquals(1, changed.exit());
        assertTrue(changed.err().contains("app.jar: SHA-256 ") && changed.err().contains("differs"), changed.err());

        Path other = tmp.resolve("other.json");
        Files.writeString(other, "{\"someone-else\": \"" + "ab".repeat(32) + "\"}");
        Cli untrusted = Cli.run("sbom", "verify", env.toString(), "--trusted-authors", other.toString());
        assertEquals(1, untrusted.exit());
        assertTrue(untrusted.err().contains("no valid signature by a trusted author"), untrusted.err());

        JsonObject e = (JsonObject) JsonReader.standard().read(Files.readAllBytes(env));
        String payload = new String(Base64.getDecoder().decode(((JsonString) e.get("payload")).value()),
                StandardCharsets.UTF_8).replace("2.20.1", "2.20.2");
        Path tampered = tmp.resolve("tampered.json");
        Files.writeString(tampered, Files.readString(env).replace(((JsonString) e.get("payload")).value(),
                Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8))));
        Cli t = Cli.run("sbom", "verify", tampered.toString(), "--trusted-authors", trusted.toString());
        assertEquals(1, t.exit(), t.err());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path notSbom = tmp.resolve("not.json");
        Files.writeString(notSbom, "{\"bomFormat\":\"SPDX\"}");
        Path out = tmp.resolve("never.json");
        Cli r = Cli.run("sbom", "attest", "--sbom", notSbom.toString(), "--subject", jar.toString(),
                "--attest-key", key.toString(), "-o", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a CycloneDX JSON document"), r.err());
        assertTrue(!Files.exists(out), "nothing written");

        Cli missing = Cli.run("sbom", "verify", tmp.resolve("absent.json").toString(),
                "--trusted-authors", trusted.toString());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());

        Path garbage = tmp.resolve("garbage.json");
        Files.writeString(garbage, "{\"payloadType\": \"application/vnd.in-toto+json\", \"payload\": \"a b\"}");
        Cli bad = Cli.run("sbom", "verify", garbage.toString(), "--trusted-authors", trusted.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("envelope.payload: not canonical base64"), bad.err());
    }
}
