package io.mailscope.model.catalog;

import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;

/** The text a support engineer pastes into the reply to the customer: what the code means and what to do. */
public final class CustomerAnswer {

    private CustomerAnswer() {
    }

    /** @return plain text with the code, its meaning, and the end-user remedies of every cause */
    public static String forCode(ErrorCode code) {
        StringBuilder b = new StringBuilder();
        b.append("Error ").append(ErrorCodes.hex(code)); //$NON-NLS-1$
        if (code.getTitle() != null) {
            b.append(": ").append(code.getTitle()); //$NON-NLS-1$
        }
        b.append("\n"); //$NON-NLS-1$
        if (code.getMeaning() != null) {
            b.append("\n").append(code.getMeaning()).append("\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        boolean header = false;
        for (Cause cause : code.getCauses()) {
            if (cause.getUserRemedies().isEmpty()) {
                continue;
            }
            if (!header) {
                b.append("\nWhat you can do:\n"); //$NON-NLS-1$
                header = true;
            }
            if (cause.getTitle() != null) {
                b.append("\nIf ").append(lowerFirst(cause.getTitle())).append(":\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            cause.getUserRemedies().forEach(r -> b.append("  - ").append(r).append("\n")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b.toString();
    }

    /** @return the end-user remedies of one cause, for a diagnosed finding */
    public static String forCause(Cause cause) {
        StringBuilder b = new StringBuilder();
        if (cause.getErrorCode() != null) {
            b.append("Error ").append(ErrorCodes.hex(cause.getErrorCode())).append(": "); //$NON-NLS-1$ //$NON-NLS-2$
        }
        b.append(cause.getTitle() == null ? cause.getId() : cause.getTitle()).append("\n"); //$NON-NLS-1$
        if (cause.getDescription() != null) {
            b.append("\n").append(cause.getDescription()).append("\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!cause.getUserRemedies().isEmpty()) {
            b.append("\nWhat you can do:\n"); //$NON-NLS-1$
            cause.getUserRemedies().forEach(r -> b.append("  - ").append(r).append("\n")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b.toString();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
