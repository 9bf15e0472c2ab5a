package io.mailscope.session.ui.internal;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.session.TranscriptEntry;
import io.mailscope.trace.FormatMatch;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.rows.ModelTraceRows;
import io.mailscope.trace.rows.SourceLines;
import io.mailscope.ui.internal.editors.TraceEditor;
import io.mailscope.ui.internal.traces.TraceDocument;
import io.mailscope.ui.internal.traces.TraceEditorInput;
import io.mailscope.ui.internal.views.DiagnosisView;

/**
 * The live conversation as a trace editor: each time the session has something new, the trace so far (and its
 * diagnosis) replaces the editor this console opened, and the Diagnosis view is pointed at it, so findings show while
 * the session runs. The editor's source pane shows the masked transcript, one line per trace line.
 */
final class LiveTraceEditor {

    private final IWorkbenchPage page;
    private TraceEditor editor;

    LiveTraceEditor(IWorkbenchPage page) {
        this.page = page;
    }

    /** Shows the trace (UI thread); the console keeps the focus. */
    void show(String name, Trace trace, Diagnosis diagnosis, List<TranscriptEntry> transcript) throws PartInitException {
        StringBuilder text = new StringBuilder();
        for (TranscriptEntry entry : transcript) {
            text.append(entry.kind().marker()).append(' ').append(entry.text()).append('\n');
        }
        FormatMatch format = new FormatMatch(trace.getFormatId(), trace.getFormatName(), 1.0);
        TraceDocument document = new TraceDocument(name, null, new ImportResult(trace, format, List.of(format)), diagnosis,
                ModelTraceRows.of(trace), SourceLines.ofText(text.toString(), trace));
        if (editor != null && page.findEditor(editor.getEditorInput()) != null) {
            page.closeEditor(editor, false);
        }
        editor = (TraceEditor) page.openEditor(new TraceEditorInput(document), TraceEditor.ID, false);
        DiagnosisView view = (DiagnosisView) page.showView(DiagnosisView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        view.show(editor);
    }

    /** @return the editor showing the live trace, or null when none is open */
    TraceEditor editor() {
        return editor != null && page.findEditor(editor.getEditorInput()) != null ? editor : null;
    }

    /** @return the Diagnosis view pointed at the live trace, or null */
    DiagnosisView diagnosisView() {
        return (DiagnosisView) page.findView(DiagnosisView.ID);
    }
}
