package io.mailscope.headless.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.mailscope.report.TextStyle;
import io.mailscope.report.TextStyle.Highlight;

/**
 * Text output for a terminal: control characters copied from a trace (ESC sequences that retitle or colour the
 * terminal, CR and BS that overwrite lines, C1 controls) are shown as {@code \x1b}, {@code \r}, {@code \x08}, …;
 * line feeds and tabs stay. A backslash stays as it is (the escapes are for reading, not for decoding).
 * <p>
 * Coloured output ({@code --color}) keeps exactly the sequences the report's {@link TextStyle} wraps highlighted text
 * in, and nothing else; the highlighted text itself is neutralised before it is wrapped ({@link #neutralising}).
 */
public final class ControlCharacterWriter extends FilterWriter {

    /** The sequences of the style in use that stay as they are, longest first. */
    private final List<String> kept;

    public ControlCharacterWriter(Writer out) {
        this(out, TextStyle.PLAIN);
    }

    /** @param style the style whose own highlighting sequences are written as they are */
    public ControlCharacterWriter(Writer out, TextStyle style) {
        super(out);
        this.kept = styleSequences(style);
    }

    /** @return the style applied to text whose control characters are neutralised first */
    public static TextStyle neutralising(TextStyle style) {
        return style == TextStyle.PLAIN ? style : (highlight, text) -> style.apply(highlight, neutralise(text));
    }

    private static List<String> styleSequences(TextStyle style) {
        Set<String> sequences = new LinkedHashSet<>();
        String marker = "X"; //$NON-NLS-1$ // no character of an SGR sequence ("ESC [ digits ; m")
        for (Highlight h : Highlight.values()) {
            String styled = style.apply(h, marker);
            int at = styled.indexOf(marker);
            for (String part : new String[] { styled.substring(0, at), styled.substring(at + marker.length()) }) {
                if (!part.isEmpty()) {
                    sequences.add(part);
                }
            }
        }
        return sequences.stream().sorted((a, b) -> b.length() - a.length()).toList();
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
        String part = text.substring(offset, offset + length);
        if (kept.isEmpty() || part.indexOf('\u001b') < 0) {
            out.write(neutralise(part));
            return;
        }
        int from = 0;
        for (int i = part.indexOf('\u001b'); i >= 0; i = part.indexOf('\u001b', i + 1)) {
            for (String sequence : kept) {
                if (part.startsWith(sequence, i)) {
                    out.write(neutralise(part.substring(from, i)));
                    out.write(sequence);
                    from = i + sequence.length();
                    i = from - 1;
                    break;
                }
            }
        }
        out.write(neutralise(part.substring(from)));
    }
}
