package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.events.Located;

/**
 * Seed case 002: the POP3 server's STAT counts more messages than UIDL or LIST list (InterMail counting a hidden
 * control message). The client then asks for a message number that does not exist: 0x800CCC97.
 */
@RoutineExchangesIgnored
public final class Pop3StatCountRule implements DiagnosisRule {

    private static final Pattern STAT_OK = Pattern.compile("^\\+OK\\s+(\\d+)\\s+(\\d+)"); //$NON-NLS-1$

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class State {
        ExchangeRecord stat;
        int statCount = -1;
        ExchangeRecord uidl;
        int uidlCount = -1;
        ExchangeRecord list;
        int listCount = -1;
        boolean reported;
    }

    /**
     * Implements {@link RuleRun} itself rather than extending {@link io.mailscope.diagnosis.api.AbstractRuleRun}: a
     * session's state is replaced by a new one when a STAT follows a reported comparison, and the latest state is
     * still compared after its session ended (see {@link #waiting}), which engine-managed session states do not allow.
     */
    private static final class Run implements RuleRun {
        private final RuleContext context;
        private final Map<Long, State> sessions = new HashMap<>();
        /**
         * STATs whose UIDL and LIST have not both been compared yet, the latest last: an interleaved log may put one
         * connection's entries into several sessions (Outlook logs them from several callback objects), so a UIDL or
         * LIST of a session without STAT is compared with the latest of them. A STAT whose comparison is complete
         * leaves the list, so that a session that checked its own count (every healthy one) changes nothing for the
         * sessions after it. Bounded: the oldest waiting STAT is forgotten (the latest is the one a listing meets).
         */
        private final ArrayDeque<State> waiting = new ArrayDeque<>();
        private static final int MAX_WAITING = 64;

        Run(RuleContext context) {
            this.context = context;
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            String verb = Replies.verb(exchange);
            if (!verb.equals("STAT") && !verb.equals("UIDL") && !verb.equals("LIST")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return;
            }
            State state = sessions.get(exchange.session().id());
            if (verb.equals("STAT")) { //$NON-NLS-1$
                Matcher m = STAT_OK.matcher(Replies.first(exchange));
                if (m.find()) {
                    if (state == null || state.reported) {
                        state = new State();
                        sessions.put(exchange.session().id(), state);
                    }
                    waiting.remove(state);
                    waiting.addLast(state);
                    state.stat = exchange;
                    state.statCount = Integer.parseInt(m.group(1));
                    state.uidl = null;
                    state.list = null;
                    state.uidlCount = -1;
                    state.listCount = -1;
                }
                return;
            }
            if (state == null || state.stat == null) {
                // an interleaved log may put one connection's entries into several sessions (Outlook logs them
                // from several callback objects): compare with the latest STAT
                state = waiting.peekLast();
            }
            if (state == null || state.reported) {
                return;
            }
            if (!Replies.command(exchange).strip().equalsIgnoreCase(verb) || !Replies.first(exchange).startsWith("+OK")) { //$NON-NLS-1$
                return; // UIDL n / LIST n ask for one message; -ERR says nothing about the count
            }
            int listed = listed(exchange);
            if (verb.equals("UIDL")) { //$NON-NLS-1$
                state.uidl = exchange;
                state.uidlCount = listed;
            } else {
                state.list = exchange;
                state.listCount = listed;
            }
            if (state.uidl != null && state.list != null) {
                waiting.remove(state);
                check(state);
            }
        }

        private static int listed(ExchangeRecord exchange) {
            int n = 0;
            for (Line line : exchange.replies().subList(1, exchange.replies().size())) {
                if (isListing(Replies.text(line))) {
                    n++;
                }
            }
            return n;
        }

        /** "n something": a UIDL or LIST entry; a character scan, as every LIST/UIDL line of a large trace passes here */
        static boolean isListing(String text) {
            int i = 0;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i == 0 || i == text.length() || !Character.isWhitespace(text.charAt(i))) {
                return false;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i < text.length();
        }

        private void check(State state) {
            if (state.reported || state.stat == null || state.statCount <= 0) {
                return;
            }
            boolean uidlShort = state.uidl != null && state.uidlCount < state.statCount;
            boolean listShort = state.list != null && state.listCount < state.statCount;
            if (!uidlShort && !listShort) {
                return;
            }
            List<ExchangeRecord> cited = new ArrayList<>(3);
            cited.add(state.stat);
            if (state.uidl != null) {
                cited.add(state.uidl);
            }
            if (state.list != null) {
                cited.add(state.list);
            }
            cited.sort(Comparator.comparingInt(e -> e.command() == null ? 0 : e.command().firstLine()));
            boolean hiddenSaid = state.list != null && Replies.containsIgnoreCase(Replies.first(state.list), "hidden"); //$NON-NLS-1$
            StringBuilder summary = new StringBuilder();
            summary.append("STAT answers '").append(Replies.first(state.stat)).append("' (").append(state.statCount) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(state.statCount == 1 ? " message" : " messages").append(") but"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (state.uidl != null) {
                summary.append(" UIDL lists ").append(state.uidlCount); //$NON-NLS-1$
            }
            if (state.list != null) {
                summary.append(state.uidl != null ? " and" : "").append(" LIST lists ").append(state.listCount) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(" ('").append(Replies.first(state.list)).append("')"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            summary.append(": the server counts a message it does not list (a hidden control message), so the client asks for" //$NON-NLS-1$
                    + " a message number that does not exist. This is a bug of the provider's POP3 server; a new mail profile" //$NON-NLS-1$
                    + " does not help."); //$NON-NLS-1$
            List<Located> evidence = new ArrayList<>();
            for (ExchangeRecord e : cited) {
                List<Located> lines = FindingReport.linesOf(e);
                if (e == state.list && lines.size() > 2 && ".".equals(Replies.text((Line) lines.get(lines.size() - 1)))) { //$NON-NLS-1$
                    lines = lines.subList(0, lines.size() - 1); // LIST's status line says it; its terminator adds nothing
                }
                evidence.addAll(lines);
            }
            context.report(CauseIds.finding(CauseIds.HIDDEN_CONTROL_MESSAGE, hiddenSaid ? 0.98 : 0.9, summary.toString(), evidence));
            state.reported = true;
        }

        /**
         * Counted routine sessions: their ends find no state (only STAT, UIDL and LIST exchanges make one), so the
         * STAT still waiting for listings stays as it is.
         */
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
            // most sessions made no state: no boxing of their id for an empty map
            State state = sessions.isEmpty() ? null : sessions.remove(end.session().id());
            if (state != null && state != waiting.peekLast()) {
                waiting.remove(state);
                check(state);
            } else if (state != null) {
                // it stays for a listing of another session; bounded here, where a session ends with its comparison
                // incomplete (never in a session that completes it, so such sessions leave the list as they found it)
                while (waiting.size() > MAX_WAITING) {
                    waiting.removeFirst();
                }
            }
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            sessions.values().forEach(this::check);
            State latest = waiting.peekLast();
            if (latest != null) {
                check(latest);
            }
            sessions.clear();
            waiting.clear();
        }
    }
}
