package io.mailscope.ui.internal.viewers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The columns the views, pages and dialogs add: title, size, alignment, and each row's text, colour and tool tip. */
class ViewerColumnsTest {

    private record Rule(String name, String id, boolean installed) {
    }

    private static final List<Rule> RULES = List.of(new Rule("POP3 logon rejected", "pop3.logon", true),
            new Rule("SMTP relay denied", "smtp.relay", false));

    private Shell shell;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getCurrent());
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void aTableColumnShowsEachRowsTextInItsColourWithItsToolTip() {
        TableViewer viewer = new TableViewer(shell, SWT.FULL_SELECTION);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Color grey = shell.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        ColumnLabels<Rule> names = ColumnLabels.of(Rule.class, Rule::name).foreground(r -> r.installed() ? null : grey)
                .toolTip(r -> r.name() + " (" + r.id() + ")");
        ViewerColumns.add(viewer, "Name", 240, names);
        ViewerColumns.add(viewer, "Id", 120, ColumnLabels.of(Rule.class, Rule::id));
        viewer.setInput(RULES);

        Table table = viewer.getTable();
        assertEquals(List.of("Name", "Id"), List.of(table.getColumn(0).getText(), table.getColumn(1).getText()));
        assertEquals(List.of(240, 120), List.of(table.getColumn(0).getWidth(), table.getColumn(1).getWidth()));
        assertEquals(SWT.LEFT, table.getColumn(0).getAlignment());
        assertEquals(List.of("POP3 logon rejected", "pop3.logon"), List.of(table.getItem(0).getText(0), table.getItem(0).getText(1)));
        assertEquals(List.of("SMTP relay denied", "smtp.relay"), List.of(table.getItem(1).getText(0), table.getItem(1).getText(1)));
        assertEquals(grey, table.getItem(1).getForeground(0), "the colour the function gives");
        assertEquals(table.getForeground(), table.getItem(0).getForeground(0), "null: the table's own colour");
        assertEquals("SMTP relay denied (smtp.relay)", names.getToolTipText(RULES.get(1)));
        assertNull(ColumnLabels.of(Rule.class, Rule::id).getToolTipText(RULES.get(1)), "no tool tip unless one is given");
    }

    @Test
    void aTreeColumnSizedByItsLayoutShowsItsText() {
        Composite parent = new Composite(shell, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        parent.setLayout(layout);
        TreeViewer viewer = new TreeViewer(parent, SWT.FULL_SELECTION);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return RULES.toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return false;
            }
        });
        ViewerColumns.add(viewer, layout, "Rule", new ColumnWeightData(1, 100), ColumnLabels.of(Rule.class, Rule::name));
        viewer.setInput(RULES);
        shell.setSize(400, 300);
        parent.setSize(300, 200);
        parent.layout(true);

        Tree tree = viewer.getTree();
        assertEquals("Rule", tree.getColumn(0).getText());
        assertEquals(List.of("POP3 logon rejected", "SMTP relay denied"), List.of(tree.getItem(0).getText(0), tree.getItem(1).getText(0)));
        assertTrue(tree.getColumn(0).getWidth() >= 100, "the layout gives the column at least its minimum width: " + tree.getColumn(0).getWidth());
    }
}
