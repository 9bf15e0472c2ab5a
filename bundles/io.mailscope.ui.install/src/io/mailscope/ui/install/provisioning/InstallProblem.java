package io.mailscope.ui.install.provisioning;

import java.io.Serial;
import java.net.URI;

import org.eclipse.core.runtime.IStatus;

/**
 * Why plug-ins could not be listed, installed or removed, in words a support engineer can act on: what went wrong and
 * where (the repository location, the missing requirement, the profile). {@link #kind()} lets callers (the wizard, the
 * installer application's exit code) tell a repository that cannot be read from a change p2 cannot resolve.
 */
public final class InstallProblem extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What kind of problem; the installer application maps each to an exit code. */
    public enum Kind {
        /** the product has no p2 profile to install into */
        NOT_PROVISIONED,
        /** the repository location is not there, not reachable or not a p2 repository */
        REPOSITORY_UNREADABLE,
        /** the repository holds no feature that could be installed */
        NOTHING_INSTALLABLE,
        /** p2 found no consistent set of plug-ins: missing requirements or conflicts */
        UNRESOLVABLE,
        /** the resolved change could not be carried out (download, disk, touchpoint) */
        INSTALL_FAILED
    }

    private final Kind kind;

    public InstallProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public InstallProblem(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static InstallProblem unreadable(URI location, String reason, Throwable cause) {
        return new InstallProblem(Kind.REPOSITORY_UNREADABLE,
                "Cannot read the p2 repository at " + location + ": " + reason, cause); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The messages of a status and its children, one per line, without repeats: p2 wraps the useful part (the host
     * that did not answer, the file that is missing) in a child status or the exception of one.
     */
    static String describe(IStatus status) {
        StringBuilder text = new StringBuilder();
        append(status, text);
        return text.toString().strip();
    }

    private static void append(IStatus status, StringBuilder text) {
        appendLine(status.getMessage(), text);
        Throwable exception = status.getException();
        while (exception != null) {
            appendLine(exception.getMessage(), text);
            exception = exception.getCause() == exception ? null : exception.getCause();
        }
        for (IStatus child : status.getChildren()) {
            append(child, text);
        }
    }

    private static void appendLine(String line, StringBuilder text) {
        if (line != null && !line.isBlank() && text.indexOf(line) < 0) {
            text.append(line.strip()).append('\n');
        }
    }
}
