package io.mailscope.diagnosis.internal.rules;

import java.util.List;
import java.util.Optional;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.Protocol;
import io.mailscope.model.catalog.ReplyLookup;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.protocol.ProtocolVocabulary;
import io.mailscope.trace.protocol.ReplyLine;

/**
 * The text of an error the client reported - an exception, a library's error line, an error dialog that quotes the
 * server's reply ("Server Response: '550 5.7.1 ... Relaying denied'") - names its cause as much as a live
 * conversation does. Each such status is matched against the catalog's reply knowledge ({@link ReplyLookup}, shipped
 * and contributed); the dialog's own code is kept when the catalog has the matching cause for it.
 * <p>
 * A text says less than the conversation it came from: where the trace also holds protocol exchanges, the rules that
 * read them decide, and this rule's confidence is capped below theirs.
 * <p>
 * The same knowledge reads server replies pasted without the client's side (a session of replies only, as people
 * copy them from a bounce or a tool's output): the last refusal that nothing positive followed is matched against
 * the table, under the same cap. Where the client's commands are in the trace, the protocol rules read the replies.
 */
@RoutineExchangesIgnored
public final class ErrorTextRule implements DiagnosisRule {

    /** Confidence cap once the trace has shown protocol exchanges of its own. */
    static final double CAP_WITH_CONVERSATION = 0.6;
    private static final int QUOTE_LIMIT = 120;

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    /** Per session: its last refusal, until a positive reply follows it; and whether the client spoke at all. */
    private static final class Refusal {
        ExchangeRecord exchange;
        Line line;
        boolean commands;
    }

    private static final class Run extends AbstractRuleRun<Refusal> {
        private final ReplyLookup knowledge;
        private final StatusTextConflicts texts;
        private boolean conversation;

        Run(RuleContext context) {
            super(context, Refusal::new);
            this.knowledge = context.catalog().replies();
            this.texts = new StatusTextConflicts(knowledge);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            conversation = true;
            remember(exchange);
        }

        @Override
        public void exchangeAbandoned(ExchangeRecord exchange) {
            conversation = true;
            remember(exchange);
        }

        private void remember(ExchangeRecord exchange) {
            Line last = exchange.lastReplyLine();
            if (last == null || last.fromClient()) {
                return;
            }
            Protocol protocol = exchange.protocol() == null || exchange.protocol() == Protocol.UNKNOWN
                    ? ProtocolVocabulary.protocolOfReply(last.text()) : exchange.protocol();
            if (protocol == Protocol.UNKNOWN && ReplyLine.parse(Protocol.IMAP, last.text()).kind() == ReplyLine.Kind.IMAP_TAGGED) {
                protocol = Protocol.IMAP; // a tagged status pasted alone ("A1 NO [UNAVAILABLE] ..."): IMAP's form
            }
            ReplyLine reply = ReplyLine.parse(protocol, last.text());
            Refusal refusal = sessions().of(exchange.session());
            refusal.commands |= exchange.command() != null || exchange.replies().stream().anyMatch(Line::fromClient);
            if (reply.failure() && exchange.command() == null && !exchange.isGreeting()) {
                refusal.exchange = exchange;
                refusal.line = last;
            } else if (reply.positive() && !exchange.isGreeting()) {
                refusal.exchange = null; // the client went on: what was refused before did not end the session
                refusal.line = null;
            }
        }

        /** Counted routine sessions: their ends find no state (only exchanges and statuses make one). */
        @Override
        public void routineSessions(io.mailscope.trace.CountedSessions counted) {
            // nothing to do
        }

        /** Counted routine sessions that overlap: the same; those that end after them get such events as others do. */
        @Override
        public void overlappingRoutineSessions(io.mailscope.trace.CountedSessions counted) {
            // nothing to do
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            Refusal refusal = sessions().remove(end.session());
            if (refusal != null) {
                readRefusal(refusal);
            }
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            sessions().open().forEach(this::readRefusal);
            sessions().clear();
            texts.release(context());
        }

        private void readRefusal(Refusal refusal) {
            if (refusal.line == null || refusal.commands) {
                return; // where the client's commands are in the trace, the protocol rules read the replies to them
            }
            // a multi-line reply says its cause in any of its lines ("550-... mailbox unavailable" / "550 Failure ...")
            String text = refusal.exchange.replies().stream().filter(l -> !l.fromClient()).map(Line::text)
                    .collect(java.util.stream.Collectors.joining(" ")); //$NON-NLS-1$
            if (SmtpAuthRule.readsStatus(text) || TlsRule.readsStatus(text)) {
                return; // those rules read such replies themselves, with the same knowledge
            }
            Optional<ReplyLookup.Match> found = knowledge.match(text);
            if (found.isEmpty()) {
                return;
            }
            ReplyLookup.Match s = found.get();
            String causeId = s.causeId();
            int code = codeOf(context(), causeId);
            List<io.mailscope.trace.events.Located> evidence = refusal.exchange.command() == null ? List.of(refusal.line)
                    : List.of(refusal.exchange.command(), refusal.line);
            context().report(FindingReport.of(code, causeId, Math.min(s.confidence(), CAP_WITH_CONVERSATION),
                    "The server's reply says '" + quote(s.matched()) + "': " + explain(s), evidence)); //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public void statusEvent(StatusRecord status) {
            texts.note(status.text());
            if (SmtpAuthRule.readsStatus(status.text()) || TlsRule.readsStatus(status.text())) {
                // those rules read such texts themselves, with the same knowledge: one finding per text
                return;
            }
            Optional<ReplyLookup.Match> found = knowledge.match(status.text());
            if (found.isEmpty()) {
                return;
            }
            ReplyLookup.Match s = found.get();
            String causeId = s.causeId();
            String category = causeId.substring(causeId.indexOf('.') + 1);
            if (status.failure() && codeOf(context(), causeId) != status.value()) {
                // a dialog's own code, when the catalog knows this cause for it ("0x800CCC79" + relay-denied)
                String own = String.format("0x%08X.%s", status.value(), category); //$NON-NLS-1$
                if (context().catalog().cause(own).isPresent()) {
                    causeId = own;
                }
            }
            int code = codeOf(context(), causeId);
            double confidence = conversation ? Math.min(s.confidence(), CAP_WITH_CONVERSATION) : s.confidence();
            texts.defer(code, causeId, confidence, "The error text says '" + quote(s.matched()) + "': " + explain(s), //$NON-NLS-1$ //$NON-NLS-2$
                    List.of(status), status.text());
        }
    }

    /**
     * @return the code of a cause the knowledge names: the catalog's (contributed ids need not start with the code, e.g.
     *         {@code acme.0x800CCC78.account-suspended}), else the code the id starts with
     */
    private static int codeOf(RuleContext context, String causeId) {
        return context.catalog().cause(causeId).filter(c -> c.getErrorCode() != null).map(c -> c.getErrorCode().getValue())
                .orElseGet(() -> Integer.parseUnsignedInt(causeId.substring(2, causeId.indexOf('.')), 16));
    }

    /** @return why the text points to its cause, and the fix the knowledge gives for it */
    private static String explain(ReplyLookup.Match match) {
        return match.why() + "." + match.fix().map(fix -> " What to do: " + fix).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String quote(String matched) {
        String s = matched.strip();
        return s.length() <= QUOTE_LIMIT ? s : s.substring(0, QUOTE_LIMIT) + "..."; //$NON-NLS-1$
    }
}
