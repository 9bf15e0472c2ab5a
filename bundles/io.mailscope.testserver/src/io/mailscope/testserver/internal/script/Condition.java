package io.mailscope.testserver.internal.script;

import java.util.Locale;

/** When a scripted reply applies (the {@code when} attribute). */
public enum Condition {
    ALWAYS("always"), //$NON-NLS-1$
    /** Only while the connection is not encrypted yet (STARTTLS/STLS not done). */
    BEFORE_TLS("before-tls"), //$NON-NLS-1$
    /** Only on an encrypted connection. */
    AFTER_TLS("after-tls"), //$NON-NLS-1$
    /** Only before a successful logon. */
    BEFORE_AUTH("before-auth"), //$NON-NLS-1$
    /** Only after a successful logon. */
    AFTER_AUTH("after-auth"); //$NON-NLS-1$

    private final String key;

    Condition(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @return whether the condition holds in a connection with that state */
    public boolean holds(boolean tls, boolean authenticated) {
        return switch (this) {
            case ALWAYS -> true;
            case BEFORE_TLS -> !tls;
            case AFTER_TLS -> tls;
            case BEFORE_AUTH -> !authenticated;
            case AFTER_AUTH -> authenticated;
        };
    }

    /** @return the condition named {@code key}, or null */
    public static Condition of(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (Condition c : values()) {
            if (c.key.equals(k)) {
                return c;
            }
        }
        return null;
    }
}
