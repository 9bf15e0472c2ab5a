package io.mailscope.trace.internal.bytes;

/**
 * ASCII tests on the bytes of a line, shared by the byte readers of trace formats (the record index's structural
 * pass and the import's routine triage), which must agree with the String-based parsers on what they accept.
 */
public final class AsciiBytes {

    private AsciiBytes() {
    }

    /** @return true for an ASCII hex digit, as {@code Character.digit(c, 16) >= 0} for ASCII */
    public static boolean hex(byte c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** @return true when {@code t[from..to-1]} ends with {@code lowerSuffix}, ASCII letters compared without case */
    public static boolean endsWithIgnoreCase(byte[] t, int from, int to, byte[] lowerSuffix) {
        int at = to - lowerSuffix.length;
        if (at < from) {
            return false;
        }
        for (int k = 0; k < lowerSuffix.length; k++) {
            byte c = t[at + k];
            if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != lowerSuffix[k]) {
                return false;
            }
        }
        return true;
    }
}
