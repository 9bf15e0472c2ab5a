package io.mailscope.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Copy on every table: the selected rows as tab-separated text, one line per row, as the columns show them. */
public final class TableCopy {

    private TableCopy() {
    }

    /** @return the selected rows' text (empty if nothing is selected) */
    public static String selectedText(Table table) {
        StringBuilder b = new StringBuilder();
        int columns = Math.max(1, table.getColumnCount());
        for (TableItem item : table.getSelection()) {
            List<String> cells = new ArrayList<>(columns);
            for (int i = 0; i < columns; i++) {
                cells.add(item.getText(i));
            }
            b.append(String.join("\t", cells).strip()).append(System.lineSeparator()); //$NON-NLS-1$
        }
        return b.toString();
    }

    /** Puts the selected rows on the clipboard. */
    public static void copy(Table table) {
        copyText(table, selectedText(table));
    }

    /** Puts {@code text} on the clipboard (nothing when it is empty). */
    public static void copyText(org.eclipse.swt.widgets.Control control, String text) {
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
