package io.mailscope.testserver.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The messages a POP3/IMAP port serves: generated, the same on every start. */
public final class Mailbox {

    /** One message; {@code lines} use no line ends, {@link #size} counts CRLF. */
    public record Message(int number, String uid, List<String> lines) {
        public int size() {
            int size = 0;
            for (String l : lines) {
                size += l.getBytes(StandardCharsets.UTF_8).length + 2;
            }
            return size;
        }
    }

    private final List<Message> messages;

    private Mailbox(List<Message> messages) {
        this.messages = List.copyOf(messages);
    }

    public static Mailbox generated(int count) {
        List<Message> messages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            List<String> lines = new ArrayList<>(List.of(
                    "Return-Path: <sender@mailscope-test.localhost>", //$NON-NLS-1$
                    "From: Test Sender <sender@mailscope-test.localhost>", //$NON-NLS-1$
                    "To: Alice <alice@mailscope-test.localhost>", //$NON-NLS-1$
                    "Subject: Test message " + i + " from the Mailscope test server", //$NON-NLS-1$ //$NON-NLS-2$
                    "Date: Mon, 1 Jan 2024 10:0" + (i % 10) + ":00 +0000", //$NON-NLS-1$ //$NON-NLS-2$
                    "Message-ID: <test-" + i + "@mailscope-test.localhost>", //$NON-NLS-1$ //$NON-NLS-2$
                    "MIME-Version: 1.0", //$NON-NLS-1$
                    "Content-Type: text/plain; charset=us-ascii", //$NON-NLS-1$
                    "")); //$NON-NLS-1$
            for (int l = 1; l <= 8; l++) {
                lines.add("Line " + l + " of message " + i + ": the quick brown fox jumps over the lazy dog."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            messages.add(new Message(i, String.format("mailscope-%04d", i), lines)); //$NON-NLS-1$
        }
        return new Mailbox(messages);
    }

    public List<Message> messages() {
        return messages;
    }

    public int totalSize() {
        return messages.stream().mapToInt(Message::size).sum();
    }

    /** @return the message with that number (1-based), or null */
    public Message message(String number) {
        try {
            int n = Integer.parseInt(number.strip().split("\\s+")[0]); //$NON-NLS-1$
            return n >= 1 && n <= messages.size() ? messages.get(n - 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
