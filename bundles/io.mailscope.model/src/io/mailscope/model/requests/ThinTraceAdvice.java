package io.mailscope.model.requests;

import java.util.Optional;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Exchange;
import io.mailscope.model.Finding;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;

/**
 * When a trace is too thin to decide, what to ask the customer for next. A trace with a determined finding needs
 * nothing more; otherwise the most basic gap is named: no conversation at all, no server greeting (logging started
 * after the connection, or the connection never came up), or a client error with nothing in the conversation that
 * explains it (the log was cut before the failure).
 *
 * @param gap what is missing, one sentence
 * @param ask what to ask the customer for, one sentence
 */
public record ThinTraceAdvice(Gap gap, String ask) {

    /** What the trace lacks. */
    public enum Gap {
        /** no session with any protocol line */
        NO_CONVERSATION,
        /** sessions, but no server greeting in any of them */
        NO_GREETING,
        /** the client reported an error code, but the conversation shows no failure that explains it */
        CUT_BEFORE_FAILURE,
        /** the conversation looks healthy and the client reported no error: not taken while the error happened */
        NO_FAILURE
    }

    /** Greeting verb the importer gives the server's first reply (io.mailscope.trace's ExchangeRecord.GREETING). */
    static final String GREETING = "GREETING"; //$NON-NLS-1$

    /** @return what to ask next, or empty when the diagnosis determined a cause */
    public static Optional<ThinTraceAdvice> of(Diagnosis diagnosis) {
        if (diagnosis == null || diagnosis.getFindings().stream().anyMatch(Finding::isDetermined)) {
            return Optional.empty();
        }
        Trace trace = diagnosis.getTrace();
        boolean anyExchange = trace != null && trace.getSessions().stream().anyMatch(s -> !s.getExchanges().isEmpty());
        if (!anyExchange) {
            return Optional.of(new ThinTraceAdvice(Gap.NO_CONVERSATION, "The trace holds no conversation with the mail server. " //$NON-NLS-1$
                    + "Ask for the client's troubleshooting log, with logging turned on and the client restarted before Send/Receive, " //$NON-NLS-1$
                    + "or for a telnet/openssl test to the server's port.")); //$NON-NLS-1$
        }
        boolean greeting = trace.getSessions().stream().map(Session::getExchanges).filter(e -> !e.isEmpty())
                .map(e -> e.get(0)).anyMatch(ThinTraceAdvice::isGreeting);
        if (!greeting) {
            return Optional.of(new ThinTraceAdvice(Gap.NO_GREETING, "The trace has no greeting from the server: logging started after the " //$NON-NLS-1$
                    + "connection was made, or it was copied from the middle. Ask for the complete log file, with the client restarted " //$NON-NLS-1$
                    + "after turning logging on, so that it starts with the connection.")); //$NON-NLS-1$
        }
        if (!trace.getStatusEvents().isEmpty()) {
            return Optional.of(new ThinTraceAdvice(Gap.CUT_BEFORE_FAILURE, "The client reported an error, but the conversation in the trace " //$NON-NLS-1$
                    + "shows nothing that explains it: the log was cut before the failure. Ask for the whole log file as it is " //$NON-NLS-1$
                    + "(not copied parts), taken while the error appears, with the time of the error.")); //$NON-NLS-1$
        }
        return Optional.of(new ThinTraceAdvice(Gap.NO_FAILURE, "The conversation in the trace shows no failure and the client reported none. " //$NON-NLS-1$
                + "Ask for a log taken while the error happens, with the exact error text and its time.")); //$NON-NLS-1$
    }

    private static boolean isGreeting(Exchange exchange) {
        return exchange.getCommand() == null && (GREETING.equals(exchange.getVerb()) || !exchange.getReplyLines().isEmpty());
    }
}
