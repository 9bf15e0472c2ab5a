package io.mailscope.trace;

/**
 * Optional second interface of a {@link TraceListener}: says whether the listener needs the exchanges of
 * <em>routine sessions</em>. A listener that does not implement it receives every exchange.
 * <p>
 * A routine session is a POP3 or SMTP session of an Outlook 2003+ log, beyond the sessions the model keeps, whose
 * lines run without another connection's lines in between from "Begin execution" to "End execution" (or, for POP3,
 * from "Connected to host" to "Disconnected from host"), or a POP3 connection of an Outlook 2000-2002 log beyond that
 * bound whose protocol lines from "Connected to host" on come only with other lines between them (headers and status
 * entries of its tasks, without a failure code), and whose conversation is the healthy one:
 * <ul>
 * <li>POP3, the check for mail: a {@code +OK} greeting; {@code USER} and {@code PASS} (with an already masked
 * password) each answered {@code +OK} (the reply to {@code USER} may ask for the password, "+OK Password required",
 * when the masking finds no credential in it); {@code STAT} answered {@code +OK n size}; {@code UIDL} and {@code LIST}, each
 * answered {@code +OK} with exactly {@code n} listing lines and {@code "."}; {@code QUIT} answered {@code +OK};</li>
 * <li>SMTP, a send: a {@code 220} greeting; {@code EHLO} answered {@code 250}; {@code MAIL FROM} and every
 * {@code RCPT TO} answered {@code 250}; {@code DATA} answered {@code 354} and then {@code 250}; {@code QUIT} answered
 * {@code 221};</li>
 * </ul>
 * then "Disconnected from host", no text in it that could carry a credential. When the listener does not need
 * their exchanges, the importer may count such a session's exchanges without decoding their lines: the listener
 * still receives the session's start, its connection events and its end (with the exchange count), only
 * {@code exchangeCompleted} is not called for its exchanges. The first routine session of an import is always passed
 * on in full. Routine sessions of an Outlook 2003+ log that follow one another directly may reach the listener as one
 * call, {@link TraceListener#routineSessions} (since 2.2.0), whose default makes each session's calls in turn. Everything else (the model, its counts, findings of other sessions) is the same either way.
 * <p>
 * Added in package version 2.1.0.
 */
public interface RoutineExchangePolicy {

    /** @return false when the listener's results do not depend on the exchanges of routine sessions */
    boolean needsRoutineExchanges();
}
