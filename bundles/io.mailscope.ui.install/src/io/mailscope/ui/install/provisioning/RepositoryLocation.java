package io.mailscope.ui.install.provisioning;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what an engineer types or browses to into the URI p2 loads: an http(s) or file URL as it is, a local folder
 * as a file URI, a local .zip or .jar archive of a repository as a {@code jar:} URI. Local paths that do not exist are
 * refused here, with the path, before p2 is asked.
 */
public final class RepositoryLocation {

    private RepositoryLocation() {
    }

    public static URI parse(String text) throws InstallProblem {
        String location = text == null ? "" : text.strip(); //$NON-NLS-1$
        if (location.isEmpty()) {
            throw new InstallProblem(InstallProblem.Kind.REPOSITORY_UNREADABLE,
                    "No repository location given: enter a URL (https://..., file:/...) or choose a folder or a .zip archive."); //$NON-NLS-1$
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("jar:")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return uri(location);
        }
        Path path;
        if (lower.startsWith("file:")) { //$NON-NLS-1$
            try {
                path = Path.of(uri(location));
            } catch (IllegalArgumentException e) {
                throw new InstallProblem(InstallProblem.Kind.REPOSITORY_UNREADABLE, "Not a local file URL: " + location, e); //$NON-NLS-1$
            }
        } else if (lower.matches("^[a-z][a-z0-9+.-]+://.*")) { //$NON-NLS-1$
            throw new InstallProblem(InstallProblem.Kind.REPOSITORY_UNREADABLE,
                    "Unsupported repository URL " + location + ": use http, https or file, or a local folder or .zip archive."); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            path = Path.of(location);
        }
        return local(path.toAbsolutePath().normalize());
    }

    /** A local repository folder or archive. */
    public static URI local(Path path) throws InstallProblem {
        if (!Files.exists(path)) {
            throw new InstallProblem(InstallProblem.Kind.REPOSITORY_UNREADABLE, "No such folder or file: " + path); //$NON-NLS-1$
        }
        if (Files.isDirectory(path)) {
            return path.toUri();
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip") || name.endsWith(".jar")) { //$NON-NLS-1$ //$NON-NLS-2$
            return URI.create("jar:" + path.toUri() + "!/"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        throw new InstallProblem(InstallProblem.Kind.REPOSITORY_UNREADABLE,
                path + " is a file but not a .zip archive: choose the repository folder (with content.jar or content.xml) or its .zip archive."); //$NON-NLS-1$
    }

    private static URI uri(String text) throws InstallProblem {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InstallProblem(InstallProblem.Kind.REPOSITORY_UNREADABLE, "Not a valid URL: " + text + " (" + e.getReason() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
