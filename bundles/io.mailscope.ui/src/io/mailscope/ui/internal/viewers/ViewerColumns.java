package io.mailscope.ui.internal.viewers;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Item;

/**
 * The columns of Mailscope's tables and trees: one way to add a left-aligned column with its title, its size and its
 * labels (usually {@link ColumnLabels}), in every view, page and dialog.
 */
public final class ViewerColumns {

    private ViewerColumns() {
    }

    /** @return a new last column of {@code viewer}, {@code width} pixels wide */
    public static TableViewerColumn add(TableViewer viewer, String title, int width, CellLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setWidth(width);
        return titled(column, column.getColumn(), title, labels);
    }

    /** @return a new last column of {@code viewer}, {@code width} pixels wide */
    public static TreeViewerColumn add(TreeViewer viewer, String title, int width, CellLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setWidth(width);
        return titled(column, column.getColumn(), title, labels);
    }

    /** @return a new last column of {@code viewer}, sized by {@code layout} (the table's parent's layout) */
    public static TableViewerColumn add(TableViewer viewer, TableColumnLayout layout, String title, ColumnLayoutData size,
            CellLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        layout.setColumnData(column.getColumn(), size);
        return titled(column, column.getColumn(), title, labels);
    }

    /** @return a new last column of {@code viewer}, sized by {@code layout} (the tree's parent's layout) */
    public static TreeViewerColumn add(TreeViewer viewer, TreeColumnLayout layout, String title, ColumnLayoutData size,
            CellLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        layout.setColumnData(column.getColumn(), size);
        return titled(column, column.getColumn(), title, labels);
    }

    /** @return {@code column}, its {@code header} (the SWT table or tree column) titled, its cells labelled */
    private static <C extends ViewerColumn> C titled(C column, Item header, String title, CellLabelProvider labels) {
        header.setText(title);
        column.setLabelProvider(labels);
        return column;
    }
}
