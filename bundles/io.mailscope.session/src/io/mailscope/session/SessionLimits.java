package io.mailscope.session;

import java.time.Duration;

/**
 * Bounds of one session, so a hostile or broken peer cannot hold it or its memory.
 *
 * @param connectTimeout per address tried
 * @param readTimeout for one whole reply line (a peer that sends one byte a second does not reset it), and for the
 *            TLS handshake
 * @param sessionTimeout for the whole session, from the first connection attempt to QUIT
 * @param maxLineLength bytes of one line; a longer line ends the session
 * @param maxReplyBytes bytes of one (multi-line) reply; message bodies count too
 * @param maxTotalBytes bytes received in the whole session
 */
public record SessionLimits(Duration connectTimeout, Duration readTimeout, Duration sessionTimeout, int maxLineLength,
        int maxReplyBytes, long maxTotalBytes) {

    /** 10 s to connect, 15 s per reply, 60 s per session, 8 KiB lines, 1 MiB replies, 8 MiB per session. */
    public static final SessionLimits DEFAULT = new SessionLimits(Duration.ofSeconds(10), Duration.ofSeconds(15),
            Duration.ofSeconds(60), 8 * 1024, 1024 * 1024, 8L * 1024 * 1024);

    /**
     * @return these limits with one overall time-out: {@code timeout} for the session, and for each connection
     *         attempt and each reply at most that
     */
    public SessionLimits withTimeout(Duration timeout) {
        return new SessionLimits(min(connectTimeout, timeout), min(readTimeout, timeout), timeout, maxLineLength,
                maxReplyBytes, maxTotalBytes);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
