package io.mailscope.ui.internal.editors;

import java.util.BitSet;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * A table over any number of rows that holds only the rows in view: the SWT table has one item per visible row and
 * its own vertical scroll bar is off; a {@link Slider} beside it scrolls over the row count. SWT's virtual table does
 * not do: GTK makes {@code Table.setItemCount} linear in the count (3 million rows held the UI thread for 6.3 s), and
 * a count that grows while a trace is still being read would do it again and again.
 * <p>
 * This class does what the native table did for its items: the top row, the selection (by row position, so rows far
 * out of view stay selected), the keyboard (Up, Down, Page Up, Page Down, Home, End, with Shift to extend and Ctrl+A)
 * and the mouse wheel. Rows are painted by the {@link Painter} on every change of the window, a page at a time.
 */
final class PagedRowTable {

    /** Fills the table item that shows the row at {@code position}. */
    @FunctionalInterface
    interface Painter {
        void paint(TableItem item, int position);
    }

    private final Composite control;
    private final Table table;
    private final Slider slider;
    private final Painter painter;
    private final BitSet selection = new BitSet();
    private final ListenerList<Runnable> selectionListeners = new ListenerList<>();
    private final ListenerList<Runnable> openListeners = new ListenerList<>();
    private int rowCount;
    private int top;
    private int visible = 1;
    /** The row the keyboard moves from, and where Shift extends a selection from. */
    private int caret;
    private int anchor;
    private int mouseState;

    PagedRowTable(Composite parent, int tableStyle, Painter painter) {
        this.painter = painter;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(control);
        table = new Table(control, tableStyle | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        // the rows in view are all the table holds, so its own scroll bar would only show a few pixels of play
        table.getVerticalBar().setVisible(false);
        slider = new Slider(control, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(slider);
        slider.addListener(SWT.Selection, e -> scrollTo(slider.getSelection()));
        table.addListener(SWT.Resize, e -> resized());
        table.addListener(SWT.KeyDown, this::key);
        table.addListener(SWT.MouseVerticalWheel, this::wheel);
        table.addListener(SWT.MouseDown, e -> mouseState = e.stateMask);
        table.addListener(SWT.Selection, this::clicked);
        table.addListener(SWT.DefaultSelection, e -> openListeners.forEach(Runnable::run));
        slider.addListener(SWT.MouseVerticalWheel, this::wheel);
        updateSlider();
    }

    /** @return the composite holding the table and its scroll slider (for layouts) */
    Composite control() {
        return control;
    }

    /** @return the table: columns, menu, colours; it holds only the items in view */
    Table table() {
        return table;
    }

    Slider slider() {
        return slider;
    }

    /** Told when the selection changed through the keyboard or the mouse (not through {@link #select}). */
    void addSelectionListener(Runnable listener) {
        selectionListeners.add(listener);
    }

    /** Told on a double click or Enter. */
    void addOpenListener(Runnable listener) {
        openListeners.add(listener);
    }

    int rowCount() {
        return rowCount;
    }

    /**
     * Sets the number of rows: a count that grows (a trace still being read) keeps the view where it is and paints
     * only when new rows come into view; any other change repaints the view.
     */
    void setRowCount(int count) {
        int before = rowCount;
        rowCount = Math.max(0, count);
        if (rowCount < before) {
            selection.clear(rowCount, Math.max(rowCount, before));
            caret = Math.min(caret, Math.max(0, rowCount - 1));
            anchor = Math.min(anchor, Math.max(0, rowCount - 1));
        }
        int oldTop = top;
        top = clampTop(top);
        updateSlider();
        if (rowCount < before || top != oldTop || before < top + visible) {
            paintWindow();
        }
    }

    /** @return the position of the first row in view */
    int top() {
        return top;
    }

    /** @return how many rows the table shows at once */
    int visibleRows() {
        return visible;
    }

    /** Puts row {@code position} at the top of the view (as far as the rows go) and paints the view. */
    void scrollTo(int position) {
        int newTop = clampTop(position);
        if (newTop != top) {
            top = newTop;
            updateSlider();
            paintWindow();
        } else if (slider.getSelection() != top) {
            slider.setSelection(top);
        }
    }

    /** Scrolls as little as needed for row {@code position} to be in view (with {@code context} rows before it). */
    void reveal(int position, int context) {
        if (position < top) {
            scrollTo(position - context);
        } else if (position >= top + visible) {
            scrollTo(position - visible + 1 + Math.min(context, visible / 2));
        }
    }

    /** Repaints the rows in view (their data or marks changed). */
    void refresh() {
        paintWindow();
    }

    /** Selects exactly these rows (positions out of range are ignored); the caret goes to the first. */
    void select(int... positions) {
        selection.clear();
        for (int p : positions) {
            if (p >= 0 && p < rowCount) {
                selection.set(p);
            }
        }
        int first = selection.nextSetBit(0);
        if (first >= 0) {
            caret = first;
            anchor = first;
        }
        showSelection();
    }

    /** Selects every row (Ctrl+A). */
    void selectAll() {
        selection.set(0, rowCount);
        showSelection();
        fireSelection();
    }

    /** @return the selected positions, ascending */
    int[] selection() {
        return selection.stream().toArray();
    }

    /** @return the first {@code max} selected positions, ascending */
    int[] selection(int max) {
        return selection.stream().limit(max).toArray();
    }

    int selectionCount() {
        return selection.cardinality();
    }

    boolean isSelected(int position) {
        return selection.get(position);
    }

    /** @return the position shown by the table item at {@code itemIndex} */
    int positionOf(int itemIndex) {
        return top + itemIndex;
    }

    private int clampTop(int position) {
        return Math.max(0, Math.min(position, rowCount - visible));
    }

    private void resized() {
        if (table.getItemCount() == 0) {
            table.setItemCount(1); // measured from the first row down
        }
        Rectangle area = table.getClientArea();
        Rectangle first = table.getItem(0).getBounds();
        int itemHeight = Math.max(1, table.getItemHeight());
        // only whole rows: a half-visible last item would let GTK scroll the table by a few pixels on a click
        int rows = Math.max(1, (area.y + area.height - first.y) / itemHeight);
        if (rows != visible || table.getItemCount() != rows) {
            visible = rows;
            table.setItemCount(visible);
            top = clampTop(top);
            updateSlider();
            paintWindow();
        }
    }

    private void updateSlider() {
        int thumb = Math.max(1, Math.min(visible, Math.max(rowCount, 1)));
        slider.setValues(top, 0, Math.max(rowCount, 1), thumb, 1, Math.max(1, visible - 1));
        slider.setEnabled(rowCount > visible);
    }

    private void paintWindow() {
        if (table.isDisposed()) {
            return;
        }
        table.setRedraw(false);
        try {
            int items = table.getItemCount();
            IntStream.Builder selected = IntStream.builder();
            for (int i = 0; i < items; i++) {
                TableItem item = table.getItem(i);
                int position = top + i;
                if (position < rowCount) {
                    painter.paint(item, position);
                    if (selection.get(position)) {
                        selected.add(i);
                    }
                } else {
                    clear(item);
                }
            }
            table.deselectAll();
            table.select(selected.build().toArray());
        } finally {
            table.setRedraw(true);
        }
    }

    private void clear(TableItem item) {
        for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
            item.setText(c, ""); //$NON-NLS-1$
            item.setImage(c, null);
        }
        item.setForeground(null);
        item.setBackground(null);
        item.setData(null);
    }

    private void showSelection() {
        int first = selection.nextSetBit(0);
        if (first >= 0 && (first < top || first >= top + visible)) {
            reveal(first, 3);
        } else {
            paintWindow();
        }
    }

    private void fireSelection() {
        selectionListeners.forEach(Runnable::run);
    }

    /** A click (the native table changed its selection among the items in view): the same on the rows. */
    private void clicked(Event e) {
        int item = e.item instanceof TableItem ti ? table.indexOf(ti) : -1;
        int state = mouseState;
        mouseState = 0;
        if (item < 0) {
            return;
        }
        int position = positionOf(item);
        if (position >= rowCount) {
            paintWindow(); // an empty item below the last row
            return;
        }
        if ((state & SWT.SHIFT) != 0) {
            selection.clear();
            selection.set(Math.min(anchor, position), Math.max(anchor, position) + 1);
        } else if ((state & SWT.MOD1) != 0) {
            // Ctrl+click toggles in the view; rows selected out of view stay selected
            selection.clear(top, Math.min(rowCount, top + visible));
            for (int i : table.getSelectionIndices()) {
                if (positionOf(i) < rowCount) {
                    selection.set(positionOf(i));
                }
            }
            anchor = position;
        } else {
            selection.clear();
            selection.set(position);
            anchor = position;
        }
        caret = position;
        paintWindow();
        fireSelection();
    }

    private void key(Event e) {
        if (rowCount == 0) {
            return;
        }
        int target;
        switch (e.keyCode) {
            case SWT.ARROW_UP -> target = caret - 1;
            case SWT.ARROW_DOWN -> target = caret + 1;
            case SWT.PAGE_UP -> target = caret - Math.max(1, visible - 1);
            case SWT.PAGE_DOWN -> target = caret + Math.max(1, visible - 1);
            case SWT.HOME -> target = 0;
            case SWT.END -> target = rowCount - 1;
            default -> {
                if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.keyCode == 'A')) {
                    e.doit = false;
                    selectAll();
                }
                return;
            }
        }
        e.doit = false; // the native table knows only the rows in view
        moveCaret(Math.max(0, Math.min(rowCount - 1, target)), (e.stateMask & SWT.SHIFT) != 0,
                (e.stateMask & SWT.MOD1) != 0 && e.keyCode != SWT.HOME && e.keyCode != SWT.END);
    }

    private void moveCaret(int target, boolean extend, boolean keepSelection) {
        int pageJump = target - caret;
        caret = target;
        if (extend) {
            selection.clear();
            selection.set(Math.min(anchor, caret), Math.max(anchor, caret) + 1);
        } else if (!keepSelection) {
            selection.clear();
            selection.set(caret);
            anchor = caret;
        }
        if (caret < top || caret >= top + visible) {
            // a page key keeps the caret where it was in the view, as native tables do
            boolean page = Math.abs(pageJump) > 1;
            int newTop = clampTop(page ? top + pageJump : caret < top ? caret : caret - visible + 1);
            if (caret < newTop || caret >= newTop + visible) {
                newTop = clampTop(caret < top ? caret : caret - visible + 1); // the caret was out of view (wheel, slider)
            }
            if (newTop != top) {
                top = newTop;
                updateSlider();
            }
        }
        paintWindow();
        fireSelection();
    }

    private void wheel(Event e) {
        e.doit = false;
        scrollTo(top - e.count);
    }
}
