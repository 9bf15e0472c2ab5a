package io.mailscope.headless.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Text output for a terminal: control characters copied from a trace (ESC sequences that retitle or colour the
 * terminal, CR and BS that overwrite lines, C1 controls) are shown as {@code \x1b}, {@code \r}, {@code \x08}, …;
 * line feeds and tabs stay. A backslash stays as it is (the escapes are for reading, not for decoding).
 */
public final class ControlCharacterWriter extends FilterWriter {

    public ControlCharacterWriter(Writer out) {
        super(out);
    }

    /** @return text with control characters shown escaped */
    public static String neutralise(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escape(c);
            if (escaped != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (escaped != null) {
                    b.append(escaped);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    private static String escape(char c) {
        if (c == '\n' || c == '\t') {
            return null;
        }
        if (c == '\r') {
            return "\\r"; //$NON-NLS-1$
        }
        if (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f) {
            return String.format(Locale.ROOT, "\\x%02x", Integer.valueOf(c)); //$NON-NLS-1$
        }
        return null;
    }

    @Override
    public void write(int c) throws IOException {
        String escaped = escape((char) c);
        if (escaped == null) {
            out.write(c);
        } else {
            out.write(escaped);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(neutralise(text.substring(offset, offset + length)));
    }
}
