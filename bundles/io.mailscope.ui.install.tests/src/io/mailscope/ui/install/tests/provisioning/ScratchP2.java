package io.mailscope.ui.install.tests.provisioning;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.mailscope.ui.install.provisioning.AvailableFeature;
import io.mailscope.ui.install.provisioning.RulePluginInstaller;

/**
 * A real p2 agent in a temporary folder with a profile that already holds a "product" (a product IU and a root
 * feature, installed the way Tycho's director provisions Mailscope), and p2 repositories written through p2's own
 * repository managers. Units carry metadata only, so installing them exercises p2's planner and engine without
 * touching the test runtime's own bundles.
 */
public final class ScratchP2 implements AutoCloseable {

    public static final String PROFILE = "ScratchProfile"; //$NON-NLS-1$
    public static final String RULES_FEATURE = "com.example.rules.feature"; //$NON-NLS-1$
    public static final String RULES_BUNDLE = "com.example.rules"; //$NON-NLS-1$
    public static final String BROKEN_FEATURE = "com.example.broken.feature"; //$NON-NLS-1$
    public static final String MISSING_BUNDLE = "com.example.missing"; //$NON-NLS-1$
    public static final String PRODUCT_FEATURE = "com.example.product.feature"; //$NON-NLS-1$

    private final Path folder;
    private final IProvisioningAgent agent;

    public ScratchP2(Path folder) throws ProvisionException {
        this.folder = folder;
        BundleContext context = FrameworkUtil.getBundle(ScratchP2.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
        agent = context.getService(reference).createAgent(folder.resolve("p2").toUri()); //$NON-NLS-1$
        Path install = folder.resolve("install"); //$NON-NLS-1$
        agent.getService(IProfileRegistry.class).addProfile(PROFILE, Map.of(IProfile.PROP_INSTALL_FOLDER, install.toString(),
                IProfile.PROP_CACHE, install.toString(), IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64")); //$NON-NLS-1$
    }

    public RulePluginInstaller installer() {
        return new RulePluginInstaller(agent, PROFILE);
    }

    public IProvisioningAgent agent() {
        return agent;
    }

    /** Provisions the "product" (product IU + its root feature) as the profile's first state. */
    public void provisionProduct() throws Exception {
        URI productRepository = repository("product-repository", List.of( //$NON-NLS-1$
                group(PRODUCT_FEATURE, "Example Product Feature", "1.0.0", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
                product()));
        RulePluginInstaller installer = installer();
        List<AvailableFeature> features = installer.load(productRepository, new NullProgressMonitor()).features();
        installer.apply(installer.resolveInstall(productRepository, features, new NullProgressMonitor()), new NullProgressMonitor());
    }

    /** A repository with the rules feature (and its bundle) and a feature whose bundle requirement nothing provides. */
    public URI rulesRepository() throws ProvisionException {
        return repository("rules-repository", List.of( //$NON-NLS-1$
                group(RULES_FEATURE, "Example Rules", "2.1.0.v20261201", List.of(RULES_BUNDLE)), //$NON-NLS-1$ //$NON-NLS-2$
                unit(RULES_BUNDLE, "2.1.0.v20261201", false), //$NON-NLS-1$
                group(BROKEN_FEATURE, "Broken Rules", "1.0.0", List.of(MISSING_BUNDLE)))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A repository with units but no feature. */
    public URI bundlesOnlyRepository() throws ProvisionException {
        return repository("bundles-only", List.of(unit(RULES_BUNDLE, "2.1.0", false))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public URI repository(String name, List<IInstallableUnit> units) throws ProvisionException {
        URI location = folder.resolve(name).toUri();
        IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).createRepository(location, name,
                IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
        metadata.addInstallableUnits(units);
        agent.getService(IArtifactRepositoryManager.class).createRepository(location, name, IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY,
                Map.of());
        return location;
    }

    /** Whether the profile now holds a unit with this id. */
    public boolean profileHas(String id) {
        IProfile profile = agent.getService(IProfileRegistry.class).getProfile(PROFILE);
        return !profile.query(QueryUtil.createIUQuery(id), null).isEmpty();
    }

    public static IInstallableUnit group(String featureId, String name, String version, List<String> requiredUnits) {
        InstallableUnitDescription description = description(featureId + ".feature.group", version); //$NON-NLS-1$
        description.setProperty(IInstallableUnit.PROP_NAME, name);
        description.setProperty(IInstallableUnit.PROP_PROVIDER, "Example Support Team"); //$NON-NLS-1$
        description.setProperty(IInstallableUnit.PROP_DESCRIPTION, name + ": rules for the example fleet."); //$NON-NLS-1$
        description.setProperty(QueryUtil.PROP_TYPE_GROUP, Boolean.TRUE.toString());
        List<IRequirement> requirements = new ArrayList<>();
        for (String required : requiredUnits) {
            requirements.add(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, required, VersionRange.emptyRange, null, false, false));
        }
        description.setRequirements(requirements.toArray(IRequirement[]::new));
        return MetadataFactory.createInstallableUnit(description);
    }

    private static IInstallableUnit product() {
        InstallableUnitDescription description = description("com.example.product", "1.0.0"); //$NON-NLS-1$ //$NON-NLS-2$
        description.setProperty(QueryUtil.PROP_TYPE_GROUP, Boolean.TRUE.toString());
        description.setProperty("org.eclipse.equinox.p2.type.product", Boolean.TRUE.toString()); //$NON-NLS-1$
        return MetadataFactory.createInstallableUnit(description);
    }

    private static IInstallableUnit unit(String id, String version, boolean group) {
        InstallableUnitDescription description = description(id, version);
        if (group) {
            description.setProperty(QueryUtil.PROP_TYPE_GROUP, Boolean.TRUE.toString());
        }
        return MetadataFactory.createInstallableUnit(description);
    }

    private static InstallableUnitDescription description(String id, String version) {
        InstallableUnitDescription description = new InstallableUnitDescription();
        description.setId(id);
        description.setVersion(Version.create(version));
        description.setCapabilities(new IProvidedCapability[] {
                MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, Version.create(version)) });
        return description;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws Exception {
        agent.stop(); // the folder itself is a JUnit @TempDir
    }
}
