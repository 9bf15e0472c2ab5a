package io.mailscope.ui.internal.editors;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

import io.mailscope.diagnosis.compare.AlignedExchange;
import io.mailscope.diagnosis.compare.Difference;
import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.actions.Actions;
import io.mailscope.ui.internal.actions.TableCopy;

/**
 * Two traces side by side, aligned by session and command; rows that differ are marked (coloured, and the kind of
 * difference named in the middle column). A virtual table: rows are painted as they scroll into view.
 */
public final class CompareTracesEditor extends ReadOnlyEditorPart {

    public static final String ID = "io.mailscope.ui.editors.compare"; //$NON-NLS-1$

    private CompareTracesInput input;
    private Table table;
    private Color differs;
    private Color missing;

    @Override
    public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
        if (!(editorInput instanceof CompareTracesInput compare)) {
            throw new PartInitException("not a trace comparison: " + editorInput.getName()); //$NON-NLS-1$
        }
        setSite(site);
        setInput(editorInput);
        input = compare;
        setPartName(compare.getName());
        setTitleToolTip(compare.getToolTipText());
    }

    /** @return the comparison shown */
    public CompareTracesInput compareInput() {
        return input;
    }

    @Override
    public void createPartControl(Composite parent) {
        differs = new Color(0xff, 0xd8, 0xa8);
        missing = new Color(0xe8, 0xe8, 0xe8);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Label header = new Label(parent, SWT.NONE);
        header.setText(NLS.bind(Messages.CompareTracesEditor_Header, new Object[] { input.left().name(), input.right().name(),
                Integer.valueOf(input.comparison().differences().size()), Integer.valueOf(input.comparison().rows().size()) }));
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(header);
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = { Messages.CompareTracesEditor_Lines, input.left().name(), Messages.CompareTracesEditor_Differences,
                Messages.CompareTracesEditor_Lines, input.right().name() };
        int[] widths = { 60, 420, 260, 60, 420 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, i == 0 || i == 3 ? SWT.RIGHT : SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        // both sides fit the editor when it first shows (the lines and differences keep their widths); later the
        // engineer's widths stay
        table.addListener(SWT.Resize, new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event e) {
                int free = table.getClientArea().width - widths[0] - widths[2] - widths[3];
                if (free > 0) {
                    table.removeListener(SWT.Resize, this);
                    int side = Math.max(200, free / 2);
                    table.getColumn(1).setWidth(side);
                    table.getColumn(4).setWidth(side);
                }
            }
        });
        table.addListener(SWT.SetData, e -> paint((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.setItemCount(input.comparison().rows().size());
        IAction copy = Actions.copy(getEditorSite().getActionBars(), () -> TableCopy.copy(table));
        MenuManager menu = new MenuManager();
        menu.add(copy);
        table.setMenu(menu.createContextMenu(table));
    }

    private void paint(TableItem item, int position) {
        AlignedExchange row = input.comparison().rows().get(position);
        String marks = row.differences().stream().map(Difference::label).collect(Collectors.joining(", ")); //$NON-NLS-1$
        if (!row.findings().isEmpty()) {
            marks += " " + String.join(" ", row.findings()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        item.setText(new String[] { lines(row.left()), text(row.leftSession(), row.left()), marks, lines(row.right()),
                text(row.rightSession(), row.right()) });
        if (row.differs()) {
            item.setBackground(row.left() == null || row.right() == null ? missing : differs);
        }
        item.setData(row);
    }

    /** @return the text of the row as the table shows it (for tests and Copy) */
    public String rowText(int position) {
        TableItem item = table.getItem(position);
        return String.join(" | ", List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4))); //$NON-NLS-1$
    }

    /** @return true if the row is painted as differing */
    public boolean isMarked(int position) {
        return !table.getItem(position).getBackground().equals(table.getBackground());
    }

    private static String lines(Exchange exchange) {
        if (exchange == null) {
            return ""; //$NON-NLS-1$
        }
        ProtocolLine first = exchange.getCommand() != null ? exchange.getCommand()
                : exchange.getReplyLines().isEmpty() ? null : exchange.getReplyLines().get(0);
        return first == null ? "" : String.valueOf(first.getFirstLine()); //$NON-NLS-1$
    }

    private static String text(int session, Exchange exchange) {
        if (exchange == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder b = new StringBuilder();
        b.append('#').append(session).append("  "); //$NON-NLS-1$
        b.append(exchange.getCommand() != null ? exchange.getCommand().getText() : "(" + exchange.getVerb() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        List<ProtocolLine> replies = exchange.getReplyLines();
        if (!replies.isEmpty()) {
            b.append("  \u2192  ").append(replies.get(0).getText()); //$NON-NLS-1$
            if (replies.size() > 1) {
                b.append(NLS.bind(Messages.CompareTracesEditor_MoreLines, Integer.valueOf(replies.size() - 1)));
            }
        }
        return b.toString();
    }

    @Override
    public void dispose() {
        if (differs != null) {
            differs.dispose();
            missing.dispose();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
