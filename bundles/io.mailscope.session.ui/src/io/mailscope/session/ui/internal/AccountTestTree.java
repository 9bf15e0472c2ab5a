package io.mailscope.session.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.mailscope.model.Finding;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.session.AccountTestResult;
import io.mailscope.session.PhaseResult;
import io.mailscope.ui.internal.viewers.ColumnLabels;
import io.mailscope.ui.internal.viewers.ViewerColumns;

/**
 * The account test's phases as a tree: resolve, connect, greeting, capabilities, TLS, authentication, mailbox or
 * submission, quit, each with pass / warn / FAIL / skip, what was seen and how long it took; under a phase, the
 * findings that explain it (error code and catalog cause). Double-clicking a finding opens it in the Diagnosis view
 * and its cause in the Error Code Catalog.
 */
final class AccountTestTree {

    /** A finding under the phase it explains. */
    record PhaseFinding(PhaseResult phase, Finding finding) {
    }

    private final TreeViewer viewer;
    private AccountTestResult result;

    AccountTestTree(Composite parent, Consumer<Finding> open) {
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof AccountTestResult r ? r.phases().toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                if (parent instanceof PhaseResult phase && result != null) {
                    return result.findingsOf(phase.phase()).stream().map(f -> new PhaseFinding(phase, f)).toArray();
                }
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof PhaseFinding f ? f.phase() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        column(layout, Messages.AccountTestTree_Phase, 18, 125, element -> switch (element) {
            case PhaseResult p -> p.phase().id();
            case PhaseFinding f -> f.finding().getErrorCode() == null ? Messages.AccountTestTree_Finding : ErrorCodes.hex(f.finding().getErrorCode());
            default -> ""; //$NON-NLS-1$
        });
        column(layout, Messages.AccountTestTree_Status, 8, 45, element -> element instanceof PhaseResult p ? p.status().label() : ""); //$NON-NLS-1$
        column(layout, Messages.AccountTestTree_Detail, 64, 150, element -> switch (element) {
            case PhaseResult p -> p.detail();
            case PhaseFinding f -> f.finding().getCause() != null ? f.finding().getCause().getTitle() + " \u2014 " + f.finding().getSummary() //$NON-NLS-1$
                    : f.finding().getSummary();
            default -> ""; //$NON-NLS-1$
        });
        column(layout, Messages.AccountTestTree_Time, 10, 60, element -> element instanceof PhaseResult p ? p.millis() + " ms" : ""); //$NON-NLS-1$ //$NON-NLS-2$
        viewer.addDoubleClickListener(e -> {
            Object selected = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (selected instanceof PhaseFinding f) {
                open.accept(f.finding());
            } else if (selected instanceof PhaseResult p && result != null) {
                result.findingsOf(p.phase()).stream().findFirst().ifPresent(open);
            }
        });
    }

    private void column(TreeColumnLayout layout, String title, int weight, int minimumWidth, java.util.function.Function<Object, String> text) {
        ViewerColumns.add(viewer, layout, title, new ColumnWeightData(weight, minimumWidth),
                ColumnLabels.of(Object.class, text).foreground(this::statusColour));
    }

    private Color statusColour(Object element) {
        if (element instanceof PhaseResult p) {
            Display display = viewer.getControl().getDisplay();
            return switch (p.status()) {
                case FAILED -> display.getSystemColor(SWT.COLOR_DARK_RED);
                case WARNING -> display.getSystemColor(SWT.COLOR_DARK_YELLOW);
                case SKIPPED -> display.getSystemColor(SWT.COLOR_DARK_GRAY);
                case PASSED -> display.getSystemColor(SWT.COLOR_DARK_GREEN);
            };
        }
        return null;
    }

    void show(AccountTestResult newResult) {
        result = newResult;
        viewer.setInput(newResult);
        viewer.expandAll();
    }

    AccountTestResult result() {
        return result;
    }

    /** @return the findings shown under each failed phase */
    List<PhaseFinding> failedPhaseFindings() {
        if (result == null) {
            return List.of();
        }
        return result.phases().stream().filter(p -> p.status() == PhaseResult.Status.FAILED)
                .flatMap(p -> result.findingsOf(p.phase()).stream().map(f -> new PhaseFinding(p, f))).toList();
    }

    TreeViewer viewer() {
        return viewer;
    }

    org.eclipse.swt.widgets.Control control() {
        return viewer.getControl().getParent();
    }
}
