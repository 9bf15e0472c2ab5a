package io.mailscope.session.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.mailscope.model.Protocol;
import io.mailscope.session.ProtocolCommands;

/**
 * Where raw commands are typed: Enter sends what is typed (a pasted block of several lines is sent line by line, as
 * message content after SMTP DATA is), Up and Down walk the history, Ctrl+Space or Tab complete the protocol's
 * commands. The history holds the lines as the engine recorded them — masked — so a typed password cannot be recalled
 * or seen again.
 */
public final class CommandLine {

    static final int MAX_HISTORY = 500;

    private final Text text;
    private final List<String> history = new ArrayList<>();
    private int historyPosition;
    private final Supplier<Protocol> protocol;

    public CommandLine(Composite parent, Supplier<Protocol> protocol, Consumer<String> send) {
        this.protocol = protocol;
        text = new Text(parent, SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        text.setMessage(Messages.CommandLine_Hint);
        ContentProposalAdapter completion = new ContentProposalAdapter(text, new TextContentAdapter(),
                (contents, position) -> proposals(contents.substring(0, position)), KeyStroke.getInstance(SWT.CTRL, ' '), null);
        completion.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT && !completion.isProposalPopupOpen()) {
                e.doit = false; // Tab completes instead of leaving the field
                e.detail = SWT.TRAVERSE_NONE;
                complete();
            }
        });
        text.addListener(SWT.KeyDown, e -> {
            if (completion.isProposalPopupOpen()) {
                return;
            }
            if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.SHIFT) == 0) {
                e.doit = false;
                String typed = text.getText();
                text.setText(""); //$NON-NLS-1$
                historyPosition = history.size();
                send.accept(typed);
            } else if (e.keyCode == SWT.ARROW_UP && text.getLineCount() <= 1) {
                e.doit = false;
                recall(-1);
            } else if (e.keyCode == SWT.ARROW_DOWN && text.getLineCount() <= 1) {
                e.doit = false;
                recall(1);
            }
        });
    }

    private IContentProposal[] proposals(String typed) {
        return ProtocolCommands.complete(protocol.get(), typed).stream().map(c -> new ContentProposal(c + " ")) //$NON-NLS-1$
                .toArray(IContentProposal[]::new);
    }

    /** Completes the typed command when exactly one command fits, else to the longest common start. */
    void complete() {
        List<String> fits = ProtocolCommands.complete(protocol.get(), text.getText());
        if (fits.isEmpty()) {
            return;
        }
        String common = fits.get(0);
        for (String f : fits) {
            int i = 0;
            while (i < common.length() && i < f.length() && common.charAt(i) == f.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        String completed = fits.size() == 1 ? common + " " : common; //$NON-NLS-1$
        if (completed.length() >= text.getText().length()) {
            text.setText(completed);
            text.setSelection(completed.length());
        }
    }

    private void recall(int step) {
        if (history.isEmpty()) {
            return;
        }
        historyPosition = Math.max(0, Math.min(history.size(), historyPosition + step));
        String line = historyPosition == history.size() ? "" : history.get(historyPosition); //$NON-NLS-1$
        text.setText(line);
        text.setSelection(line.length());
    }

    /** Remembers a line as the engine recorded it (masked). */
    public void remember(String recordedLine) {
        if (recordedLine.isBlank() || !history.isEmpty() && history.get(history.size() - 1).equals(recordedLine)) {
            return;
        }
        history.add(recordedLine);
        if (history.size() > MAX_HISTORY) {
            history.remove(0);
        }
        historyPosition = history.size();
    }

    public List<String> history() {
        return List.copyOf(history);
    }

    public Text control() {
        return text;
    }
}
