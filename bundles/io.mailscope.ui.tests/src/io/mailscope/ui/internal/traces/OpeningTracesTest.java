package io.mailscope.ui.internal.traces;

import static io.mailscope.ui.tests.shared.Workbench.diagnosisView;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.testFile;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.traceEditors;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mailscope.model.Finding;
import io.mailscope.ui.internal.wizards.ImportTraceWizard;
import io.mailscope.tests.harness.LogEntries;

/** The ways a trace arrives: pasted into the import wizard, dropped onto the window, reopened from Recent Traces. */
class OpeningTracesTest {

    private static final String SEED = "outlook2002-pop3-0x800ccc97.log";
    @RegisterExtension
    final LogEntries log = new LogEntries();

    @BeforeEach
    void setUp() {
        resetPage();
    }

    @AfterEach
    void tearDown() {
        // close the error dialogs a bad file leaves open, as the engineer would
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell() && shell.getParent() != null && !shell.isDisposed()) {
                shell.close();
            }
        }
        processEvents();
    }

    private static boolean has0x800CCC97() {
        return diagnosisView().findings().stream().anyMatch(f -> f.getErrorCode() != null && f.getErrorCode().getValue() == 0x800CCC97);
    }

    @Test
    void textPastedFromTheClipboardIntoTheImportWizardIsDiagnosed() throws Exception {
        String text = Files.readString(testFile(SEED), StandardCharsets.ISO_8859_1);
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        ImportTraceWizard wizard = new ImportTraceWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.page().setPastedText("ticket 4711", ""); //$NON-NLS-1$ //$NON-NLS-2$
            assertFalse(wizard.canFinish(), "nothing pasted yet");
            wizard.page().pasteFromClipboard();
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        waitForOpening();
        assertEquals("ticket 4711", traceEditor("ticket 4711").document().name());
        assertTrue(has0x800CCC97(), diagnosisView().findings().toString());
        // the evidence rows come from the pasted text, and its source lines are read back from it
        var editor = traceEditor("ticket 4711");
        editor.goToLine(57);
        editor.setSourceVisible(true);
        assertTrue(editor.sourceText().contains("    57  2003.07.11 15:11:12 \"POP3: [tx] STAT\")"), editor.sourceText());
    }

    @Test
    void aFileDroppedOnTheWindowOpens() throws Exception {
        Path healthy = testFile("pop3-healthy-fetchmail.txt");
        new TraceFileDropHandler().filesDropped(new String[] { healthy.toString() });
        waitForOpening();
        assertEquals(healthy, traceEditor("pop3-healthy-fetchmail.txt").document().file());
        assertTrue(diagnosisView().findings().stream().noneMatch(Finding::isDetermined), "a healthy session: " + diagnosisView().findings());
        assertEquals(healthy.toAbsolutePath().normalize(), RecentTraces.list().get(0), "it is the most recent trace");
    }

    @Test
    void aFolderOpensEveryTraceInsideIt(@TempDir Path folder) throws Exception {
        Files.copy(testFile(SEED), folder.resolve(SEED));
        Files.copy(testFile("pop3-healthy-fetchmail.txt"), folder.resolve("healthy.txt"));
        TraceOpener.openFiles(List.of(folder));
        waitForOpening();
        assertEquals(2, traceEditors().size());
    }

    @Test
    void aFileThatIsNoTraceIsReportedAndTheWorkbenchStaysAsItWas(@TempDir Path folder) throws Exception {
        TraceOpener.openFiles(List.of(testFile(SEED)));
        waitForOpening();
        int editors = traceEditors().size();
        Path binary = folder.resolve("photo.jpg");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(binary, bytes);
        Path missing = folder.resolve("missing.log");
        TraceOpener.openFiles(List.of(binary, missing));
        waitForOpening();
        assertEquals(editors, traceEditors().size(), "nothing opened for the bad files");
        assertTrue(has0x800CCC97(), "the open trace is still diagnosed");
        List<String> errors = log.all().stream().filter(s -> s.getSeverity() == IStatus.ERROR).map(IStatus::getMessage).toList();
        assertTrue(errors.stream().anyMatch(m -> m.startsWith(binary + ": ") && m.contains("Nothing was opened")), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.startsWith(missing + ": cannot be read")), errors.toString());
    }
}
