package io.mailscope.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.report.FoldedFinding;

/**
 * The rows of the Diagnosis view: one row per distinct finding, folded by the report bundle exactly as
 * {@code mailscope diagnose} folds it ({@link FoldedFinding}), with every occurrence of a repeated finding as a child
 * row; then the rules that failed. Rows compare by identity of the fold, so a trace whose fault repeats a thousand
 * times costs no list comparisons when the tree looks a row up.
 */
final class DiagnosisRows {

    private DiagnosisRows() {
    }

    /** A distinct finding: its first occurrence, and the repeats folded into it. */
    static final class FindingRow {
        private final FoldedFinding fold;

        FindingRow(FoldedFinding fold) {
            this.fold = fold;
        }

        FoldedFinding fold() {
            return fold;
        }

        /** @return the finding the row stands for: the first occurrence */
        Finding finding() {
            return fold.first();
        }

        int occurrences() {
            return fold.occurrences();
        }

        /** @return the occurrence at {@code index} (0 = the first) */
        OccurrenceRow occurrence(int index) {
            return new OccurrenceRow(this, index);
        }

        /** @return the index of {@code finding} among the occurrences, or -1 */
        int indexOf(Finding finding) {
            if (fold.first() == finding) {
                return 0;
            }
            List<Finding> repeats = fold.repeats();
            for (int i = 0; i < repeats.size(); i++) {
                if (repeats.get(i) == finding) {
                    return i + 1;
                }
            }
            return -1;
        }
    }

    /** One occurrence of a repeated finding (a child row), by its index among the occurrences. */
    record OccurrenceRow(FindingRow parent, int index) {

        Finding finding() {
            return index == 0 ? parent.fold().first() : parent.fold().repeats().get(index - 1);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OccurrenceRow other && other.parent == parent && other.index == index;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(parent) * 31 + index;
        }
    }

    /** @return the rows of a diagnosis: the folded findings in the order of their first occurrence, then the rule failures */
    static List<Object> of(Diagnosis diagnosis) {
        List<Object> rows = new ArrayList<>();
        FoldedFinding.fold(diagnosis.getFindings()).forEach(f -> rows.add(new FindingRow(f)));
        rows.addAll(diagnosis.getRuleFailures());
        return rows;
    }

    /** @return the finding a row stands for (a folded row: its first occurrence), or null for a rule failure */
    static Finding findingOf(Object row) {
        return switch (row) {
            case FindingRow f -> f.finding();
            case OccurrenceRow o -> o.finding();
            case null, default -> null;
        };
    }

    /** The tree's structure: folded findings with repeats have their occurrences as children. */
    static final class ContentProvider implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> rows ? rows.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof FindingRow row && row.occurrences() > 1) {
                Object[] children = new Object[row.occurrences()];
                for (int i = 0; i < children.length; i++) {
                    children[i] = row.occurrence(i);
                }
                return children;
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof OccurrenceRow o ? o.parent() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof FindingRow row && row.occurrences() > 1;
        }
    }

    /**
     * What the view tells the workbench is selected: the findings (and rule failures) behind the selected rows, so the
     * Properties view, Add Note and Reproduce on Test Server see a {@link Finding} whether a folded row or one of its
     * occurrences is selected. Setting a selection of findings selects their rows.
     */
    static final class FindingSelectionProvider implements ISelectionProvider {
        private final StructuredViewer viewer;
        private final java.util.function.Consumer<Finding> select;
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

        FindingSelectionProvider(StructuredViewer viewer, java.util.function.Consumer<Finding> select) {
            this.viewer = viewer;
            this.select = select;
            viewer.addSelectionChangedListener(e -> {
                SelectionChangedEvent mapped = new SelectionChangedEvent(this, getSelection());
                listeners.forEach(l -> l.selectionChanged(mapped));
            });
        }

        @Override
        public ISelection getSelection() {
            List<Object> selected = new ArrayList<>();
            for (Object row : ((IStructuredSelection) viewer.getSelection()).toList()) {
                Finding finding = findingOf(row);
                selected.add(finding != null ? finding : row);
            }
            return new StructuredSelection(selected);
        }

        @Override
        public void setSelection(ISelection selection) {
            if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Finding finding) {
                select.accept(finding);
            } else {
                viewer.setSelection(selection);
            }
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }
    }
}
