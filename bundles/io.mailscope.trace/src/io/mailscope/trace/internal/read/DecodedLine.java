package io.mailscope.trace.internal.read;

/**
 * One physical line, decoded.
 *
 * @param number 1-based line number
 * @param offset byte offset of its first byte
 * @param text decoded text without the line terminator (CR LF, LF or a lone CR at the end are removed)
 * @param byteLength length in bytes including the terminator
 * @param invalidBytes true when bytes that are not UTF-8 were replaced by U+FFFD
 * @param truncatedFromBytes the original length in bytes when the line was cut to the limit, else 0
 * @param binary true when the line holds NUL bytes or more than 10% control characters (binary content)
 */
public record DecodedLine(int number, long offset, String text, int byteLength, boolean invalidBytes,
        long truncatedFromBytes, boolean binary) {
}
