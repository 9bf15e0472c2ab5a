package io.mailscope.trace;

/**
 * Optional second interface of a {@link TraceListener}: says whether the listener needs the exchanges of
 * <em>routine sessions</em>. A listener that does not implement it receives every exchange.
 * <p>
 * A routine session is a POP3 session of an Outlook 2003+ log, beyond the sessions the model keeps, whose lines run
 * without another connection's lines in between from "Begin execution" to "End execution" and whose conversation is
 * the healthy check for mail: a {@code +OK} greeting; {@code USER} and {@code PASS} (with an already masked
 * password) each answered {@code +OK}; {@code STAT} answered {@code +OK n size}; {@code UIDL} and {@code LIST}, each
 * answered {@code +OK} with exactly {@code n} listing lines and {@code "."}; {@code QUIT} answered {@code +OK}; then
 * "Disconnected from host". When the listener does not need their exchanges, the importer may count such a
 * session's exchanges without decoding their lines: the listener still receives the session's start, its connection
 * events and its end (with the exchange count), only {@code exchangeCompleted} is not called for its exchanges. The
 * first routine session of an import is always passed on in full. Everything else (the model, its counts, findings
 * of other sessions) is the same either way.
 * <p>
 * Added in package version 2.1.0.
 */
public interface RoutineExchangePolicy {

    /** @return false when the listener's results do not depend on the exchanges of routine sessions */
    boolean needsRoutineExchanges();
}
