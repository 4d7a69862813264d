package dev.ophamin.verify;

import dev.ophamin.Stable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 key with a label that says where it came from ({@code default}, {@code --key #2},
 * a file name). Immutable and thread-safe; MACs are computed with the JDK's SunJCE provider.
 */
@Stable
public final class HmacKey {

    private final String label;
    private final SecretKeySpec spec;
    private final ThreadLocal<Mac> mac;

    private HmacKey(String label, byte[] key) {
        this.label = Objects.requireNonNull(label, "label");
        // an empty HMAC key is legal (RFC 2104) but SecretKeySpec refuses it; pad per RFC 2104
        this.spec = new SecretKeySpec(key.length == 0 ? new byte[1] : key.clone(), "HmacSHA256");
        this.mac = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * {@return a key given as text; its UTF-8 bytes are the key, as the reference encodes its keys}
     *
     * @param label how results name the key
     * @param text the key text
     */
    public static HmacKey ofText(String label, String text) {
        return new HmacKey(label, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@return a key given as raw bytes}
     *
     * @param label how results name the key
     * @param key the key bytes (copied)
     */
    public static HmacKey ofBytes(String label, byte[] key) {
        return new HmacKey(label, key);
    }

    /**
     * {@return a key given as hex digits (either case)}
     *
     * @param label how results name the key
     * @param hex the key as hex digits
     */
    public static HmacKey ofHex(String label, String hex) {
        return new HmacKey(label, Hex.decode(hex));
    }

    /** {@return where the key came from, as results report it} */
    public String label() {
        return label;
    }

    /**
     * {@return HMAC-SHA256 of {@code data[off, off+len)}}
     *
     * @param data the array holding the message
     * @param off index of its first byte
     * @param len its length
     */
    public byte[] mac(byte[] data, int off, int len) {
        Mac m = mac.get();
        m.update(data, off, len);
        return m.doFinal();
    }

    /**
     * {@return lower-case hex HMAC-SHA256 of {@code data[off, off+len)}}
     *
     * @param data the array holding the message
     * @param off index of its first byte
     * @param len its length
     */
    public String hexMac(byte[] data, int off, int len) {
        return Hex.encode(mac(data, off, len));
    }

    /**
     * True iff {@code hexSignature} is the lower-case hex of the MAC of the data; compared in
     * constant time. Upper- or mixed-case hex does not match: the reference compares the hex text,
     * so a record it refuses must not verify here.
     *
     * @param data the array holding the message
     * @param off index of its first byte
     * @param len its length
     * @param hexSignature the signature as the record states it
     * @return true when it matches
     */
    public boolean matches(byte[] data, int off, int len, String hexSignature) {
        // the hex texts are compared, as the reference's hmac.compare_digest(expected_hex, signature) does;
        // MessageDigest.isEqual is constant-time for equal lengths (JDK 6u17+)
        byte[] expected = hexMac(data, off, len).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return hexSignature != null
                && MessageDigest.isEqual(expected, hexSignature.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(spec);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "HmacKey[" + label + "]";
    }
}
