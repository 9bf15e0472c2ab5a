package io.mailscope.testserver.internal.script;

import java.util.Locale;

/** What the server does with a scripted reply (the {@code action} attribute). */
public enum ReplyAction {
    /** Send the reply (the scripted lines, or the built-in reply when none are given). */
    REPLY("reply"), //$NON-NLS-1$
    /** Send the reply lines, if any, then close the connection. */
    CLOSE("close"), //$NON-NLS-1$
    /** Start the reply (scripted or built-in) and close the connection after {@code cutAfterBytes} bytes of it. */
    CUT("cut"), //$NON-NLS-1$
    /** Send the reply lines, if any, then never answer again (the connection stays open until the client leaves). */
    HANG("hang"), //$NON-NLS-1$
    /** Send the reply (scripted or built-in) one byte a second. */
    DRIP("drip"), //$NON-NLS-1$
    /** Send the first reply line's text and then characters without end, never a line end. */
    ENDLESS_LINE("endless-line"), //$NON-NLS-1$
    /** Send the reply lines (e.g. "220 Ready to start TLS"), read the start of the client's TLS handshake, then close. */
    TLS_DROP("tls-drop"); //$NON-NLS-1$

    private final String key;

    ReplyAction(String key) {
        this.key = key;
    }

    /** @return the attribute value */
    public String key() {
        return key;
    }

    /** @return the action named {@code key}, or null */
    public static ReplyAction of(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (ReplyAction a : values()) {
            if (a.key.equals(k)) {
                return a;
            }
        }
        return null;
    }
}
