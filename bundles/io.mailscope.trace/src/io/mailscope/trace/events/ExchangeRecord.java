package io.mailscope.trace.events;

import java.util.ArrayList;
import java.util.List;

import io.mailscope.model.Protocol;

/**
 * A command and its reply lines (or the server's greeting, with no command), immutable: what rules receive for every
 * exchange of a trace, however large the trace. The model keeps only some exchanges (those near a failure, and all
 * of a small trace); this record is all a rule needs and nothing else changes it.
 *
 * @param session the session when the exchange completed (or was abandoned)
 * @param verb the command's verb, upper case ({@code STAT}, {@code UID}), {@link #GREETING} for the greeting and
 *            {@link #UNSOLICITED} for server lines that answer no command the trace shows
 * @param tag the IMAP tag, or null
 * @param command the client's command line, or null for a greeting or unsolicited reply
 * @param replies the reply lines in order (server lines, and client continuation lines such as SASL data or a
 *            message body); long bodies are cut, see {@link #droppedBodyLines()}
 * @param complete true when the reply was complete; false for an exchange that was abandoned (the session ended or
 *            was cut before the reply was complete)
 * @param droppedBodyLines message body lines not kept in {@link #replies()} (they remain in the source)
 */
public record ExchangeRecord(SessionInfo session, String verb, String tag, Line command, List<Line> replies,
        boolean complete, int droppedBodyLines) implements Located {

    /** Verb of the server's greeting. */
    public static final String GREETING = "GREETING"; //$NON-NLS-1$
    /** Verb of server lines that answer no command seen in the trace. */
    public static final String UNSOLICITED = "UNSOLICITED"; //$NON-NLS-1$

    public ExchangeRecord {
        verb = verb == null ? "" : verb; //$NON-NLS-1$
        replies = List.copyOf(replies);
    }

    /** @return the session's protocol */
    public Protocol protocol() {
        return session.protocol();
    }

    /** @return true for the server's greeting */
    public boolean isGreeting() {
        return command == null && GREETING.equals(verb);
    }

    /** @return the command's text, or "" for a greeting */
    public String commandText() {
        return command == null ? "" : command.text(); //$NON-NLS-1$
    }

    /** @return the first reply line, or null */
    public Line firstReplyLine() {
        return replies.isEmpty() ? null : replies.get(0);
    }

    /** @return the last reply line, or null */
    public Line lastReplyLine() {
        return replies.isEmpty() ? null : replies.get(replies.size() - 1);
    }

    /** @return the first reply line's text, or "" */
    public String firstReply() {
        return replies.isEmpty() ? "" : replies.get(0).text(); //$NON-NLS-1$
    }

    /** @return the last reply line's text, or "" */
    public String lastReply() {
        return replies.isEmpty() ? "" : replies.get(replies.size() - 1).text(); //$NON-NLS-1$
    }

    /** @return the command line (if any) followed by all reply lines: the usual evidence for an exchange */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>(replies.size() + 1);
        if (command != null) {
            lines.add(command);
        }
        lines.addAll(replies);
        return lines;
    }

    private Line firstOfAll() {
        return command != null ? command : firstReplyLine();
    }

    @Override
    public int firstLine() {
        Line first = firstOfAll();
        return first == null ? 0 : first.firstLine();
    }

    @Override
    public int lastLine() {
        int last = firstLine();
        for (Line line : replies) {
            last = Math.max(last, line.lastLine());
        }
        return last;
    }

    @Override
    public long offset() {
        Line first = firstOfAll();
        return first == null ? 0 : first.offset();
    }

    @Override
    public String time() {
        Line first = firstOfAll();
        return first == null ? null : first.time();
    }

    /** @return the command's text, or the first reply's for a greeting */
    @Override
    public String text() {
        return command != null ? command.text() : firstReply();
    }
}
