package io.mailscope.headless.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.TraceImportService;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code mailscope --version}: the product version, the Java runtime, and the installed trace formats and rules with
 * the bundles (and bundle versions) that contribute them, so a support ticket shows exactly what was run.
 */
final class VersionInfo implements IVersionProvider {

    /** The bundle whose version is the product's version. */
    private static final String PRODUCT_BUNDLE = "io.mailscope.headless"; //$NON-NLS-1$

    private final Supplier<TraceImportService> importer;
    private final Supplier<DiagnosisService> diagnosis;
    private final Function<String, Optional<String>> bundleVersions;

    VersionInfo(Supplier<TraceImportService> importer, Supplier<DiagnosisService> diagnosis,
            Function<String, Optional<String>> bundleVersions) {
        this.importer = importer;
        this.diagnosis = diagnosis;
        this.bundleVersions = bundleVersions;
    }

    /** The version information of the services and bundles of {@code runtime}. */
    static VersionInfo of(CommandRuntime runtime) {
        return new VersionInfo(() -> runtime.service(TraceImportService.class), () -> runtime.service(DiagnosisService.class),
                runtime::bundleVersion);
    }

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("Mailscope " + bundleVersions.apply(PRODUCT_BUNDLE).orElse("(not running in OSGi)")); //$NON-NLS-1$ //$NON-NLS-2$
        lines.add(String.format(Locale.ROOT, "Java %s (%s), %s", Runtime.version(), System.getProperty("java.vendor"), //$NON-NLS-1$ //$NON-NLS-2$
                System.getProperty("java.home"))); //$NON-NLS-1$
        lines.add(String.format(Locale.ROOT, "OS %s %s %s", System.getProperty("os.name"), System.getProperty("os.version"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                System.getProperty("os.arch"))); //$NON-NLS-1$
        lines.add("Trace formats:"); //$NON-NLS-1$
        TraceImportService formats = available(importer, lines);
        for (TraceFormatInfo format : formats == null ? List.<TraceFormatInfo>of() : formats.formats()) {
            lines.add(String.format(Locale.ROOT, "  %-40s %s [%s]", format.id(), format.name(), contributor(format.contributor()))); //$NON-NLS-1$
        }
        lines.add("Rules:"); //$NON-NLS-1$
        Map<String, Integer> rulesPerContributor = new TreeMap<>();
        DiagnosisService rules = available(diagnosis, lines);
        for (RuleInfo rule : rules == null ? List.<RuleInfo>of() : rules.rules()) {
            rulesPerContributor.merge(rule.contributor(), Integer.valueOf(1), Integer::sum);
        }
        rulesPerContributor.forEach((contributor, count) -> lines
                .add(String.format(Locale.ROOT, "  %-40s %d rule(s)", contributor(contributor), count))); //$NON-NLS-1$
        return lines.toArray(String[]::new);
    }

    /**
     * picocli asks for the version while it builds the command line (sub-commands inherit it), also outside OSGi
     * (the plain-classpath tests): a service that is not there is said, not thrown.
     */
    private static <T> T available(Supplier<T> service, List<String> lines) {
        try {
            return service.get();
        } catch (IllegalStateException e) {
            lines.add("  (not available: " + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
    }

    /** @return "bundle-id version", or the id alone when no such bundle is installed */
    private String contributor(String bundleId) {
        return bundleVersions.apply(bundleId).map(version -> bundleId + " " + version).orElse(bundleId); //$NON-NLS-1$
    }
}
