package io.mailscope.ui.install.internal.application;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.mailscope.ui.install.provisioning.AvailableFeature;
import io.mailscope.ui.install.provisioning.InstallProblem;
import io.mailscope.ui.install.provisioning.InstalledFeature;
import io.mailscope.ui.install.provisioning.PlannedChange;
import io.mailscope.ui.install.provisioning.RepositoryContents;
import io.mailscope.ui.install.provisioning.RepositoryLocation;
import io.mailscope.ui.install.provisioning.RulePluginInstaller;

/**
 * {@code -application io.mailscope.ui.install.installer}: the Install Rule Plug-ins wizard without a display, for
 * scripted roll-outs ({@code releng/install-plugin.sh}) and the install test. It changes the installation it runs in,
 * through the same {@link RulePluginInstaller} the wizard uses.
 *
 * <pre>
 * available REPOSITORY              list the features in a repository
 * install REPOSITORY FEATURE-ID...  install features (feature ids as in feature.xml)
 * installed                         list the features installed on top of the product
 * uninstall FEATURE-ID...           remove installed features
 * </pre>
 *
 * Exit codes: 0 done, 3 usage error, 5 repository unreadable, 8 not installable (nothing there, unresolvable, failed,
 * product not p2-managed), 130 cancelled.
 */
public final class InstallerApplication implements IApplication {

    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 3;
    static final int EXIT_REPOSITORY = 5;
    static final int EXIT_NOT_INSTALLED = 8;
    static final int EXIT_CANCELLED = 130;

    private static final String USAGE = """
            usage: -application io.mailscope.ui.install.installer COMMAND
              available REPOSITORY              list the features in a p2 repository
              install REPOSITORY FEATURE-ID...  install features into this Mailscope (restart it afterwards)
              installed                         list the features installed on top of Mailscope
              uninstall FEATURE-ID...           remove installed features (restart afterwards)
            REPOSITORY: an http(s) or file URL, a repository folder or its .zip archive"""; //$NON-NLS-1$

    private final IProgressMonitor monitor = new NullProgressMonitor();

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return Integer.valueOf(run(raw == null ? List.of() : Arrays.asList(raw), System.out, System.err));
    }

    int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> args = arguments.stream().filter(a -> !a.isBlank()).toList();
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? EXIT_USAGE : EXIT_OK;
        }
        String command = args.get(0);
        List<String> operands = args.subList(1, args.size());
        try {
            return switch (command) {
                case "available" -> operands.size() == 1 ? available(operands.get(0), out) : usage(err, "available takes one REPOSITORY"); //$NON-NLS-1$ //$NON-NLS-2$
                case "install" -> operands.size() >= 2 ? install(operands.get(0), operands.subList(1, operands.size()), out) //$NON-NLS-1$
                        : usage(err, "install takes a REPOSITORY and at least one FEATURE-ID"); //$NON-NLS-1$
                case "installed" -> operands.isEmpty() ? installed(out) : usage(err, "installed takes no operands"); //$NON-NLS-1$ //$NON-NLS-2$
                case "uninstall" -> operands.isEmpty() ? usage(err, "uninstall takes at least one FEATURE-ID") : uninstall(operands, out); //$NON-NLS-1$ //$NON-NLS-2$
                default -> usage(err, "unknown command '" + command + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            };
        } catch (InstallProblem e) {
            err.println("installer: " + e.getMessage()); //$NON-NLS-1$
            return e.kind() == InstallProblem.Kind.REPOSITORY_UNREADABLE ? EXIT_REPOSITORY : EXIT_NOT_INSTALLED;
        } catch (OperationCanceledException e) {
            err.println("installer: cancelled; nothing was changed"); //$NON-NLS-1$
            return EXIT_CANCELLED;
        }
    }

    private int available(String repository, PrintStream out) throws InstallProblem {
        RepositoryContents contents = RulePluginInstaller.forRunningProduct().load(RepositoryLocation.parse(repository), monitor);
        out.println(contents.name() + " (" + contents.location() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        for (AvailableFeature feature : contents.features()) {
            out.println(String.format(Locale.ROOT, "  %-45s %-28s %-40s %s", feature.id(), feature.version(), feature.name(), //$NON-NLS-1$
                    feature.installed() ? "installed" : feature.update() ? "update of " + feature.installedVersion() : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return EXIT_OK;
    }

    private int install(String repository, List<String> featureIds, PrintStream out) throws InstallProblem {
        RulePluginInstaller installer = RulePluginInstaller.forRunningProduct();
        RepositoryContents contents = installer.load(RepositoryLocation.parse(repository), monitor);
        List<AvailableFeature> chosen = new ArrayList<>();
        for (String id : featureIds) {
            AvailableFeature feature = contents.find(id).orElseThrow(() -> new InstallProblem(InstallProblem.Kind.NOTHING_INSTALLABLE,
                    "No feature " + id + " in " + contents.location() + "; it has: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + String.join(", ", contents.features().stream().map(AvailableFeature::id).toList()))); //$NON-NLS-1$
            if (feature.installed()) {
                out.println(feature.id() + " " + feature.version() + " is already installed"); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                chosen.add(feature);
            }
        }
        if (chosen.isEmpty()) {
            return EXIT_OK;
        }
        PlannedChange change = installer.resolveInstall(contents.location(), chosen, monitor);
        installer.apply(change, monitor);
        for (AvailableFeature feature : chosen) {
            out.println("installed " + feature.id() + " " + feature.version() + " (" + feature.name() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        out.println("restart Mailscope to use the new rules"); //$NON-NLS-1$
        return EXIT_OK;
    }

    private int installed(PrintStream out) throws InstallProblem {
        List<InstalledFeature> features = RulePluginInstaller.forRunningProduct().installed();
        if (features.isEmpty()) {
            out.println("no plug-ins installed on top of Mailscope"); //$NON-NLS-1$
        }
        for (InstalledFeature feature : features) {
            out.println(String.format(Locale.ROOT, "%-45s %-28s %s", feature.id(), feature.version(), feature.name())); //$NON-NLS-1$
        }
        return EXIT_OK;
    }

    private int uninstall(List<String> featureIds, PrintStream out) throws InstallProblem {
        RulePluginInstaller installer = RulePluginInstaller.forRunningProduct();
        List<InstalledFeature> installed = installer.installed();
        List<InstalledFeature> chosen = new ArrayList<>();
        for (String id : featureIds) {
            chosen.add(installed.stream().filter(f -> f.id().equals(id) || f.unit().getId().equals(id)).findFirst()
                    .orElseThrow(() -> new InstallProblem(InstallProblem.Kind.NOTHING_INSTALLABLE, "No installed plug-in " + id //$NON-NLS-1$
                            + "; installed: " + (installed.isEmpty() ? "none" //$NON-NLS-1$ //$NON-NLS-2$
                                    : String.join(", ", installed.stream().map(InstalledFeature::id).toList()))))); //$NON-NLS-1$
        }
        installer.apply(installer.resolveUninstall(chosen, monitor), monitor);
        chosen.forEach(f -> out.println("removed " + f.id() + " " + f.version())); //$NON-NLS-1$ //$NON-NLS-2$
        out.println("restart Mailscope to stop using its rules"); //$NON-NLS-1$
        return EXIT_OK;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("installer: " + problem); //$NON-NLS-1$
        err.println(USAGE);
        return EXIT_USAGE;
    }

    @Override
    public void stop() {
        monitor.setCanceled(true);
    }
}
