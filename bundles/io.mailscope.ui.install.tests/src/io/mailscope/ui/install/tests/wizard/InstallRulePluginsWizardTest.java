package io.mailscope.ui.install.tests.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.ui.install.internal.wizard.InstallRulePluginsWizard;
import io.mailscope.ui.install.internal.wizard.RepositoryPage;
import io.mailscope.ui.install.provisioning.AvailableFeature;
import io.mailscope.ui.install.provisioning.InstallProblem;
import io.mailscope.ui.install.tests.provisioning.ScratchP2;

/** The wizard driven as a user would, against a real p2 agent and profile in a temporary folder. */
class InstallRulePluginsWizardTest {

    /** Exposes the Next and Finish buttons' actions. */
    private static final class Dialog extends WizardDialog {
        Dialog(Shell shell, InstallRulePluginsWizard wizard) {
            super(shell, wizard);
            setBlockOnOpen(false);
        }

        void next() {
            nextPressed();
        }

        void finish() {
            finishPressed();
        }
    }

    @TempDir
    Path temp;

    private ScratchP2 p2;
    private InstallRulePluginsWizard wizard;
    private Dialog dialog;

    @BeforeEach
    void openWizard() throws Exception {
        p2 = new ScratchP2(temp);
        p2.provisionProduct();
        wizard = new InstallRulePluginsWizard(p2::installer);
        dialog = new Dialog(Display.getCurrent().getActiveShell(), wizard);
        dialog.open();
    }

    @AfterEach
    void close() throws Exception {
        if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        p2.close();
    }

    @Test
    void theRepositorysFeaturesAreListedAndTheChosenOneIsInstalledAfterReview() throws Exception {
        URI repository = p2.rulesRepository();
        RepositoryPage page = wizard.repositoryPage();

        page.setLocation(Path.of(repository).toString());

        assertNull(page.getErrorMessage(), page.detailsText());
        Table table = table(page);
        assertEquals(2, table.getItemCount());
        TableItem first = table.getItem(0);
        assertEquals(List.of("Broken Rules", "1.0.0", "Example Support Team", "", ScratchP2.BROKEN_FEATURE), texts(first)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(List.of("Example Rules", "2.1.0.v20261201", "Example Support Team", "", ScratchP2.RULES_FEATURE), texts(table.getItem(1))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertFalse(page.isPageComplete(), "nothing chosen yet"); //$NON-NLS-1$

        page.check(feature(page, ScratchP2.RULES_FEATURE), true);
        assertTrue(page.isPageComplete());
        dialog.next();

        assertSame(wizard.reviewPage(), dialog.getCurrentPage(), "p2 resolved the feature"); //$NON-NLS-1$
        assertNotNull(wizard.reviewPage().change());
        assertTrue(wizard.canFinish());
        assertFalse(p2.profileHas(ScratchP2.RULES_BUNDLE), "nothing is installed before Finish"); //$NON-NLS-1$

        dialog.finish();

        assertTrue(p2.profileHas(ScratchP2.RULES_BUNDLE));
        assertEquals(List.of(ScratchP2.RULES_FEATURE), wizard.installed().stream().map(AvailableFeature::id).toList());
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard closed"); //$NON-NLS-1$
    }

    @Test
    void aConflictKeepsTheWizardOnTheFirstPageWithTheMissingRequirementShown() throws Exception {
        RepositoryPage page = wizard.repositoryPage();
        page.setLocation(Path.of(p2.rulesRepository()).toString());

        page.check(feature(page, ScratchP2.BROKEN_FEATURE), true);
        dialog.next();

        assertSame(page, dialog.getCurrentPage());
        assertTrue(page.getErrorMessage().startsWith("p2 cannot install " + ScratchP2.BROKEN_FEATURE), page.getErrorMessage()); //$NON-NLS-1$
        assertTrue(page.detailsText().contains(ScratchP2.MISSING_BUNDLE), page.detailsText());
        assertFalse(wizard.canFinish());
        assertFalse(p2.profileHas(ScratchP2.BROKEN_FEATURE + ".feature.group")); //$NON-NLS-1$
    }

    @Test
    void aLocationThatIsNotThereIsReportedWithThePath() {
        RepositoryPage page = wizard.repositoryPage();
        Path missing = temp.resolve("no-such-repository"); //$NON-NLS-1$

        page.setLocation(missing.toString());

        assertEquals("No such folder or file: " + missing, page.getErrorMessage()); //$NON-NLS-1$
        assertEquals(0, table(page).getItemCount());
        assertFalse(page.isPageComplete());
    }

    @Test
    void whatIsInstalledIsShownGreyAndCannotBeChosenAgain() throws Exception {
        URI repository = p2.rulesRepository();
        RepositoryPage page = wizard.repositoryPage();
        page.setLocation(Path.of(repository).toString());
        page.check(feature(page, ScratchP2.RULES_FEATURE), true);
        dialog.next();
        dialog.finish();

        InstallRulePluginsWizard again = new InstallRulePluginsWizard(p2::installer);
        Dialog second = new Dialog(Display.getCurrent().getActiveShell(), again);
        second.open();
        try {
            again.repositoryPage().setLocation(Path.of(repository).toString());
            assertEquals("installed", table(again.repositoryPage()).getItem(1).getText(3)); //$NON-NLS-1$
            assertEquals(List.of(ScratchP2.BROKEN_FEATURE), again.repositoryPage().chosen().stream().map(AvailableFeature::id).toList(),
                    "the only installable feature left is checked; the installed one is never chosen"); //$NON-NLS-1$
            again.repositoryPage().check(feature(again.repositoryPage(), ScratchP2.RULES_FEATURE), true);
            assertEquals(List.of(ScratchP2.BROKEN_FEATURE), again.repositoryPage().chosen().stream().map(AvailableFeature::id).toList());
        } finally {
            second.close();
        }
    }

    @Test
    void aProductWithoutP2ProfileOpensTheWizardWithTheReason() {
        dialog.close();
        InstallRulePluginsWizard unprovisioned = new InstallRulePluginsWizard(() -> {
            throw new InstallProblem(InstallProblem.Kind.NOT_PROVISIONED, "This Mailscope was not installed by p2"); //$NON-NLS-1$
        });
        dialog = new Dialog(Display.getCurrent().getActiveShell(), unprovisioned);
        dialog.open();

        assertEquals("This Mailscope was not installed by p2", unprovisioned.repositoryPage().getErrorMessage()); //$NON-NLS-1$
        assertFalse(unprovisioned.repositoryPage().getControl().isEnabled());
    }

    @Test
    void helpMenuCommandIsDefinedAndHandled() {
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("io.mailscope.ui.install.commands.installRulePlugins"); //$NON-NLS-1$
        assertTrue(command.isDefined());
        assertTrue(command.isHandled());
    }

    private static Table table(RepositoryPage page) {
        return find(page.getControl(), Table.class);
    }

    private static <T> T find(org.eclipse.swt.widgets.Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> texts(TableItem item) {
        return java.util.stream.IntStream.range(0, item.getParent().getColumnCount()).mapToObj(item::getText).toList();
    }

    private static AvailableFeature feature(RepositoryPage page, String id) {
        return page.contents().find(id).orElseThrow();
    }
}
