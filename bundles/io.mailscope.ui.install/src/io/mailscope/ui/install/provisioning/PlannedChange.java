package io.mailscope.ui.install.provisioning;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;

/**
 * A resolved install or uninstall, ready to be carried out: p2 found a consistent set of plug-ins for it.
 *
 * @param operation  the resolved p2 operation
 * @param features   the feature ids the engineer asked for
 * @param repository where plug-ins are downloaded from ({@code null} for an uninstall)
 * @param resolution p2's resolution status (OK, or a warning such as "already installed, will be updated")
 */
public record PlannedChange(ProfileChangeOperation operation, List<String> features, URI repository, IStatus resolution) {

    public PlannedChange {
        features = List.copyOf(features);
    }

    /** p2's own account of the change: what is added, updated or removed, and why it warned. */
    public String details() {
        String details = operation.getResolutionDetails();
        return details == null ? InstallProblem.describe(resolution) : details;
    }
}
