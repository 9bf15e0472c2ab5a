package io.mailscope.ui.internal.viewers;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Color;

/**
 * A column's labels computed from its rows' elements, which are all of one type: the text, and where the column
 * needs them the foreground colour and the tool tip (shown where {@code ColumnViewerToolTipSupport} is enabled).
 * <p>
 * {@code ViewerColumns.add(viewer, title, 200, ColumnLabels.of(Rule.class, Rule::name).toolTip(Rule::id))}
 *
 * @param <T> the type of the rows' elements
 */
public final class ColumnLabels<T> extends ColumnLabelProvider {

    private final Class<T> type;
    private final Function<? super T, String> text;
    private Function<? super T, Color> foreground = element -> null;
    private Function<? super T, String> toolTip = element -> null;

    private ColumnLabels(Class<T> type, Function<? super T, String> text) {
        this.type = Objects.requireNonNull(type);
        this.text = Objects.requireNonNull(text);
    }

    /** @return labels that show {@code text} of each element (an element of another type is a programming error) */
    public static <T> ColumnLabels<T> of(Class<T> type, Function<? super T, String> text) {
        return new ColumnLabels<>(type, text);
    }

    /** @return these labels, drawn in the colour {@code colour} gives each element (null: the default) */
    public ColumnLabels<T> foreground(Function<? super T, Color> colour) {
        this.foreground = Objects.requireNonNull(colour);
        return this;
    }

    /** @return these labels, with the tool tip {@code tip} gives each element (null: none) */
    public ColumnLabels<T> toolTip(Function<? super T, String> tip) {
        this.toolTip = Objects.requireNonNull(tip);
        return this;
    }

    @Override
    public String getText(Object element) {
        return text.apply(type.cast(element));
    }

    @Override
    public Color getForeground(Object element) {
        return foreground.apply(type.cast(element));
    }

    @Override
    public String getToolTipText(Object element) {
        return toolTip.apply(type.cast(element));
    }
}
