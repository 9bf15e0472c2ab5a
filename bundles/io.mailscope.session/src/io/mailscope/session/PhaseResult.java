package io.mailscope.session;

/**
 * How one phase of an account test went.
 *
 * @param phase which phase
 * @param status passed, failed, skipped or passed with a warning
 * @param detail one sentence for people: what was checked and what was seen
 * @param millis time the phase took
 */
public record PhaseResult(Phase phase, Status status, String detail, long millis) {

    /** The outcome of a phase. */
    public enum Status {
        PASSED("pass"), WARNING("warn"), FAILED("FAIL"), SKIPPED("skip"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
