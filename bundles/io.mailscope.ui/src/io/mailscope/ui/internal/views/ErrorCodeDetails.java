package io.mailscope.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.ProtocolReply;
import io.mailscope.model.catalog.HResult;

/** Renders one code's meaning, causes, checks and remedies into a StyledText, headings in bold. */
final class ErrorCodeDetails {

    private final StringBuilder text = new StringBuilder();
    private final java.util.List<StyleRange> styles = new java.util.ArrayList<>();

    private ErrorCodeDetails() {
    }

    static void render(ErrorCode code, StyledText target) {
        ErrorCodeDetails d = new ErrorCodeDetails();
        HResult h = new HResult(code.getValue());
        d.heading(h.hex() + "  " + (code.getSymbol() == null ? "" : code.getSymbol())); //$NON-NLS-1$ //$NON-NLS-2$
        d.line(code.getTitle());
        d.line("Decimal " + h.value() + " / unsigned " + h.unsigned() + " · family " + code.getFamily().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        d.section("Meaning", code.getMeaning()); //$NON-NLS-1$
        for (Cause cause : code.getCauses()) {
            d.text.append('\n');
            d.heading("Cause [" + cause.getCategory().getLiteral() + "] " + (cause.getTitle() == null ? cause.getId() : cause.getTitle())); //$NON-NLS-1$ //$NON-NLS-2$
            d.line(cause.getDescription());
            cause.getChecks().forEach(c -> d.line("  Check: " + c)); //$NON-NLS-1$
            cause.getUserRemedies().forEach(r -> d.line("  Tell the user: " + r)); //$NON-NLS-1$
            cause.getAdminRemedies().forEach(r -> d.line("  Server administrator: " + r)); //$NON-NLS-1$
            d.line("  id: " + cause.getId()); //$NON-NLS-1$
        }
        d.section("The client shows", code.getClientMessage()); //$NON-NLS-1$
        d.section("In a trace", code.getTraceSignal()); //$NON-NLS-1$
        if (!code.getReplies().isEmpty()) {
            d.text.append('\n');
            d.heading("Protocol replies that lead to it"); //$NON-NLS-1$
            for (ProtocolReply reply : code.getReplies()) {
                d.line("  " + reply.getProtocol().getLiteral() + " " + reply.getReply() + ": " + reply.getMeaning()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        target.setText(d.text.toString());
        target.setStyleRanges(d.styles.toArray(StyleRange[]::new));
    }

    private void heading(String s) {
        StyleRange bold = new StyleRange();
        bold.start = text.length();
        bold.length = s.length();
        bold.fontStyle = SWT.BOLD;
        styles.add(bold);
        text.append(s).append('\n');
    }

    private void section(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        text.append('\n');
        heading(label);
        line(value);
    }

    private void line(String s) {
        if (s != null && !s.isBlank()) {
            text.append(s).append('\n');
        }
    }
}
