package io.mailscope.ui.internal.actions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;

/** Copy on every table and tree: the selected rows as tab-separated text, one line per row, as the columns show them. */
public final class TableCopy {

    private TableCopy() {
    }

    /** @return the selected rows' text (empty if nothing is selected) */
    public static String selectedText(Table table) {
        return text(table.getColumnCount(), Arrays.stream(table.getSelection()).<IntFunction<String>> map(item -> item::getText).toList());
    }

    /** @return the selected rows' text of a tree (empty if nothing is selected) */
    public static String selectedText(Tree tree) {
        return text(tree.getColumnCount(), Arrays.stream(tree.getSelection()).<IntFunction<String>> map(item -> item::getText).toList());
    }

    private static String text(int columnCount, List<IntFunction<String>> rows) {
        StringBuilder b = new StringBuilder();
        int columns = Math.max(1, columnCount);
        for (IntFunction<String> row : rows) {
            List<String> cells = new ArrayList<>(columns);
            for (int i = 0; i < columns; i++) {
                cells.add(row.apply(i));
            }
            b.append(String.join("\t", cells).strip()).append(System.lineSeparator()); //$NON-NLS-1$
        }
        return b.toString();
    }

    /** Puts the selected rows on the clipboard. */
    public static void copy(Table table) {
        copyText(table, selectedText(table));
    }

    /** Puts the selected rows of a tree on the clipboard. */
    public static void copy(Tree tree) {
        copyText(tree, selectedText(tree));
    }

    /** Puts {@code text} on the clipboard (nothing when it is empty). */
    public static void copyText(Control control, String text) {
        if (text.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(control.getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
