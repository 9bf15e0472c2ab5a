package io.mailscope.trace.protocol;

/**
 * Reads the literals of one side of a session line by line: counts a literal's octets across lines; when a literal
 * ends inside a line, the rest of that line continues the command or response (and may announce the next literal);
 * when it ends with a line, the next line is that rest (RFC 9051 4.3: the literal is followed by the rest of the
 * line, at least its CRLF). Not thread-safe.
 */
final class LiteralReader {

    private long remaining;
    /** The literal ended with a line: the next line is the rest of the command or response line. */
    private boolean rest;

    /** @return true while the next line belongs to a literal or to the line the literal is part of */
    boolean active() {
        return remaining > 0 || rest;
    }

    /** @return true once a literal's octets are announced and none has been read yet or some remain */
    boolean reading() {
        return remaining > 0;
    }

    /** Starts a literal the line just read announced (0 octets: nothing to read, the line continues at once). */
    void start(Literal literal) {
        remaining = literal.octets();
        rest = literal.octets() == 0;
    }

    /**
     * Reads one line of the literal, or the rest of the line after it.
     *
     * @return true when the rest of the line announced another synchronising literal ({@code {n}}, as the second
     *         literal of {@code LOGIN {5} / alice {7}}): its sender waits for the peer's "+" before sending it
     */
    boolean read(String line) {
        if (rest) {
            rest = false;
            return startAfter(line);
        }
        long octets = Literal.lineOctets(line);
        if (octets <= remaining) {
            remaining -= octets;
            rest = remaining == 0;
            return false;
        }
        String after = Literal.after(line, remaining);
        remaining = 0;
        return startAfter(after);
    }

    private boolean startAfter(String restOfLine) {
        Literal next = Literal.atEnd(restOfLine);
        if (next != null) {
            start(next);
            return next.synchronizing() && reading();
        }
        return false;
    }

    /** Forgets the literal: its command was answered (refused before the data came, or read whole). */
    void clear() {
        remaining = 0;
        rest = false;
    }
}
