package io.mailscope.model.internal.catalog;

import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

import io.mailscope.model.Protocol;
import io.mailscope.model.ReplyCode;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.ReplyText;
import io.mailscope.model.ReplyTextKind;
import io.mailscope.model.catalog.ReplyLookup;

/**
 * What a reply knowledge entry must satisfy before the lookup may use it; the shipped file and every contribution are
 * checked the same way, so a bad row is a message naming the row, never an exception while a customer's trace is read.
 */
final class ReplyKnowledgeCheck {

    private ReplyKnowledgeCheck() {
    }

    /**
     * @param causeIds the ids of every cause of the merged catalog
     * @return what is wrong with the entry, or empty
     */
    static Optional<String> problem(ReplyKnowledge entry, Set<String> causeIds) {
        if (blank(entry.getId())) {
            return Optional.of("has no id"); //$NON-NLS-1$
        }
        boolean decides = !blank(entry.getCauseId());
        if (decides && !causeIds.contains(entry.getCauseId())) {
            return Optional.of("names the cause " + entry.getCauseId() + ", which is not in the catalog"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (decides && (entry.getConfidence() <= 0 || entry.getConfidence() > 1)) {
            return Optional.of("has a confidence outside 0..1 (exclusive of 0)"); //$NON-NLS-1$
        }
        if (decides && blank(entry.getWhy())) {
            return Optional.of("has a cause but no why (the sentence the finding gives the engineer)"); //$NON-NLS-1$
        }
        if (entry instanceof ReplyText text) {
            return problem(text);
        }
        if (entry instanceof ReplyCode code) {
            return problem(code);
        }
        return Optional.of("is neither a ReplyText nor a ReplyCode"); //$NON-NLS-1$
    }

    private static Optional<String> problem(ReplyText text) {
        if (text.getPhrases().isEmpty() || text.getPhrases().stream().anyMatch(ReplyKnowledgeCheck::blank)) {
            return Optional.of("needs at least one phrase, and no empty phrase"); //$NON-NLS-1$
        }
        if (!blank(text.getPattern())) {
            try {
                ReplyLookup.compile(text.getPattern());
            } catch (PatternSyntaxException e) {
                return Optional.of("has an invalid pattern: " + e.getDescription() + " at index " + e.getIndex()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (text.getKind() == ReplyTextKind.CERTIFICATE_ISSUER && blank(text.getProduct()) && blank(text.getPattern())) {
            return Optional.of("is a certificate-issuer entry without a product or a pattern"); //$NON-NLS-1$
        }
        return Optional.empty();
    }

    private static Optional<String> problem(ReplyCode code) {
        String c = code.getCode() == null ? "" : code.getCode().strip(); //$NON-NLS-1$
        boolean valid = switch (code.getKind()) {
            case ENHANCED_STATUS -> code.getProtocol() == Protocol.SMTP && c.matches("[245X]\\.\\d{1,3}\\.\\d{1,3}"); //$NON-NLS-1$
            case BASIC_STATUS -> code.getProtocol() == Protocol.SMTP && c.matches("[2-5]\\d\\d"); //$NON-NLS-1$
            case RESPONSE_CODE -> (code.getProtocol() == Protocol.POP3 || code.getProtocol() == Protocol.IMAP)
                    && c.matches("[A-Za-z0-9][A-Za-z0-9/-]{0,39}"); //$NON-NLS-1$
        };
        if (!valid) {
            return Optional.of("code '" + c + "' is not a valid " + code.getKind().getLiteral() + " code of " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + code.getProtocol().getLiteral() + " (enhanced status: SMTP 5.7.1 or X.7.1; basic status: SMTP 550;" //$NON-NLS-1$
                    + " response code: POP3 or IMAP, e.g. IN-USE)"); //$NON-NLS-1$
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
