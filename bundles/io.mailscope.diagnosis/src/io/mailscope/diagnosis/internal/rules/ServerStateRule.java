package io.mailscope.diagnosis.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.diagnosis.api.SessionStates;
import io.mailscope.model.Protocol;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;

/**
 * The server contradicts the state the session shows: it answers a command with "bad sequence" although the client
 * kept the order (SMTP {@code 503} to DATA after MAIL FROM and every RCPT TO were accepted), or refuses as unknown an
 * IMAP command it lists in its own CAPABILITY. The client did nothing wrong, so the fault is the server's (or a filter,
 * proxy or hook of it): a server bug, not a protocol violation of the client. Only what the transcript shows counts: a
 * refused command between them, an RSET or a new transaction resets the state.
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
        boolean reported;
    }

    private static final class Run implements RuleRun {
        private final RuleContext context;
        private final SessionStates<State> sessions;

        Run(RuleContext context) {
            this.context = context;
            this.sessions = context.sessionStates(State::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            State state = sessions.of(exchange.session());
            if (exchange.protocol() == Protocol.IMAP) {
                imap(state, exchange);
            } else if (exchange.protocol() == Protocol.SMTP) {
                smtp(state, exchange);
            }
        }

        private void smtp(State state, ExchangeRecord exchange) {
            String verb = Replies.verb(exchange);
            int code = Replies.smtpCode(exchange);
            switch (verb) {
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
                        context.report(CauseIds.finding(CauseIds.SMTP_OUT_OF_STATE, 0.75, "The server answered '" + Replies.command(exchange) //$NON-NLS-1$
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

        private void imap(State state, ExchangeRecord exchange) {
            for (Line line : exchange.replies()) {
                noteCapabilities(state, line.text());
            }
            if (exchange.tag() == null || state.reported) {
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
            context.report(CauseIds.finding(CauseIds.IMAP_REFUSES_ADVERTISED, 0.75, "The server lists " + verb //$NON-NLS-1$
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
