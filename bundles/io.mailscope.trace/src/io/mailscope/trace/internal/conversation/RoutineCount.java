package io.mailscope.trace.internal.conversation;

/**
 * What a format's byte triage counted instead of parsing, in its place among the records (see
 * {@link io.mailscope.trace.RoutineExchangePolicy}): the routine exchanges of a session ({@link RoutineRun}) or the
 * whole rest of a routine session ({@link RoutineSession}). {@link ConversationBuilder#routine(RoutineCount)} accounts
 * for it.
 */
public sealed interface RoutineCount permits RoutineRun, RoutineSession, RoutineEntries, RoutineSessions, RoutineOtherLines {
}
