package io.mailscope.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

/** The catalog view's details pane text as it is built: lines, headings in bold; shown with {@link #showIn}. */
final class DetailsText {

    private final StringBuilder text = new StringBuilder();
    private final List<StyleRange> styles = new ArrayList<>();

    void heading(String s) {
        StyleRange bold = new StyleRange();
        bold.start = text.length();
        bold.length = s.length();
        bold.fontStyle = SWT.BOLD;
        styles.add(bold);
        text.append(s).append('\n');
    }

    /** Adds a line; nothing for a null or blank one. */
    void line(String s) {
        if (s != null && !s.isBlank()) {
            text.append(s).append('\n');
        }
    }

    void blankLine() {
        text.append('\n');
    }

    void showIn(StyledText target) {
        target.setText(text.toString());
        target.setStyleRanges(styles.toArray(StyleRange[]::new));
    }
}
