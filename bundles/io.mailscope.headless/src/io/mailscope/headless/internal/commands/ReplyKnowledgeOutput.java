package io.mailscope.headless.internal.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import io.mailscope.headless.internal.commands.ReplyKnowledgeSearch.Found;
import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.ReplyCode;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.ReplyText;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.report.TextStyle;
import io.mailscope.report.TextStyle.Highlight;
import tools.jackson.core.JsonGenerator;

/**
 * Writes what {@code mailscope code} found in the reply knowledge: per entry the code or phrase, the registry's title,
 * what it means, the catalog cause with its Outlook code, and what to tell the customer.
 */
final class ReplyKnowledgeOutput {

    private final CatalogService catalog;

    ReplyKnowledgeOutput(CatalogService catalog) {
        this.catalog = catalog;
    }

    void text(List<Found> found, PrintWriter out, TextStyle style) {
        boolean anyCause = found.stream().anyMatch(f -> ReplyKnowledgeSearch.hasCause(f.entry()));
        boolean first = true;
        for (Found f : found) {
            if (!first) {
                out.println();
            }
            first = false;
            ReplyKnowledge k = f.entry();
            switch (k) {
                case ReplyCode code -> out.printf("%s  (%s %s, %s)%n", style.apply(Highlight.CODE, code.getProtocol().getLiteral() + " " + f.matched()), //$NON-NLS-1$ //$NON-NLS-2$
                        code.getProtocol().getLiteral(), kindName(code), code.getId());
                case ReplyText text -> out.printf("%s  (%s, %s)%n", style.apply(Highlight.CODE, '"' + f.matched() + '"'), //$NON-NLS-1$
                        text.getKind().getLiteral(), text.getId());
                default -> out.printf("%s  (%s)%n", f.matched(), k.getId()); //$NON-NLS-1$
            }
            title(k).ifPresent(out::println);
            field(out, "Meaning", k.getWhy()); //$NON-NLS-1$
            if (k instanceof ReplyText text && text.getProduct() != null) {
                field(out, "Product", text.getProduct() + (text.getProductKind() == null ? "" : " (" + text.getProductKind() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            Optional<Cause> cause = cause(k);
            if (cause.isPresent()) {
                Cause c = cause.get();
                ErrorCode code = c.getErrorCode();
                out.printf("Cause: %s [%s] %s: %s%n", style.apply(Highlight.CODE, outlookCode(code)), c.getCategory().getLiteral(), c.getId(), //$NON-NLS-1$
                        nonNull(c.getTitle()));
                out.printf("Confidence: %.2f%n", Double.valueOf(k.getConfidence())); //$NON-NLS-1$
                fixes(k, c).forEach(fix -> out.println("Tell the user: " + fix)); //$NON-NLS-1$
                c.getAdminRemedies().forEach(r -> out.println("Server admin: " + r)); //$NON-NLS-1$
            } else if (ReplyKnowledgeSearch.hasCause(k)) {
                out.println("Cause: " + k.getCauseId() + " (not in this catalog)"); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (anyCause) {
                out.println("Cause: none from the code alone; the entry for the reply's words names it"); //$NON-NLS-1$
            } else {
                out.println("Cause: none from the code alone; the words of the reply decide it (look the whole reply up: mailscope code \"550 5.7.1 <the server's words>\")"); //$NON-NLS-1$
            }
            field(out, "Source", k.getSource()); //$NON-NLS-1$
        }
    }

    void json(String input, List<Found> found, JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("input", input); //$NON-NLS-1$
        json.writeArrayPropertyStart("replyKnowledge"); //$NON-NLS-1$
        for (Found f : found) {
            ReplyKnowledge k = f.entry();
            json.writeStartObject();
            json.writeStringProperty("id", k.getId()); //$NON-NLS-1$
            json.writeStringProperty("matched", f.matched()); //$NON-NLS-1$
            switch (k) {
                case ReplyCode code -> {
                    json.writeStringProperty("type", "code"); //$NON-NLS-1$ //$NON-NLS-2$
                    json.writeStringProperty("protocol", code.getProtocol().getLiteral()); //$NON-NLS-1$
                    json.writeStringProperty("kind", code.getKind().getLiteral()); //$NON-NLS-1$
                    json.writeStringProperty("code", code.getCode()); //$NON-NLS-1$
                }
                case ReplyText text -> {
                    json.writeStringProperty("type", "text"); //$NON-NLS-1$ //$NON-NLS-2$
                    json.writeStringProperty("kind", text.getKind().getLiteral()); //$NON-NLS-1$
                    json.writeArrayPropertyStart("phrases"); //$NON-NLS-1$
                    text.getPhrases().forEach(json::writeString);
                    json.writeEndArray();
                    json.writeStringProperty("product", text.getProduct()); //$NON-NLS-1$
                }
                default -> json.writeStringProperty("type", "text"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            json.writeStringProperty("title", title(k).orElse(null)); //$NON-NLS-1$
            json.writeStringProperty("why", k.getWhy()); //$NON-NLS-1$
            json.writeStringProperty("fix", k.getFix()); //$NON-NLS-1$
            json.writeStringProperty("source", k.getSource()); //$NON-NLS-1$
            if (ReplyKnowledgeSearch.hasCause(k)) {
                json.writeNumberProperty("confidence", k.getConfidence()); //$NON-NLS-1$
                json.writeObjectPropertyStart("cause"); //$NON-NLS-1$
                json.writeStringProperty("id", k.getCauseId()); //$NON-NLS-1$
                Optional<Cause> cause = cause(k);
                json.writeStringProperty("hresult", cause.map(c -> c.getErrorCode()).map(ErrorCodes::hex).orElse(null)); //$NON-NLS-1$
                json.writeStringProperty("symbol", cause.map(c -> c.getErrorCode()).map(ErrorCode::getSymbol).orElse(null)); //$NON-NLS-1$
                json.writeStringProperty("category", cause.map(c -> c.getCategory().getLiteral()).orElse(null)); //$NON-NLS-1$
                json.writeStringProperty("title", cause.map(Cause::getTitle).orElse(null)); //$NON-NLS-1$
                json.writeArrayPropertyStart("userRemedies"); //$NON-NLS-1$
                cause.ifPresent(c -> c.getUserRemedies().forEach(json::writeString));
                json.writeEndArray();
                json.writeEndObject();
            } else {
                json.writeNullProperty("confidence"); //$NON-NLS-1$
                json.writeNullProperty("cause"); //$NON-NLS-1$
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** @return the registry's title: the entry's own, or for a code entry that names a cause, its registry entry's */
    private Optional<String> title(ReplyKnowledge k) {
        if (k instanceof ReplyCode code) {
            return Optional.ofNullable(code.getTitle()).filter(t -> !t.isBlank())
                    .or(() -> catalog.replies().code(code.getProtocol(), code.getCode()).map(ReplyCode::getTitle).filter(t -> !t.isBlank()));
        }
        return Optional.empty();
    }

    private Optional<Cause> cause(ReplyKnowledge k) {
        return ReplyKnowledgeSearch.hasCause(k) ? catalog.cause(k.getCauseId()) : Optional.empty();
    }

    /** @return the entry's fix; without one, the cause's remedies for the user */
    private static List<String> fixes(ReplyKnowledge k, Cause cause) {
        return k.getFix() != null && !k.getFix().isBlank() ? List.of(k.getFix()) : cause.getUserRemedies();
    }

    private static String outlookCode(ErrorCode code) {
        return code == null ? "" : ErrorCodes.hex(code) + (code.getSymbol() == null ? "" : " " + code.getSymbol()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String kindName(ReplyCode code) {
        return switch (code.getKind()) {
            case ENHANCED_STATUS -> "enhanced status code"; //$NON-NLS-1$
            case BASIC_STATUS -> "reply code"; //$NON-NLS-1$
            case RESPONSE_CODE -> "response code"; //$NON-NLS-1$
        };
    }

    private static void field(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.println(label + ": " + value); //$NON-NLS-1$
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}
