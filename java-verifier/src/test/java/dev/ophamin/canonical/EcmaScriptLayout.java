package dev.ophamin.canonical;

/**
 * The test's own ECMAScript Number::toString layout, computed from the digits of a Python repr
 * (not from the codec's digits), so the jcs layout is checked against an independent source.
 */
final class EcmaScriptLayout {
    private EcmaScriptLayout() {
    }

    /** ES text of the finite double whose Python repr is {@code repr}. */
    static String fromPythonRepr(String repr) {
        String sign = "";
        if (repr.startsWith("-")) {
            sign = "-";
            repr = repr.substring(1);
        }
        int e = repr.indexOf('e');
        String mant = e < 0 ? repr : repr.substring(0, e);
        int exp = e < 0 ? 0 : Integer.parseInt(repr.substring(e + 1));
        int dot = mant.indexOf('.');
        String ip = dot < 0 ? mant : mant.substring(0, dot);
        String digits = dot < 0 ? mant : ip + mant.substring(dot + 1);
        int point = ip.length() + exp; // value = 0.<digits> x 10^point
        int lead = 0;
        while (lead < digits.length() && digits.charAt(lead) == '0') {
            lead++;
        }
        if (lead == digits.length()) {
            return "0"; // zero of either sign
        }
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(lead, end);
        point -= lead;
        int k = digits.length();
        int n = point;
        String body;
        if (k <= n && n <= 21) {
            body = digits + "0".repeat(n - k);
        } else if (0 < n && n <= 21) {
            body = digits.substring(0, n) + "." + digits.substring(n);
        } else if (-6 < n && n <= 0) {
            body = "0." + "0".repeat(-n) + digits;
        } else {
            int x = n - 1;
            body = digits.charAt(0) + (k > 1 ? "." + digits.substring(1) : "") + "e" + (x > 0 ? "+" : "-") + Math.abs(x);
        }
        return sign + body;
    }
}
