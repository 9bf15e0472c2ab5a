package io.mailscope.trace.spi;

/**
 * Where an event came from in the source.
 *
 * @param firstLine first 1-based source line
 * @param lastLine last source line (same as firstLine for a single line; larger for a joined wrapped line)
 * @param offset byte offset of the first line
 * @param time the timestamp the source printed for it, as printed, or null
 */
public record Span(int firstLine, int lastLine, long offset, String time) {

    public static Span of(SourceLine line) {
        return new Span(line.number(), line.number(), line.offset(), null);
    }

    public static Span of(SourceLine line, String time) {
        return new Span(line.number(), line.number(), line.offset(), time);
    }

    public Span withLastLine(int last) {
        return new Span(firstLine, Math.max(lastLine, last), offset, time);
    }

    public Span withTime(String newTime) {
        return new Span(firstLine, lastLine, offset, newTime);
    }

    /** @return {@code L12} or {@code L12-13} */
    public String label() {
        return firstLine == lastLine ? "L" + firstLine : "L" + firstLine + "-" + lastLine; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
