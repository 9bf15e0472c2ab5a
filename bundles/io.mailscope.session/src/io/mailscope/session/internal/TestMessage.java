package io.mailscope.session.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The small test message the SMTP account test sends when DATA is asked for: RFC 5322 headers and a short body that
 * says what it is, so whoever finds it in a mailbox knows why it is there.
 */
public final class TestMessage {

    private TestMessage() {
    }

    /** @return the message lines, before dot-stuffing; its Message-ID is {@code <mailscope-ID@host>} */
    public static List<String> lines(String from, String to, String id, ZonedDateTime date, String host) {
        return List.of("From: <" + from + ">", //$NON-NLS-1$ //$NON-NLS-2$
                "To: <" + to + ">", //$NON-NLS-1$ //$NON-NLS-2$
                "Subject: Mailscope account test " + id, //$NON-NLS-1$
                "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(date), //$NON-NLS-1$
                "Message-ID: <mailscope-" + id + "@" + host + ">", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "MIME-Version: 1.0", //$NON-NLS-1$
                "Content-Type: text/plain; charset=us-ascii", //$NON-NLS-1$
                "X-Mailer: Mailscope account test", //$NON-NLS-1$
                "", //$NON-NLS-1$
                "This message was sent by the Mailscope account test to check that this account can send mail.", //$NON-NLS-1$
                "It can be deleted."); //$NON-NLS-1$
    }
}
