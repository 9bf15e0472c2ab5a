package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.Protocol;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.protocol.ProtocolVocabulary;

/**
 * The server contradicts the state the session shows: it answers a command with "bad sequence" although the client
 * kept the order (SMTP {@code 503} to DATA after MAIL FROM and every RCPT TO were accepted), or refuses as unknown an
 * IMAP command it lists in its own CAPABILITY. The client did nothing wrong, so the fault is the server's (or a filter,
 * proxy or hook of it): a server bug, not a protocol violation of the client. Only what the transcript shows counts: a
 * refused command between them, an RSET or a new transaction resets the state.
 * <p>
 * The same holds for SMTP output that breaks the reply syntax (RFC 5321 4.2): an EHLO reply whose extension lines
 * come after its last line and without the {@code 250-} code, and a command answered twice - first "command not
 * recognised", then the command's own positive reply, with no client line between - where the server took a part of
 * what the client sent (a line ending, an empty line of the message) for a command of its own; and for an IMAP BYE
 * sent with the command's tag instead of untagged.
 */
@RoutineExchangesIgnored
public final class ServerStateRule implements DiagnosisRule {

    /** a BAD/NO that says the command itself is unknown, not that its arguments are wrong */
    private static final Pattern UNKNOWN_COMMAND = Pattern.compile(
            "(?i)\\b(?:invalid|unknown|unrecogni[sz]ed|unsupported|unimplemented|not (?:supported|implemented|recogni[sz]ed))\\b(?: command)?|command (?:not|un)"); //$NON-NLS-1$

    /** IMAP capabilities that are a command of the same name; the others are listed where they differ */
    private static final Map<String, List<String>> CAPABILITY_COMMANDS = Map.of(
            "QUOTA", List.of("GETQUOTA", "GETQUOTAROOT", "SETQUOTA"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "ACL", List.of("GETACL", "SETACL", "DELETEACL", "LISTRIGHTS", "MYRIGHTS"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "METADATA", List.of("GETMETADATA", "SETMETADATA"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "METADATA-SERVER", List.of("GETMETADATA", "SETMETADATA")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Set<String> EHLO_VERBS = Set.of("EHLO", "LHLO"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<String> SAME_NAME = Set.of("ID", "IDLE", "NAMESPACE", "ENABLE", "MOVE", "UNSELECT", "COMPRESS", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "STARTTLS", "SORT", "THREAD", "ESEARCH", "GETQUOTA"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class State {
        /** SMTP: the MAIL FROM of the open transaction was accepted */
        ExchangeRecord mailAccepted;
        /** SMTP: recipients accepted in the open transaction, none refused */
        int recipientsAccepted;
        boolean recipientRefused;
        /** IMAP: commands the server's latest CAPABILITY lists */
        final Set<String> advertised = new HashSet<>();
        /** SMTP: the exchange before the current one (the greeting included) */
        ExchangeRecord previous;
        boolean reported;
    }

    /** a tagged BYE answering LOGOUT, kept until the end of the trace shows whether the client failed on it */
    private record TaggedBye(ExchangeRecord exchange, Line line) {
    }

    private static final class Run extends AbstractRuleRun<State> {
        private final List<TaggedBye> logoutByes = new ArrayList<>();
        /** the client reported an error or exception somewhere in the trace */
        private boolean clientFailed;

        Run(RuleContext context) {
            super(context, State::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            State state = sessions().of(exchange.session());
            if (exchange.protocol() == Protocol.IMAP) {
                imap(state, exchange);
            } else if (exchange.protocol() == Protocol.SMTP) {
                smtp(state, exchange);
            }
        }

        private void smtp(State state, ExchangeRecord exchange) {
            ExchangeRecord previous = state.previous;
            state.previous = exchange;
            String verb = Replies.verb(exchange);
            int code = Replies.smtpCode(exchange);
            switch (verb) {
                case ExchangeRecord.UNSOLICITED -> unsolicited(state, previous, exchange, code);
                case "MAIL" -> { //$NON-NLS-1$
                    state.mailAccepted = code / 100 == 2 ? exchange : null;
                    state.recipientsAccepted = 0;
                    state.recipientRefused = false;
                }
                case "RCPT" -> { //$NON-NLS-1$
                    if (code / 100 == 2) {
                        state.recipientsAccepted++;
                    } else {
                        state.recipientRefused = true;
                    }
                }
                case "DATA", "BDAT" -> { //$NON-NLS-1$ //$NON-NLS-2$
                    if (code == 503 && state.mailAccepted != null && state.recipientsAccepted > 0 && !state.recipientRefused
                            && !state.reported) {
                        state.reported = true;
                        context().report(CauseIds.finding(CauseIds.SMTP_OUT_OF_STATE, 0.75, "The server answered '" + Replies.command(exchange) //$NON-NLS-1$
                                + "' with '" + Replies.last(exchange) + "' (bad sequence of commands) although it had accepted '" //$NON-NLS-1$ //$NON-NLS-2$
                                + state.mailAccepted.commandText() + "' and " + state.recipientsAccepted //$NON-NLS-1$
                                + " recipient(s): the client kept the order, so the server (or a filter or hook of it) lost its" //$NON-NLS-1$
                                + " transaction state - a server fault, not the client's.", //$NON-NLS-1$
                                Replies.lines(state.mailAccepted, exchange)));
                    }
                    state.mailAccepted = null;
                }
                case "RSET", "EHLO", "HELO", "LHLO" -> state.mailAccepted = null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                default -> {
                    // other commands leave the transaction as it is
                }
            }
        }

        /** Server lines that answer no command: read against the exchange they follow. */
        private void unsolicited(State state, ExchangeRecord previous, ExchangeRecord exchange, int code) {
            if (previous == null || state.reported || previous.command() == null) {
                return;
            }
            String after = Replies.verb(previous);
            int previousCode = Replies.smtpCode(previous);
            if (EHLO_VERBS.contains(after) && previousCode == 250 && extensionLinesWithoutCode(exchange)) {
                state.reported = true;
                context().report(CauseIds.finding(CauseIds.SMTP_MALFORMED_REPLY, 0.7, "The server's reply to '" + Replies.command(previous) //$NON-NLS-1$
                        + "' ends with '" + Replies.last(previous) + "' and then names its extensions on lines without a reply code ('" //$NON-NLS-1$ //$NON-NLS-2$
                        + Replies.first(exchange) + "'): every line of a multi-line reply must start with '250-' and only the last with" //$NON-NLS-1$
                        + " '250 ' (RFC 5321 4.2). A client reads the reply as ended and the extension lines as garbage - a server" //$NON-NLS-1$
                        + " fault; report it to the server's developers.", Replies.lines(previous, exchange))); //$NON-NLS-1$
            } else if ((previousCode == 500 || previousCode == 502) && code / 100 == 2
                    && UNKNOWN_COMMAND.matcher(Replies.last(previous)).find()) {
                state.reported = true;
                context().report(CauseIds.finding(previousCode == 500 ? CauseIds.SMTP_PHANTOM_COMMAND_500 : CauseIds.SMTP_PHANTOM_COMMAND_502, 0.65,
                        "The server answered '" + Replies.command(previous) + "' twice: '" + Replies.last(previous) //$NON-NLS-1$ //$NON-NLS-2$
                                + "', then '" + Replies.last(exchange) + "', with no client line between. It took a part of" //$NON-NLS-1$ //$NON-NLS-2$
                                + " what the client sent (a line ending, an empty line of the message) for a command of its own - a" //$NON-NLS-1$
                                + " fault in the server's line handling (bare CR or LF), not the client's command.", //$NON-NLS-1$
                        Replies.lines(previous, exchange)));
            }
        }

        /** @return true when every line is a server line without a reply code, the first an ESMTP keyword */
        private static boolean extensionLinesWithoutCode(ExchangeRecord exchange) {
            List<Line> lines = exchange.replies();
            if (lines.isEmpty() || lines.stream().anyMatch(l -> l.fromClient() || Replies.smtpCode(l.text()) > 0)) {
                return false;
            }
            String keyword = lines.get(0).text().strip().split("[\\s=]", 2)[0].toUpperCase(Locale.ROOT); //$NON-NLS-1$
            return ProtocolVocabulary.SMTP_EXTENSIONS.contains(keyword);
        }

        @Override
        public void exchangeAbandoned(ExchangeRecord exchange) {
            // a tagged BYE completes nothing: the command stays open and the session ends
            if (exchange.protocol() == Protocol.IMAP) {
                taggedBye(sessions().of(exchange.session()), exchange);
            }
        }

        /**
         * BYE is always untagged (RFC 9051 7.1.5, RFC 3501 7.1.5); a server that sends it with the command's tag
         * ("A6 BYE ...") breaks the grammar, and strict clients fail on it ("Syntax error in tagged response"). At
         * LOGOUT the session ends either way and tolerant clients carry on: there it is the cause only when the trace
         * also shows the client failing (an error or exception it reported).
         */
        private boolean taggedBye(State state, ExchangeRecord exchange) {
            if (exchange.tag() == null || state.reported) {
                return false;
            }
            for (Line line : exchange.replies()) {
                String text = line.text().strip();
                if (!line.fromClient() && text.regionMatches(true, 0, exchange.tag() + " BYE", 0, exchange.tag().length() + 4) //$NON-NLS-1$
                        && (text.length() == exchange.tag().length() + 4 || text.charAt(exchange.tag().length() + 4) == ' ')) {
                    state.reported = true;
                    if ("LOGOUT".equals(Replies.verb(exchange))) { //$NON-NLS-1$
                        logoutByes.add(new TaggedBye(exchange, line));
                    } else {
                        reportTaggedBye(exchange, line, 0.7, ""); //$NON-NLS-1$
                    }
                    return true;
                }
            }
            return false;
        }

        private void reportTaggedBye(ExchangeRecord exchange, Line bye, double confidence, String consequence) {
            context().report(CauseIds.finding(CauseIds.IMAP_NON_CONFORMING, confidence, "The server answered '" + Replies.command(exchange) //$NON-NLS-1$
                    + "' with '" + bye.text().strip() + "': BYE is always untagged ('* BYE ...', then the tagged OK); sent with the" //$NON-NLS-1$ //$NON-NLS-2$
                    + " command's tag it breaks the IMAP grammar and clients fail to read it" + consequence //$NON-NLS-1$
                    + " - a server fault; report it to the provider.", Replies.commandAnd(exchange, bye))); //$NON-NLS-1$
        }

        @Override
        public void statusEvent(StatusRecord status) {
            // a failure code, or an error text or exception without one (formats report only errors without a code)
            clientFailed |= status.failure() || status.value() == 0;
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            if (clientFailed) {
                logoutByes.forEach(b -> reportTaggedBye(b.exchange(), b.line(), 0.6, " (the client reported an error on it)")); //$NON-NLS-1$
            }
            logoutByes.clear();
        }

        private void imap(State state, ExchangeRecord exchange) {
            for (Line line : exchange.replies()) {
                noteCapabilities(state, line.text());
            }
            if (exchange.tag() == null || state.reported || taggedBye(state, exchange)) {
                return;
            }
            String verb = Replies.verb(exchange);
            Line tagged = Replies.imapTagged(exchange);
            String status = Replies.imapStatus(tagged);
            if (!state.advertised.contains(verb) || !("BAD".equals(status) || "NO".equals(status))) { //$NON-NLS-1$ //$NON-NLS-2$
                return;
            }
            String text = Replies.text(tagged);
            if (!UNKNOWN_COMMAND.matcher(text.substring(Math.min(text.length(), text.indexOf(status) + status.length()))).find()) {
                return;
            }
            state.reported = true;
            context().report(CauseIds.finding(CauseIds.IMAP_REFUSES_ADVERTISED, 0.75, "The server lists " + verb //$NON-NLS-1$
                    + " in its CAPABILITY but answered '" + Replies.command(exchange) + "' with '" + text //$NON-NLS-1$ //$NON-NLS-2$
                    + "': it refuses a command it announces itself - a server (or proxy) fault; a client can only avoid the" //$NON-NLS-1$
                    + " command.", Replies.commandAnd(exchange, tagged))); //$NON-NLS-1$
        }

        /** Reads "* CAPABILITY ..." and "[CAPABILITY ...]" lines: the latest list replaces the earlier one. */
        private static void noteCapabilities(State state, String text) {
            String upper = text.toUpperCase(Locale.ROOT);
            int at = upper.indexOf("CAPABILITY "); //$NON-NLS-1$
            if (at < 0 || !(upper.startsWith("* CAPABILITY ") || upper.contains("[CAPABILITY "))) { //$NON-NLS-1$ //$NON-NLS-2$
                return;
            }
            String list = upper.substring(at + "CAPABILITY ".length()); //$NON-NLS-1$
            int close = list.indexOf(']');
            if (close >= 0) {
                list = list.substring(0, close);
            }
            state.advertised.clear();
            for (String atom : list.trim().split("\\s+")) { //$NON-NLS-1$
                String name = atom.contains("=") ? atom.substring(0, atom.indexOf('=')) : atom; //$NON-NLS-1$
                if (SAME_NAME.contains(name)) {
                    state.advertised.add(name);
                }
                state.advertised.addAll(CAPABILITY_COMMANDS.getOrDefault(name, List.of()));
            }
        }
    }
}
