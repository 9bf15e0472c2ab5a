package io.mailscope.ui.install.provisioning;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.IUProfilePropertyQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Installs rule plug-ins (features from p2 repositories) into a p2 profile, and lists and removes them, through the p2
 * operations API ({@link ProvisioningSession}, {@link InstallOperation}, {@link UninstallOperation}): the same path
 * the Eclipse IDE's own installer takes, with p2's dependency checks. The Install Rule Plug-ins wizard and the
 * {@code io.mailscope.ui.install.installer} application both use this class; it has no UI.
 *
 * <p>Every step takes a progress monitor and honours cancellation ({@link OperationCanceledException}); problems are
 * {@link InstallProblem}s that say what went wrong and where.
 */
public final class RulePluginInstaller {

    private static final String PROP_TYPE_PRODUCT = "org.eclipse.equinox.p2.type.product"; //$NON-NLS-1$

    private final ProvisioningSession session;
    private final String profileId;

    /**
     * @param agent     the p2 agent whose profile registry holds {@code profileId}
     * @param profileId the profile to change
     */
    public RulePluginInstaller(IProvisioningAgent agent, String profileId) {
        this.session = new ProvisioningSession(agent);
        this.profileId = profileId;
    }

    /**
     * The installer for the product this code runs in: the running p2 agent (registered by p2 from
     * {@code eclipse.p2.data.area} in config.ini) and the profile the product was provisioned into.
     */
    public static RulePluginInstaller forRunningProduct() throws InstallProblem {
        Bundle bundle = FrameworkUtil.getBundle(RulePluginInstaller.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new InstallProblem(InstallProblem.Kind.NOT_PROVISIONED, "The installer is not running inside Mailscope's OSGi framework."); //$NON-NLS-1$
        }
        IProvisioningAgent agent = null;
        try {
            for (ServiceReference<IProvisioningAgent> reference : context.getServiceReferences(IProvisioningAgent.class,
                    "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) { //$NON-NLS-1$ //$NON-NLS-2$
                agent = context.getService(reference);
                if (agent != null) {
                    break;
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (agent == null) {
            throw new InstallProblem(InstallProblem.Kind.NOT_PROVISIONED, "This Mailscope has no p2 data area (eclipse.p2.data.area in " //$NON-NLS-1$
                    + System.getProperty("osgi.configuration.area") + "config.ini), so nothing can be installed into it."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        IProfile self = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
        if (self == null) {
            throw new InstallProblem(InstallProblem.Kind.NOT_PROVISIONED, "This Mailscope was not installed by p2 (no profile " //$NON-NLS-1$
                    + System.getProperty("eclipse.p2.profile", "DefaultProfile") + " in its p2 folder), so nothing can be installed into it." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " Use the product built by ./mvnw verify or a released archive."); //$NON-NLS-1$
        }
        return new RulePluginInstaller(agent, self.getProfileId());
    }

    public String profileId() {
        return profileId;
    }

    /**
     * Loads a p2 repository (metadata and artifacts) and lists its features, each with the version the profile already
     * has of it.
     *
     * @throws InstallProblem {@link InstallProblem.Kind#REPOSITORY_UNREADABLE} when the location is missing,
     *                        unreachable or no p2 repository; {@link InstallProblem.Kind#NOTHING_INSTALLABLE} when it
     *                        holds no feature at all
     */
    public RepositoryContents load(URI location, IProgressMonitor monitor) throws InstallProblem {
        SubMonitor progress = SubMonitor.convert(monitor, "Loading " + location, 100); //$NON-NLS-1$
        IMetadataRepository metadata;
        try {
            metadata = metadataManager().loadRepository(location, progress.split(60));
            artifactManager().loadRepository(location, progress.split(30));
        } catch (ProvisionException e) {
            throw InstallProblem.unreadable(location, InstallProblem.describe(e.getStatus()), e);
        }
        Map<String, Version> installed = new HashMap<>();
        for (IInstallableUnit unit : profile().query(QueryUtil.createIUGroupQuery(), progress.split(5))) {
            installed.merge(unit.getId(), unit.getVersion(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<AvailableFeature> features = new ArrayList<>();
        for (IInstallableUnit unit : metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), progress.split(5))) {
            if (!Boolean.parseBoolean(unit.getProperty(PROP_TYPE_PRODUCT))) {
                features.add(new AvailableFeature(unit, installed.get(unit.getId())));
            }
        }
        if (features.isEmpty()) {
            throw new InstallProblem(InstallProblem.Kind.NOTHING_INSTALLABLE, "The p2 repository at " + location //$NON-NLS-1$
                    + " holds no features: a rule plug-in is installed through its feature (see docs/writing-rules.md, \"Build, publish, install\")."); //$NON-NLS-1$
        }
        features.sort(Comparator.comparing(AvailableFeature::name, String.CASE_INSENSITIVE_ORDER).thenComparing(AvailableFeature::id));
        String name = metadata.getName();
        return new RepositoryContents(location, name == null || name.isBlank() ? location.toString() : name, features);
    }

    /**
     * Resolves installing {@code features} from {@code repository} into the profile; only that repository and what the
     * profile already has are consulted, so the result does not depend on other sites p2 remembers.
     *
     * @throws InstallProblem {@link InstallProblem.Kind#UNRESOLVABLE} with p2's explanation (the missing requirement,
     *                        the conflicting plug-ins) when no consistent set of plug-ins exists
     */
    public PlannedChange resolveInstall(URI repository, Collection<AvailableFeature> features, IProgressMonitor monitor) throws InstallProblem {
        if (features.isEmpty()) {
            throw new InstallProblem(InstallProblem.Kind.NOTHING_INSTALLABLE, "No feature chosen to install from " + repository + "."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        InstallOperation operation = new InstallOperation(session, features.stream().map(AvailableFeature::unit).toList());
        ProvisioningContext context = new ProvisioningContext(session.getProvisioningAgent());
        context.setMetadataRepositories(repository);
        context.setArtifactRepositories(repository);
        operation.setProvisioningContext(context);
        return resolve(operation, features.stream().map(AvailableFeature::id).toList(), repository, monitor);
    }

    /** Resolves removing installed features; fails when something else still needs them. */
    public PlannedChange resolveUninstall(Collection<InstalledFeature> features, IProgressMonitor monitor) throws InstallProblem {
        if (features.isEmpty()) {
            throw new InstallProblem(InstallProblem.Kind.NOTHING_INSTALLABLE, "No installed plug-in chosen to remove."); //$NON-NLS-1$
        }
        UninstallOperation operation = new UninstallOperation(session, features.stream().map(InstalledFeature::unit).toList());
        ProvisioningContext context = new ProvisioningContext(session.getProvisioningAgent());
        context.setMetadataRepositories();
        context.setArtifactRepositories();
        operation.setProvisioningContext(context);
        return resolve(operation, features.stream().map(InstalledFeature::id).toList(), null, monitor);
    }

    private PlannedChange resolve(ProfileChangeOperation operation, List<String> features, URI repository, IProgressMonitor monitor)
            throws InstallProblem {
        profile(); // the profile must exist before p2 plans against it
        operation.setProfileId(profileId);
        IStatus status = operation.resolveModal(monitor);
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (status.getSeverity() == IStatus.ERROR || !operation.hasResolved() || operation.getProvisioningPlan() == null) {
            String details = operation.getResolutionDetails();
            throw new InstallProblem(InstallProblem.Kind.UNRESOLVABLE, "p2 cannot " //$NON-NLS-1$
                    + (repository == null ? "remove " : "install ") + String.join(", ", features) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + (repository == null ? "" : " from " + repository) + " into profile " + profileId + ":\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + (details == null || details.isBlank() ? InstallProblem.describe(status) : details.strip()));
        }
        return new PlannedChange(operation, features, repository, status);
    }

    /**
     * Carries out a resolved change: downloads the plug-ins, writes them into the installation and its configuration
     * (bundles.info), and records the new state of the profile. The product uses the plug-ins after a restart.
     *
     * @throws OperationCanceledException when cancelled; p2 leaves the profile as it was
     */
    public void apply(PlannedChange change, IProgressMonitor monitor) throws InstallProblem {
        ProvisioningJob job = change.operation().getProvisioningJob(monitor);
        if (job == null) {
            throw new InstallProblem(InstallProblem.Kind.INSTALL_FAILED, "p2 has nothing to do for " + String.join(", ", change.features()) //$NON-NLS-1$ //$NON-NLS-2$
                    + ": " + change.details()); //$NON-NLS-1$
        }
        IStatus status = job.runModal(monitor);
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (status.getSeverity() == IStatus.ERROR) {
            throw new InstallProblem(InstallProblem.Kind.INSTALL_FAILED, "Installing " + String.join(", ", change.features()) //$NON-NLS-1$ //$NON-NLS-2$
                    + (change.repository() == null ? "" : " from " + change.repository()) + " failed:\n" + InstallProblem.describe(status)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /**
     * The features installed on top of the product: roots of the profile that were not roots when the product was
     * provisioned (its first profile state, which holds the product and its own root features), by name.
     */
    public List<InstalledFeature> installed() throws InstallProblem {
        IProfile profile = profile();
        Set<String> productRoots = new HashSet<>();
        IProfile first = firstState(profile);
        if (first != null) {
            for (IInstallableUnit unit : roots(first)) {
                productRoots.add(unit.getId());
            }
        }
        List<InstalledFeature> features = new ArrayList<>();
        for (IInstallableUnit unit : roots(profile)) {
            if (QueryUtil.isGroup(unit) && !Boolean.parseBoolean(unit.getProperty(PROP_TYPE_PRODUCT)) && !productRoots.contains(unit.getId())) {
                features.add(new InstalledFeature(unit));
            }
        }
        features.sort(Comparator.comparing(InstalledFeature::name, String.CASE_INSENSITIVE_ORDER));
        return features;
    }

    private static IQueryResult<IInstallableUnit> roots(IProfile profile) {
        return profile.query(new IUProfilePropertyQuery(IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString()), null);
    }

    /** The profile as p2 first recorded it with something installed, or null when no earlier state is kept. */
    private IProfile firstState(IProfile profile) {
        IProfileRegistry registry = session.getProvisioningAgent().getService(IProfileRegistry.class);
        long[] timestamps = registry.listProfileTimestamps(profileId);
        Arrays.sort(timestamps);
        for (long timestamp : timestamps) {
            IProfile state = registry.getProfile(profileId, timestamp);
            if (state != null && !roots(state).isEmpty()) {
                return state;
            }
        }
        return null;
    }

    private IProfile profile() throws InstallProblem {
        IProfileRegistry registry = session.getProvisioningAgent().getService(IProfileRegistry.class);
        IProfile profile = registry == null ? null : registry.getProfile(profileId);
        if (profile == null) {
            throw new InstallProblem(InstallProblem.Kind.NOT_PROVISIONED, "No p2 profile " + profileId + " to install into."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return profile;
    }

    private IMetadataRepositoryManager metadataManager() {
        return session.getProvisioningAgent().getService(IMetadataRepositoryManager.class);
    }

    private IArtifactRepositoryManager artifactManager() {
        return session.getProvisioningAgent().getService(IArtifactRepositoryManager.class);
    }
}
