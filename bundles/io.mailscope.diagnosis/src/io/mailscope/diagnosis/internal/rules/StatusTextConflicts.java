package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.model.catalog.ReplyLookup;
import io.mailscope.trace.events.Located;

/**
 * The error texts of one trace, read for what they name. When they name different causes ("Previous error: ... wrong
 * version number" above "New error: 501 Syntactically invalid EHLO argument(s)"; a generic "Login failed" around a
 * certificate error), the text alone cannot say which one led to the other: a finding read from one of them is then no
 * confident answer. A rule that reads status texts keeps its findings here until the trace has ended.
 */
final class StatusTextConflicts {

    private static final String INTERFERENCE = "network-interference"; //$NON-NLS-1$

    /** Confidence cap for a finding whose trace holds error texts that name other causes. */
    static final double CAP = 0.6;

    private record Pending(int code, String causeId, double confidence, String summary, List<? extends Located> evidence, boolean quotesReply) {
    }

    /** a server's reply quoted in the text: an SMTP code, a POP3 -ERR, an IMAP NO/BAD */
    private static final Pattern SERVER_REPLY = Pattern.compile("(?:^|[\\s'\"`(:])(?:[45]\\d\\d[ -]|-ERR\\b)|\\b(?:NO|BAD) "); //$NON-NLS-1$
    /** A library's own error loses to a server's reply it may follow from, when the texts disagree. */
    private static final double CAP_WITHOUT_REPLY = CAP - 0.05;

    /** per status text, the category it names: the reading rule's own classification wins over the knowledge's first row */
    private final Map<String, String> categories = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final ReplyLookup knowledge;

    /** @param knowledge the catalog's reply knowledge, which says what each text names */
    StatusTextConflicts(ReplyLookup knowledge) {
        this.knowledge = knowledge;
    }

    /** Notes the cause a status text names in the catalog's reply knowledge, if any. */
    void note(String text) {
        if (text != null) {
            knowledge.match(text).ifPresent(m -> categories.putIfAbsent(text, category(m.causeId())));
        }
    }

    /** Keeps a finding read from a status text ({@code text}) until {@link #release}. */
    void defer(int code, String causeId, double confidence, String summary, List<? extends Located> evidence, String text) {
        categories.put(text == null ? causeId : text, category(causeId));
        pending.add(new Pending(code, causeId, confidence, summary, evidence, text != null && SERVER_REPLY.matcher(text).find()));
    }

    /** Reports the kept findings, capped when the trace's texts name more than one cause. */
    void release(RuleContext context) {
        // something in between (anti-virus, a firewall) is the reason for the other errors it causes - a certificate
        // it issued is refused, a connection it scans is reset - so it explains them rather than contradicting them
        boolean conflicting = categories.values().stream().filter(c -> !INTERFERENCE.equals(c)).distinct().count() > 1;
        for (Pending p : pending) {
            // the server's refusal is the cause more often than the client's transport error after it ("wrong version
            // number" from a client that went on to TLS although EHLO was refused)
            double confidence = conflicting ? Math.min(p.confidence(), p.quotesReply() ? CAP : CAP_WITHOUT_REPLY) : p.confidence();
            String summary = conflicting && confidence < p.confidence()
                    ? p.summary() + " Other error texts of this trace name another cause, so this is no confident answer." //$NON-NLS-1$
                    : p.summary();
            context.report(FindingReport.of(p.code(), p.causeId(), confidence, summary, p.evidence()));
        }
        pending.clear();
        categories.clear();
    }

    /** @return the category part of a cause id ("0x800CCC61.auth-failed.oauth" -> "auth-failed") */
    static String category(String causeId) {
        int dot = causeId.indexOf('.');
        int next = causeId.indexOf('.', dot + 1);
        return next < 0 ? causeId.substring(dot + 1) : causeId.substring(dot + 1, next);
    }
}
