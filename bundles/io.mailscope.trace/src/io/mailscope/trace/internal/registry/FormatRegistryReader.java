package io.mailscope.trace.internal.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;

import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.spi.TraceFormat;

/**
 * The one reader of the {@code io.mailscope.trace.formats} extension point. Reads the metadata of every
 * {@code format} element from plugin.xml (no contributed class is loaded for that), validates it, and logs each bad
 * contribution with the contributing bundle's id instead of failing. The implementation of a format is created on
 * first use, inside {@link SafeRunner}; a format that cannot be created is logged once and skipped afterwards.
 */
public final class FormatRegistryReader {

    public static final String EXTENSION_POINT = "io.mailscope.trace.formats"; //$NON-NLS-1$
    static final String ELEMENT_FORMAT = "format"; //$NON-NLS-1$
    static final String ATTR_ID = "id"; //$NON-NLS-1$
    static final String ATTR_NAME = "name"; //$NON-NLS-1$
    static final String ATTR_DESCRIPTION = "description"; //$NON-NLS-1$
    static final String ATTR_CLASS = "class"; //$NON-NLS-1$

    private final ILog log;

    public FormatRegistryReader(ILog log) {
        this.log = log;
    }

    /** A contributed format: metadata now, implementation on demand. */
    public final class Descriptor implements TraceImporter.FormatHandle {
        private final IConfigurationElement element;
        private final TraceFormatInfo info;
        private volatile TraceFormat format;
        private volatile boolean failed;

        Descriptor(IConfigurationElement element, TraceFormatInfo info) {
            this.element = element;
            this.info = info;
        }

        @Override
        public TraceFormatInfo info() {
            return info;
        }

        @Override
        public synchronized Optional<TraceFormat> format() {
            if (format == null && !failed) {
                SafeRunner.run(new ISafeRunnable() {
                    @Override
                    public void run() throws CoreException {
                        Object created = element.createExecutableExtension(ATTR_CLASS);
                        if (created instanceof TraceFormat traceFormat) {
                            format = traceFormat;
                        } else {
                            failed = true;
                            logContributionProblem(info.contributor(), "format '" + info.id() + "': class " //$NON-NLS-1$ //$NON-NLS-2$
                                    + created.getClass().getName() + " does not implement " + TraceFormat.class.getName(), null); //$NON-NLS-1$
                        }
                    }

                    @Override
                    public void handleException(Throwable exception) {
                        failed = true;
                        logContributionProblem(info.contributor(), "format '" + info.id() + "' cannot be created", //$NON-NLS-1$ //$NON-NLS-2$
                                exception);
                    }
                });
            }
            return Optional.ofNullable(format);
        }
    }

    /** @return the valid contributions, in registry order; invalid ones are logged */
    public List<Descriptor> read(IExtensionRegistry registry) {
        List<Descriptor> result = new ArrayList<>();
        if (registry == null) {
            return result;
        }
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            if (!ELEMENT_FORMAT.equals(element.getName())) {
                logContributionProblem(contributor, "unknown element <" + element.getName() + "> ignored", null); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            String id = element.getAttribute(ATTR_ID);
            String name = element.getAttribute(ATTR_NAME);
            String description = element.getAttribute(ATTR_DESCRIPTION);
            String className = element.getAttribute(ATTR_CLASS);
            if (isBlank(id) || isBlank(name) || isBlank(className)) {
                logContributionProblem(contributor, "format without " + (isBlank(id) ? ATTR_ID : isBlank(name) ? ATTR_NAME //$NON-NLS-1$
                        : ATTR_CLASS) + " ignored (id=" + id + ")", null); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            if (!ids.add(id)) {
                logContributionProblem(contributor, "duplicate format id '" + id + "' ignored", null); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            result.add(new Descriptor(element,
                    new TraceFormatInfo(id, name, description == null ? "" : description, contributor))); //$NON-NLS-1$
        }
        return result;
    }

    /** Logs a problem of a contribution under the contributing bundle's id. */
    public void logContributionProblem(String contributor, String message, Throwable error) {
        log.log(new Status(IStatus.ERROR, contributor, EXTENSION_POINT + ": " + message, error)); //$NON-NLS-1$
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
