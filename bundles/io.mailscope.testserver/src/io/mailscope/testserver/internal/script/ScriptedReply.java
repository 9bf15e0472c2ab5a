package io.mailscope.testserver.internal.script;

import java.time.Duration;
import java.util.List;

/**
 * One scripted reply: to a command verb (or the greeting), under a condition, after a delay, with an action.
 *
 * @param command the upper-case verb it answers ({@code STAT}, {@code MAIL}, {@code LOGIN}; {@code .} is the end of an
 *            SMTP message; {@code GREETING} for the greeting)
 * @param when when it applies
 * @param lines the reply lines; empty means "the built-in reply" (useful with cut and drip)
 * @param delay waited before the reply
 * @param action what to do with it
 * @param cutAfterBytes for {@link ReplyAction#CUT}: bytes of the reply sent before the connection is closed
 */
public record ScriptedReply(String command, Condition when, List<String> lines, Duration delay, ReplyAction action, int cutAfterBytes) {

    /** The verb of the greeting pseudo-command. */
    public static final String GREETING = "GREETING"; //$NON-NLS-1$
    /** The verb of the end of an SMTP message (the "." line after DATA). */
    public static final String END_OF_DATA = "."; //$NON-NLS-1$

    public ScriptedReply {
        lines = List.copyOf(lines);
    }

    /** @return true if the built-in reply is used */
    public boolean usesBuiltInReply() {
        return lines.isEmpty();
    }
}
