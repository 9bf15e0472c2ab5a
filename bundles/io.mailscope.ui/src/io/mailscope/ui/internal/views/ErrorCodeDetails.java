package io.mailscope.ui.internal.views;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;

import io.mailscope.ui.internal.Messages;
import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.ProtocolReply;
import io.mailscope.model.catalog.HResult;

/** Renders one code's meaning, causes, checks and remedies into a StyledText, headings in bold. */
final class ErrorCodeDetails {

    private ErrorCodeDetails() {
    }

    static void render(ErrorCode code, StyledText target) {
        DetailsText d = new DetailsText();
        HResult h = new HResult(code.getValue());
        d.heading(h.hex() + "  " + (code.getSymbol() == null ? "" : code.getSymbol())); //$NON-NLS-1$ //$NON-NLS-2$
        d.line(code.getTitle());
        d.line(NLS.bind(Messages.ErrorCodeDetails_Numbers, new Object[] { Integer.toString(h.value()), Long.toString(h.unsigned()),
                code.getFamily().getLiteral() }));
        section(d, Messages.ErrorCodeDetails_Meaning, code.getMeaning());
        for (Cause cause : code.getCauses()) {
            d.blankLine();
            d.heading(NLS.bind(Messages.ErrorCodeDetails_Cause, cause.getCategory().getLiteral(),
                    cause.getTitle() == null ? cause.getId() : cause.getTitle()));
            d.line(cause.getDescription());
            cause.getChecks().forEach(c -> d.line(NLS.bind(Messages.ErrorCodeDetails_Check, c)));
            cause.getUserRemedies().forEach(r -> d.line(NLS.bind(Messages.ErrorCodeDetails_TellUser, r)));
            cause.getAdminRemedies().forEach(r -> d.line(NLS.bind(Messages.ErrorCodeDetails_TellAdmin, r)));
            d.line(NLS.bind(Messages.ErrorCodeDetails_CauseId, cause.getId()));
        }
        section(d, Messages.ErrorCodeDetails_ClientShows, code.getClientMessage());
        section(d, Messages.ErrorCodeDetails_InATrace, code.getTraceSignal());
        if (!code.getReplies().isEmpty()) {
            d.blankLine();
            d.heading(Messages.ErrorCodeDetails_Replies);
            for (ProtocolReply reply : code.getReplies()) {
                d.line("  " + reply.getProtocol().getLiteral() + " " + reply.getReply() + ": " + reply.getMeaning()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        d.showIn(target);
    }

    private static void section(DetailsText d, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        d.blankLine();
        d.heading(label);
        d.line(value);
    }
}
