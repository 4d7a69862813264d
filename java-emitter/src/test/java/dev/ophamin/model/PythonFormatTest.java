package dev.ophamin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ophamin.testing.PythonOracle;
import dev.ophamin.testing.RandomJson;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PythonFormat} against CPython's own {@code format()} and {@code str()} on random doubles. */
class PythonFormatTest {

    @Test
    void knownValues() {
        assertEquals("0.5", PythonFormat.g(0.5, 6));
        assertEquals("1e+06", PythonFormat.g(999999.5, 6));
        assertEquals("123457", PythonFormat.g(123456.7, 6));
        assertEquals("1.23457e+06", PythonFormat.g(1234567, 6));
        assertEquals("0.0001", PythonFormat.g(1e-4, 6));
        assertEquals("1e-05", PythonFormat.g(1e-5, 6));
        assertEquals("-0", PythonFormat.g(-0.0, 6));
        assertEquals("nan", PythonFormat.g(Double.NaN, 6));
        assertEquals("1,234,567", PythonFormat.grouped(1234567));
        assertEquals("63", PythonFormat.grouped(63));
        assertEquals("10.0", PythonFormat.str(10));
    }

    @Test
    void matchesCPythonOnRandomDoubles() throws Exception {
        RandomJson gen = new RandomJson(7);
        List<byte[]> in = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double x = gen.floating();
            xs.add(x);
            in.add(ByteBuffer.allocate(8).putDouble(x).array());
        }
        List<byte[]> out = PythonOracle.run(String.join("\n",
                "import struct",
                "for b in inputs():",
                "    x = struct.unpack('>d', b)[0]",
                "    answer(('%s|%s|%s' % (format(x, '.6g'), format(x, '.4g'), str(x))).encode())"), in);
        for (int i = 0; i < xs.size(); i++) {
            double x = xs.get(i);
            String expected = PythonOracle.text(out.get(i));
            String actual = PythonFormat.g(x, 6) + "|" + PythonFormat.g(x, 4) + "|" + PythonFormat.str(x);
            assertEquals(expected, actual, "x bits " + Long.toHexString(Double.doubleToRawLongBits(x)));
        }
    }
}
