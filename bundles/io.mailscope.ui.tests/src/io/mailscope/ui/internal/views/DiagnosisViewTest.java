package io.mailscope.ui.internal.views;

import static io.mailscope.ui.tests.shared.Workbench.diagnosisView;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.testFile;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.trace.rows.TraceRow;
import io.mailscope.ui.internal.SupportPerspective;
import io.mailscope.ui.internal.traces.TraceOpener;
import io.mailscope.tests.harness.LogEntries;

/** The Diagnosis view with a broken rule plug-in installed (this test bundle's ThrowingRule), and the Properties view. */
class DiagnosisViewTest {

    private static final String SEED = "outlook2002-pop3-0x800ccc97.log";
    private static final String TEST_BUNDLE = "io.mailscope.ui.tests";
    @RegisterExtension
    final LogEntries log = new LogEntries();

    @BeforeEach
    void openSeed() {
        resetPage();
        TraceOpener.openFiles(List.of(testFile(SEED)));
        waitForOpening();
    }

    @Test
    void aRuleThatThrowsIsNamedWithItsBundleAndTheOtherFindingsStay() throws Exception {
        DiagnosisView view = diagnosisView();
        assertTrue(view.findings().stream().anyMatch(f -> f.isDetermined() && f.getErrorCode().getValue() == 0x800CCC97), view.findings().toString());
        RuleFailure failure = view.ruleFailures().stream().filter(f -> f.getContributor().equals(TEST_BUNDLE)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure of " + TEST_BUNDLE + ": " + view.ruleFailures()));
        assertEquals("io.mailscope.ui.tests.throwing", failure.getRuleId());
        assertTrue(log.any(s -> s.getPlugin().equals(TEST_BUNDLE) && s.getSeverity() == IStatus.ERROR),
                "logged under the contributing bundle's id: " + log.all());

        // the Error Log view lists it, with the plug-in column naming the bundle
        page().showView(SupportPerspective.ERROR_LOG_VIEW_ID);
        waitUntil("the Error Log shows the rule failure", 20, () -> errorLogRows().stream()
                .anyMatch(row -> row.contains(TEST_BUNDLE) && row.contains("io.mailscope.ui.tests.throwing")));
    }

    /** @return the rows of the Error Log's tree, cells joined by " | " */
    private static List<String> errorLogRows() {
        processEvents();
        List<String> rows = new ArrayList<>();
        collectTrees(page().getWorkbenchWindow().getShell(), rows);
        return rows;
    }

    private static void collectTrees(Control control, List<String> rows) {
        if (control instanceof Tree tree && tree.getColumnCount() >= 2 && tree.isVisible()) {
            for (TreeItem item : tree.getItems()) {
                rows.add(item.getText(0) + " | " + item.getText(1));
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTrees(child, rows);
            }
        }
    }

    @Test
    void thePropertiesViewDescribesTheSelectedRowAndFinding() throws Exception {
        PropertySheet properties = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET);
        assertNotNull(properties);
        var editor = traceEditor(SEED);
        page().activate(editor);
        editor.goToLine(57);
        processEvents();
        TraceRow stat = editor.selectedRows().get(0);
        IPropertySource rowProperties = org.eclipse.core.runtime.Adapters.adapt(stat, IPropertySource.class);
        assertNotNull(rowProperties, "a row adapts to the Properties view");
        assertEquals("L57", rowProperties.getPropertyValue(io.mailscope.ui.internal.Messages.Properties_Lines));
        assertEquals("client", rowProperties.getPropertyValue(io.mailscope.ui.internal.Messages.Properties_Direction));
        Finding finding = diagnosisView().findings().stream().filter(Finding::isDetermined).findFirst().orElseThrow();
        IPropertySource findingProperties = org.eclipse.core.runtime.Adapters.adapt(finding, IPropertySource.class);
        assertEquals("0x800CCC97.server-bug.hidden-control-message", findingProperties.getPropertyValue(io.mailscope.ui.internal.Messages.Properties_CauseId));
    }

    @Test
    void theCauseOpensInTheCatalog() throws Exception {
        DiagnosisView view = diagnosisView();
        Finding finding = view.findings().stream().filter(Finding::isDetermined).findFirst().orElseThrow();
        view.select(finding);
        view.openSelectedCause();
        processEvents();
        ErrorCodeCatalogView catalog = (ErrorCodeCatalogView) page().findView(ErrorCodeCatalogView.ID);
        assertEquals(List.of(0x800CCC97), catalog.visibleCodes().stream().map(c -> c.getValue()).toList());
        assertTrue(catalog.detailsText().contains("hidden-control-message"), catalog.detailsText());
    }

    @Test
    void theReportIsExportedAsHtmlAndJsonWithTheRenderersOfDiagnose(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        DiagnosisView view = diagnosisView();
        java.nio.file.Path html = folder.resolve("seed.html");
        java.nio.file.Path json = folder.resolve("seed.json");
        view.exportReport(html, false);
        view.exportReport(json, true);
        String htmlText = java.nio.file.Files.readString(html);
        assertTrue(htmlText.contains("<html") && htmlText.contains("0x800CCC97") && htmlText.contains("IXP_E_POP3_POPID_OUT_OF_RANGE"), htmlText);
        String jsonText = java.nio.file.Files.readString(json);
        assertTrue(jsonText.contains("\"0x800CCC97\"") && jsonText.contains("0x800CCC97.server-bug.hidden-control-message"), jsonText);
        assertTrue(jsonText.contains(testFile(SEED).getFileName().toString()), jsonText);
        try (var files = java.nio.file.Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary file is left next to the report");
        }
    }
}
