package io.mailscope.diagnosis.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares on a {@link DiagnosisRule} class that the rule's findings do not depend on the exchanges of routine
 * sessions, as {@link io.mailscope.trace.RoutineExchangePolicy} defines them (the healthy POP3 check for mail and the
 * healthy SMTP send of an Outlook 2003+ log: every reply positive, the listings of UIDL and LIST as long as STAT says,
 * QUIT, closed by the client). When every rule of a diagnosis carries it, the importer may count those exchanges without decoding
 * them, which makes large logs several times faster to diagnose: the rule then still receives such a session's
 * start, connection events and end, but no {@code exchangeCompleted} for its exchanges. The first routine session of
 * a trace is always delivered in full. (Routine sessions that follow one another directly come as one
 * {@code routineSessions} call, which the rule's run may override to take them at once; by default it gets each
 * session's calls in turn.)
 * <p>
 * Put it on a rule only when that holds, including across sessions: a rule that remembers something of one session
 * for a later one (the latest STAT, whether a later attempt connected) must come to the same findings without the
 * routine sessions' exchanges. A rule without it (the default for contributed rules) receives every exchange, and
 * then every rule does, since the trace is read once.
 * <p>
 * <b>Added in package version 2.1.0</b> (a new type: existing rule plug-ins are not affected).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RoutineExchangesIgnored {
}
