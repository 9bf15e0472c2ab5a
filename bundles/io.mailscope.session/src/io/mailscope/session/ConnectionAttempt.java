package io.mailscope.session;

/**
 * One address a host name resolved to, and what happened when the session tried it.
 *
 * @param address the IPv4 or IPv6 address
 * @param outcome connected, refused, timed out, or another failure
 * @param detail the system's message (empty when connected)
 * @param millis how long the attempt took
 */
public record ConnectionAttempt(String address, Outcome outcome, String detail, long millis) {

    /** What happened. */
    public enum Outcome {
        CONNECTED("connected"), REFUSED("refused"), TIMED_OUT("timed out"), UNREACHABLE("unreachable"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
