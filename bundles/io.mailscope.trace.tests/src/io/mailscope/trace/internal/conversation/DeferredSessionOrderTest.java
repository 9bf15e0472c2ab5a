package io.mailscope.trace.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.internal.FastPath;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceRecord;

/**
 * Beyond the model's bound a session joins the model's list, with its connection events, only when it ends with a
 * failure: it must land where it would have been had it joined at its start (the list is in the order the sessions
 * started), and its connection events in the order they came.
 */
class DeferredSessionOrderTest {

    private int line;

    private Span next() {
        line++;
        return new Span(line, line, line * 100L, null);
    }

    private void connection(ConversationBuilder builder, String key, ConnectionEventKind kind, String text) {
        builder.accept(new TraceRecord.Connection(next(), kind, text, key));
    }

    private void end(ConversationBuilder builder, String key) {
        builder.accept(new TraceRecord.End(next(), key));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = { true, false })
    void failedSessionsBeyondTheBoundAreKeptInTheOrderTheyStartedWithTheirConnectionEvents(boolean fast) {
        boolean before = FastPath.enable(fast); // the slow path keeps every session in the model from its start
        try {
            failedSessionsBeyondTheBound();
        } finally {
            FastPath.enable(before);
        }
    }

    private void failedSessionsBeyondTheBound() {
        Trace trace = MailscopeFactory.eINSTANCE.createTrace();
        ConversationBuilder builder = new ConversationBuilder(trace, new TraceListener() {
        }, value -> null, false);
        for (int i = 0; i < ConversationBuilder.MAX_KEPT_SESSIONS; i++) {
            connection(builder, "kept" + i, ConnectionEventKind.CONNECTED, "Connected to host");
            connection(builder, "kept" + i, ConnectionEventKind.CLOSED_BY_CLIENT, "Disconnected from host");
            end(builder, "kept" + i);
        }
        // beyond the bound: "first" starts before "second" and "routine" but fails last; "routine" has no failure
        connection(builder, "first", ConnectionEventKind.CONNECTED, "Connected to host");
        connection(builder, "second", ConnectionEventKind.CONNECTED, "Connected to host");
        connection(builder, "routine", ConnectionEventKind.CONNECTED, "Connected to host");
        connection(builder, "third", ConnectionEventKind.CONNECTED, "Connected to host");
        connection(builder, "routine", ConnectionEventKind.CLOSED_BY_CLIENT, "Disconnected from host");
        end(builder, "routine");
        connection(builder, "third", ConnectionEventKind.TIMEOUT, "Timed out");
        end(builder, "third");
        connection(builder, "second", ConnectionEventKind.CLOSED_BY_SERVER, "Disconnected from host");
        end(builder, "second");
        connection(builder, "first", ConnectionEventKind.REFUSED, "Connection refused");
        end(builder, "first");
        builder.finish();

        List<Session> sessions = trace.getSessions();
        assertEquals(ConversationBuilder.MAX_KEPT_SESSIONS + 3, sessions.size(), "the bound's sessions and the three failed ones");
        assertEquals("kept" + (ConversationBuilder.MAX_KEPT_SESSIONS - 1), sessions.get(ConversationBuilder.MAX_KEPT_SESSIONS - 1).getContextId());
        List<Session> failed = sessions.subList(ConversationBuilder.MAX_KEPT_SESSIONS, sessions.size());
        assertEquals(List.of("first", "second", "third"), failed.stream().map(Session::getContextId).toList(),
                "in the order they started, not the order they ended");
        int before = 3 * ConversationBuilder.MAX_KEPT_SESSIONS; // each session of the bound: 3 records, one line each
        assertEquals(List.of("CONNECTED L" + (before + 1), "REFUSED L" + (before + 11)), events(failed.get(0)));
        assertEquals(List.of("CONNECTED L" + (before + 2), "CLOSED_BY_SERVER L" + (before + 9)), events(failed.get(1)));
        assertEquals(List.of("CONNECTED L" + (before + 4), "TIMEOUT L" + (before + 7)), events(failed.get(2)));
        assertEquals(1, trace.getProblems().stream().filter(p -> p.getMessage().startsWith("1 sessions without failures")).count(),
                "the routine session beyond the bound is only counted: " + trace.getProblems());
    }

    private static List<String> events(Session session) {
        return session.getConnectionEvents().stream().map(e -> e.getKind().name() + " L" + e.getFirstLine()).toList();
    }
}
