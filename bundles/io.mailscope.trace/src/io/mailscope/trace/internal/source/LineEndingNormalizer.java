package io.mailscope.trace.internal.source;

/**
 * Turns CR-only line endings into LF as bytes go by, across chunk boundaries: a lone CR becomes LF, a CR LF pair
 * becomes one LF. Used only for inputs whose head has CRs and no LF, so line numbers are those of the original.
 */
final class LineEndingNormalizer {

    private boolean lastWasCr;

    /** Rewrites {@code bytes[0..length)} in place. @return the new length */
    int normalize(byte[] bytes, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b == '\r') {
                bytes[out++] = '\n';
                lastWasCr = true;
            } else {
                if (b != '\n' || !lastWasCr) {
                    bytes[out++] = b;
                }
                lastWasCr = false;
            }
        }
        return out;
    }
}
