package io.mailscope.ui.install.tests.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.ui.install.provisioning.AvailableFeature;
import io.mailscope.ui.install.provisioning.InstallProblem;
import io.mailscope.ui.install.provisioning.InstalledFeature;
import io.mailscope.ui.install.provisioning.PlannedChange;
import io.mailscope.ui.install.provisioning.RepositoryContents;
import io.mailscope.ui.install.provisioning.RulePluginInstaller;

/** The headless installer on a real p2 agent, profile and repositories (see {@link ScratchP2}). */
class RulePluginInstallerTest {

    @TempDir
    Path temp;

    private ScratchP2 p2;
    private RulePluginInstaller installer;

    @BeforeEach
    void provisionedProduct() throws Exception {
        p2 = new ScratchP2(temp);
        p2.provisionProduct();
        installer = p2.installer();
    }

    @AfterEach
    void stop() throws Exception {
        p2.close();
    }

    @Test
    void loadListsTheRepositorysFeaturesWithNameVersionAndProvider() throws Exception {
        RepositoryContents contents = installer.load(p2.rulesRepository(), new NullProgressMonitor());

        assertEquals("rules-repository", contents.name()); //$NON-NLS-1$
        assertEquals(List.of(ScratchP2.BROKEN_FEATURE, ScratchP2.RULES_FEATURE), contents.features().stream().map(AvailableFeature::id).toList(),
                "features only (not the bundle), sorted by name"); //$NON-NLS-1$
        AvailableFeature rules = contents.find(ScratchP2.RULES_FEATURE).orElseThrow();
        assertEquals("Example Rules", rules.name()); //$NON-NLS-1$
        assertEquals("2.1.0.v20261201", rules.version().toString()); //$NON-NLS-1$
        assertEquals("Example Support Team", rules.provider()); //$NON-NLS-1$
        assertTrue(rules.installable());
        assertFalse(rules.installed());
    }

    @Test
    void installPutsTheFeatureAndItsBundleIntoTheProfileAndListsItAsInstalled() throws Exception {
        URI repository = p2.rulesRepository();
        AvailableFeature rules = installer.load(repository, new NullProgressMonitor()).find(ScratchP2.RULES_FEATURE).orElseThrow();
        assertEquals(List.of(), installer.installed(), "the product's own root feature is not a plug-in"); //$NON-NLS-1$

        PlannedChange change = installer.resolveInstall(repository, List.of(rules), new NullProgressMonitor());
        assertFalse(p2.profileHas(ScratchP2.RULES_BUNDLE), "resolving changes nothing"); //$NON-NLS-1$
        installer.apply(change, new NullProgressMonitor());

        assertTrue(p2.profileHas(ScratchP2.RULES_FEATURE + ".feature.group")); //$NON-NLS-1$
        assertTrue(p2.profileHas(ScratchP2.RULES_BUNDLE), "the feature's bundle came with it"); //$NON-NLS-1$
        assertEquals(List.of(ScratchP2.RULES_FEATURE), installer.installed().stream().map(InstalledFeature::id).toList());
        assertTrue(installer.load(repository, new NullProgressMonitor()).find(ScratchP2.RULES_FEATURE).orElseThrow().installed(),
                "loading the repository again shows it installed"); //$NON-NLS-1$
    }

    @Test
    void uninstallRemovesTheFeatureAndItsBundle() throws Exception {
        URI repository = p2.rulesRepository();
        AvailableFeature rules = installer.load(repository, new NullProgressMonitor()).find(ScratchP2.RULES_FEATURE).orElseThrow();
        installer.apply(installer.resolveInstall(repository, List.of(rules), new NullProgressMonitor()), new NullProgressMonitor());

        List<InstalledFeature> installed = installer.installed();
        installer.apply(installer.resolveUninstall(installed, new NullProgressMonitor()), new NullProgressMonitor());

        assertFalse(p2.profileHas(ScratchP2.RULES_BUNDLE));
        assertTrue(p2.profileHas(ScratchP2.PRODUCT_FEATURE + ".feature.group"), "the product stays"); //$NON-NLS-1$
        assertEquals(List.of(), installer.installed());
    }

    @Test
    void aMissingRequirementIsNamedWithTheFeatureAndTheRepository() throws Exception {
        URI repository = p2.rulesRepository();
        AvailableFeature broken = installer.load(repository, new NullProgressMonitor()).find(ScratchP2.BROKEN_FEATURE).orElseThrow();

        InstallProblem problem = assertThrows(InstallProblem.class, () -> installer.resolveInstall(repository, List.of(broken), new NullProgressMonitor()));

        assertEquals(InstallProblem.Kind.UNRESOLVABLE, problem.kind(), problem.getMessage());
        assertTrue(problem.getMessage().startsWith("p2 cannot install " + ScratchP2.BROKEN_FEATURE + " from " + repository + " into profile " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ScratchP2.PROFILE), problem.getMessage());
        assertTrue(problem.getMessage().contains(ScratchP2.MISSING_BUNDLE), "names what is missing: " + problem.getMessage()); //$NON-NLS-1$
        assertFalse(p2.profileHas(ScratchP2.BROKEN_FEATURE + ".feature.group")); //$NON-NLS-1$
    }

    @Test
    void aRepositoryWithoutFeaturesHasNothingInstallable() throws Exception {
        URI repository = p2.bundlesOnlyRepository();

        InstallProblem problem = assertThrows(InstallProblem.class, () -> installer.load(repository, new NullProgressMonitor()));

        assertEquals(InstallProblem.Kind.NOTHING_INSTALLABLE, problem.kind());
        assertTrue(problem.getMessage().contains("The p2 repository at " + repository + " holds no features"), problem.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aFolderThatIsNoRepositoryIsUnreadableWithItsLocation() {
        URI notARepository = temp.toUri();

        InstallProblem problem = assertThrows(InstallProblem.class, () -> installer.load(notARepository, new NullProgressMonitor()));

        assertEquals(InstallProblem.Kind.REPOSITORY_UNREADABLE, problem.kind());
        assertTrue(problem.getMessage().startsWith("Cannot read the p2 repository at " + notARepository + ": "), problem.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aCancelledResolutionChangesNothing() throws Exception {
        URI repository = p2.rulesRepository();
        AvailableFeature rules = installer.load(repository, new NullProgressMonitor()).find(ScratchP2.RULES_FEATURE).orElseThrow();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        assertThrows(OperationCanceledException.class, () -> installer.resolveInstall(repository, List.of(rules), cancelled));

        assertFalse(p2.profileHas(ScratchP2.RULES_BUNDLE));
    }

    @Test
    void theTestRuntimeIsNoProvisionedProductAndSaysSo() {
        InstallProblem problem = assertThrows(InstallProblem.class, RulePluginInstaller::forRunningProduct);

        assertEquals(InstallProblem.Kind.NOT_PROVISIONED, problem.kind());
        assertTrue(problem.getMessage().contains("nothing can be installed into it"), problem.getMessage()); //$NON-NLS-1$
    }
}
