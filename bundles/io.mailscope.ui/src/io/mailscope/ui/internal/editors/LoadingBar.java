package io.mailscope.ui.internal.editors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import io.mailscope.ui.internal.traces.TraceDocument;

/**
 * The line above a trace that is still being read: how many rows and how much of the file so far, and Stop (the same
 * as cancelling the opening job in the Progress view: the rows read stay). After a stop or a failure it says what
 * the engineer has: the rows read and no diagnosis. It disappears when the trace is read.
 */
final class LoadingBar {

    private final Composite bar;
    private final ProgressBar progress;
    private final Label label;
    private final Button stop;
    private final TraceDocument document;

    LoadingBar(Composite parent, TraceDocument document) {
        this.document = document;
        bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(bar);
        progress = new ProgressBar(bar, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setMaximum(1000);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).align(SWT.BEGINNING, SWT.CENTER).applyTo(progress);
        label = new Label(bar, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(label);
        stop = new Button(bar, SWT.PUSH);
        stop.setText(EditorMessages.TraceEditor_Stop);
        stop.setToolTipText(EditorMessages.TraceEditor_StopTooltip);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(stop);
        stop.addListener(SWT.Selection, e -> {
            stop.setEnabled(false);
            document.stopLoading();
        });
        update(0);
    }

    /** Shows the state of the document with {@code rows} rows read. */
    void update(int rows) {
        if (bar.isDisposed()) {
            return;
        }
        switch (document.state()) {
            case LOADING -> {
                long total = document.sourceBytes();
                int permille = total > 0 ? (int) Math.min(1000, 1000L * Math.max(0, document.bytesRead()) / total) : 0;
                progress.setSelection(permille);
                label.setText(NLS.bind(EditorMessages.TraceEditor_Loading, new Object[] { document.name(), String.format("%,d", Integer.valueOf(rows)), //$NON-NLS-1$
                        Integer.valueOf(permille / 10) }));
                bar.layout(); // only the label changed: the table keeps its size
                return;
            }
            case STOPPED -> ended(NLS.bind(EditorMessages.TraceEditor_Stopped, document.problem()), SWT.COLOR_WIDGET_FOREGROUND);
            case FAILED -> ended(document.problem(), SWT.COLOR_DARK_RED);
            case LOADED -> {
                Composite parent = bar.getParent();
                bar.dispose();
                parent.layout(true, true);
                return;
            }
        }
        bar.getParent().layout(true, true);
    }

    private void ended(String text, int colour) {
        progress.setVisible(false);
        ((org.eclipse.swt.layout.GridData) progress.getLayoutData()).exclude = true;
        stop.setVisible(false);
        ((org.eclipse.swt.layout.GridData) stop.getLayoutData()).exclude = true;
        label.setText(text == null ? "" : text); //$NON-NLS-1$
        label.setForeground(label.getDisplay().getSystemColor(colour));
    }

    /** @return the text shown (tests) */
    String text() {
        return bar.isDisposed() ? "" : label.getText(); //$NON-NLS-1$
    }

    boolean isShown() {
        return !bar.isDisposed();
    }

    /** Keeps it above the table when created after the filter bar. */
    void moveBelow(org.eclipse.swt.widgets.Control control) {
        bar.moveBelow(control);
    }
}
