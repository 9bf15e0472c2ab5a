package io.mailscope.ui.internal.views;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;

import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.ReplyText;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.ErrorCodes;

/**
 * Renders one reply knowledge entry into the catalog view's details pane: the code or phrases, the registry's title,
 * what it means, the cause with its Outlook code, what to tell the user and the server administrator, the
 * confidence and the source; headings in bold.
 */
public final class ReplyKnowledgeDetails {

    private ReplyKnowledgeDetails() {
    }

    /** @return what to tell the customer about the entry: its fix, or its cause's remedies for the user */
    public static Optional<String> fix(CatalogService catalog, ReplyKnowledge k) {
        if (k.getFix() != null && !k.getFix().isBlank()) {
            return Optional.of(k.getFix());
        }
        return cause(catalog, k).map(Cause::getUserRemedies).filter(r -> !r.isEmpty()).map(r -> String.join("\n", r)); //$NON-NLS-1$
    }

    /** @return the catalog's cause the entry names, if it names one the catalog has */
    public static Optional<Cause> cause(CatalogService catalog, ReplyKnowledge k) {
        return k.getCauseId() == null || k.getCauseId().isBlank() ? Optional.empty() : catalog.cause(k.getCauseId());
    }

    static void render(CatalogService catalog, ReplyKnowledge k, StyledText target) {
        DetailsText d = new DetailsText();
        d.heading(ReplyKnowledgeGroups.code(k));
        d.line(ReplyKnowledgeGroups.title(catalog, k).equals(k.getWhy()) ? null : ReplyKnowledgeGroups.title(catalog, k));
        if (k.getWhy() != null && !k.getWhy().isBlank()) {
            d.blankLine();
            d.heading(CatalogMessages.Meaning);
            d.line(k.getWhy());
        }
        d.blankLine();
        Optional<Cause> cause = cause(catalog, k);
        if (cause.isPresent()) {
            Cause c = cause.get();
            ErrorCode code = c.getErrorCode();
            String outlook = code == null ? "" : ErrorCodes.hex(code) + (code.getSymbol() == null ? "" : " " + code.getSymbol()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            d.heading(NLS.bind(CatalogMessages.Cause, new Object[] { outlook, c.getCategory().getLiteral(), c.getTitle() == null ? c.getId() : c.getTitle() }));
            d.line(c.getDescription());
            fix(catalog, k).ifPresent(f -> f.lines().forEach(line -> d.line(NLS.bind(CatalogMessages.TellUser, line))));
            c.getAdminRemedies().forEach(r -> d.line(NLS.bind(CatalogMessages.TellAdmin, r)));
            d.line(NLS.bind(CatalogMessages.Confidence, String.format("%.2f", Double.valueOf(k.getConfidence())))); //$NON-NLS-1$
            d.line(NLS.bind(CatalogMessages.EntryId, c.getId()));
        } else if (k.getCauseId() != null && !k.getCauseId().isBlank()) {
            d.heading(NLS.bind(CatalogMessages.CauseNotInCatalog, k.getCauseId()));
        } else {
            d.line(CatalogMessages.NoCause);
        }
        if (k instanceof ReplyText reply) {
            d.blankLine();
            d.heading(CatalogMessages.Phrases);
            reply.getPhrases().forEach(p -> d.line("  " + p)); //$NON-NLS-1$
            if (reply.getPattern() != null && !reply.getPattern().isBlank()) {
                d.line(NLS.bind(CatalogMessages.Pattern, reply.getPattern()));
            }
            if (reply.getProduct() != null) {
                d.line(NLS.bind(CatalogMessages.Product, reply.getProduct()
                        + (reply.getProductKind() == null ? "" : " (" + reply.getProductKind() + ")"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        d.blankLine();
        if (k.getSource() != null && !k.getSource().isBlank()) {
            d.line(NLS.bind(CatalogMessages.Source, k.getSource()));
        }
        d.line(NLS.bind(CatalogMessages.EntryId, k.getId()));
        d.showIn(target);
    }
}
