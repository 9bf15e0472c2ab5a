package io.mailscope.trace.internal.conversation;

/**
 * The exchanges of a routine session (see {@link io.mailscope.trace.RoutineExchangePolicy}) that a format's byte
 * triage counted instead of parsing: from the greeting to the reply to {@code QUIT}, all positive, in the session
 * whose "Connected to host" line came just before them. {@link ConversationBuilder#routine} accounts for them
 * exactly as it accounts for the same lines parsed one by one in a session that is dropped at its end.
 *
 * @param exchanges the exchanges (the greeting and every command with its complete reply)
 * @param commands the commands among them
 * @param lines the lines counted (every one a wire line of the session)
 */
public record RoutineRun(int exchanges, int commands, int lines) implements RoutineCount {
}
