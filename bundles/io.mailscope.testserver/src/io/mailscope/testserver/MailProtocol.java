package io.mailscope.testserver;

import java.util.Locale;

/** The protocols the test server speaks, each on its own port. */
public enum MailProtocol {
    POP3(110), IMAP(143), SMTP(25);

    private final int standardPort;

    MailProtocol(int standardPort) {
        this.standardPort = standardPort;
    }

    /** @return the well-known plain-text port (110, 143, 25), for messages; the test server never binds it itself */
    public int standardPort() {
        return standardPort;
    }

    /** @return the lower-case name used in plug-in XML and on the command line ({@code pop3}, {@code imap}, {@code smtp}) */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the protocol named by {@code key} (any case), or null */
    public static MailProtocol of(String key) {
        for (MailProtocol p : values()) {
            if (p.key().equalsIgnoreCase(key.strip())) {
                return p;
            }
        }
        return null;
    }
}
