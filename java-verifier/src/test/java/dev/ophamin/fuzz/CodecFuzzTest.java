package dev.ophamin.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ophamin.DecodeException;
import dev.ophamin.canonical.CanonicalDocument;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.Profile;
import dev.ophamin.canonical.TreeCut;

/**
 * Coverage-guided fuzzing of the codec (Jazzer). In a normal build each target runs its committed
 * inputs (src/test/resources/dev/ophamin/fuzz/CodecFuzzTestInputs/...); with JAZZER_FUZZ=1 it
 * fuzzes (bench/fuzz.sh). Any exception other than DecodeException, or a broken invariant, is a
 * finding.
 */
class CodecFuzzTest {
    private static final JsonReader READER = JsonReader.standard();

    /** Only DecodeException leaves the reader; a document it reads, it reads the same twice. */
    @FuzzTest(maxDuration = "20s")
    void readerRefusesOnlyWithDecodeException(byte[] input) {
        try {
            JsonValue v = READER.read(input);
            assertEquals(v, READER.read(input));
        } catch (DecodeException e) {
            // a refusal is an answer
        }
    }

    /**
     * The streaming encoder and the tree agree on every input: the same bytes, or both refuse;
     * the canonical bytes are a fixed point, read back to an equal value, and the shallow read's
     * bytes are the same and its tree is the whole tree's top.
     */
    @FuzzTest(maxDuration = "20s")
    void streamingTreeAndShallowAgree(byte[] input) throws DecodeException {
        byte[] streamed;
        try {
            streamed = Profile.PYTHON_JSON.canonicalize(input);
        } catch (DecodeException e) {
            String viaTree;
            try {
                Profile.PYTHON_JSON.encode(READER.read(input));
                viaTree = "accepted";
            } catch (DecodeException t) {
                viaTree = "refused";
            }
            assertEquals("refused", viaTree, "streaming refused (" + e.getMessage() + ") but the tree accepted");
            return;
        }
        JsonValue v = READER.read(input);
        assertArrayEquals(Profile.PYTHON_JSON.encode(v), streamed, "streaming and tree bytes");
        assertArrayEquals(streamed, Profile.PYTHON_JSON.canonicalize(streamed), "canonical output is a fixed point");
        assertEquals(v, READER.read(streamed), "canonical output reads back to an equal value");
        CanonicalDocument shallow = READER.readCanonical(input, 2);
        assertArrayEquals(streamed, shallow.canonical(), "the shallow read's bytes");
        assertEquals(TreeCut.cut(v, 2), shallow.value(), "the shallow read's tree");
    }

    /** JCS output, when there is one, is a fixed point of JCS. */
    @FuzzTest(maxDuration = "20s")
    void jcsIsAFixedPoint(byte[] input) {
        byte[] once;
        try {
            once = Profile.JCS.encode(READER.read(input));
        } catch (DecodeException e) {
            return;
        }
        try {
            assertArrayEquals(once, Profile.JCS.encode(READER.read(once)));
        } catch (DecodeException e) {
            throw new AssertionError("JCS refused its own output: " + e.getMessage(), e);
        }
    }
}
