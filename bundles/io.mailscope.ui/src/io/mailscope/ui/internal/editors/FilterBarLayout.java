package io.mailscope.ui.internal.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Layout;

/**
 * Lays out the line above a trace's rows so that the filter box stays usable however narrow the editor is: the first
 * child (the filter box) takes the width the second (a composite of the other controls, laid out by a wrapping
 * {@code RowLayout}) leaves; when that would be less than {@link #MIN_FILTER_WIDTH}, the controls move to a line of
 * their own below the box, where they wrap. Further children (notes) get full-width lines below.
 */
final class FilterBarLayout extends Layout {

    /** The narrowest the filter box gets beside the other controls: about 25 characters. */
    static final int MIN_FILTER_WIDTH = 220;
    private static final int MARGIN = 2;
    private static final int SPACING = 6;

    @Override
    protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
        Control[] children = composite.getChildren();
        Point filter = children[0].computeSize(SWT.DEFAULT, SWT.DEFAULT, flushCache);
        Point controls = children[1].computeSize(SWT.DEFAULT, SWT.DEFAULT, flushCache);
        int width = wHint != SWT.DEFAULT ? wHint : 2 * MARGIN + Math.max(filter.x, MIN_FILTER_WIDTH) + SPACING + controls.x;
        int inner = Math.max(0, width - 2 * MARGIN);
        int height = 2 * MARGIN + linesHeight(children, inner, flushCache);
        return new Point(width, hHint != SWT.DEFAULT ? hHint : height);
    }

    @Override
    protected void layout(Composite composite, boolean flushCache) {
        Control[] children = composite.getChildren();
        Rectangle area = composite.getClientArea();
        int inner = Math.max(0, area.width - 2 * MARGIN);
        int x = area.x + MARGIN;
        int y = area.y + MARGIN;
        Point filter = children[0].computeSize(SWT.DEFAULT, SWT.DEFAULT, flushCache);
        Point controls = children[1].computeSize(SWT.DEFAULT, SWT.DEFAULT, flushCache);
        if (oneLine(inner, controls)) {
            int lineHeight = Math.max(filter.y, controls.y);
            int filterWidth = inner - SPACING - controls.x;
            children[0].setBounds(x, y + (lineHeight - filter.y) / 2, filterWidth, filter.y);
            children[1].setBounds(x + filterWidth + SPACING, y + (lineHeight - controls.y) / 2, controls.x, controls.y);
            y += lineHeight + SPACING;
        } else {
            children[0].setBounds(x, y, inner, filter.y);
            y += filter.y + SPACING;
            int wrapped = children[1].computeSize(inner, SWT.DEFAULT, flushCache).y;
            children[1].setBounds(x, y, inner, wrapped);
            y += wrapped + SPACING;
        }
        for (int i = 2; i < children.length; i++) {
            int height = children[i].computeSize(inner, SWT.DEFAULT, flushCache).y;
            children[i].setBounds(x, y, inner, height);
            y += height + SPACING;
        }
    }

    private static boolean oneLine(int innerWidth, Point controls) {
        return innerWidth - SPACING - controls.x >= MIN_FILTER_WIDTH;
    }

    private static int linesHeight(Control[] children, int inner, boolean flushCache) {
        Point filter = children[0].computeSize(SWT.DEFAULT, SWT.DEFAULT, flushCache);
        Point controls = children[1].computeSize(SWT.DEFAULT, SWT.DEFAULT, flushCache);
        int height = oneLine(inner, controls) ? Math.max(filter.y, controls.y)
                : filter.y + SPACING + children[1].computeSize(inner, SWT.DEFAULT, flushCache).y;
        for (int i = 2; i < children.length; i++) {
            height += SPACING + children[i].computeSize(inner, SWT.DEFAULT, flushCache).y;
        }
        return height;
    }
}
