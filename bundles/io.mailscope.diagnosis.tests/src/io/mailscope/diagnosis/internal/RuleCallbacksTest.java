package io.mailscope.diagnosis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.diagnosis.api.SessionStates;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.CauseCategory;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;

/**
 * The engine calls a rule only for the events whose callback the rule's run implements (the others inherit the
 * listener's defaults, which do nothing): a run that implements them in a class it extends gets every event a run
 * implementing them itself gets, in the same order, and a session's end still forgets the states a rule keeps per
 * session when the rule does not implement {@code sessionEnded}. On a real import (the Outlook 2002 seed log).
 */
class RuleCallbacksTest {

    private static final String TEST_BUNDLE = "io.mailscope.diagnosis.tests";

    /** Records every callback but {@code routineSessions} (whose default calls the others). */
    abstract static class RecordingRun implements RuleRun {
        final List<String> calls;

        RecordingRun(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public void sessionStarted(SessionInfo session) {
            calls.add("start " + session.id());
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            calls.add("exchange " + exchange.verb() + " " + exchange.firstLine());
        }

        @Override
        public void exchangeAbandoned(ExchangeRecord exchange) {
            calls.add("abandoned " + exchange.verb() + " " + exchange.firstLine());
        }

        @Override
        public void connectionEvent(ConnectionRecord event) {
            calls.add("connection " + event.kind() + " " + event.firstLine());
        }

        @Override
        public void statusEvent(StatusRecord event) {
            calls.add("status " + event.value() + " " + event.firstLine());
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            calls.add("end " + end.session().id() + " " + end.exchanges());
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            calls.add("trace end " + trace.sessions());
        }
    }

    /** Implements nothing itself: every callback is its superclass's. */
    static final class InheritingRun extends RecordingRun {
        InheritingRun(List<String> calls) {
            super(calls);
        }
    }

    /** Implements every callback itself (each calling the recording one). */
    static final class DeclaringRun extends RecordingRun {
        DeclaringRun(List<String> calls) {
            super(calls);
        }

        @Override
        public void sessionStarted(SessionInfo session) {
            super.sessionStarted(session);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            super.exchangeCompleted(exchange);
        }

        @Override
        public void exchangeAbandoned(ExchangeRecord exchange) {
            super.exchangeAbandoned(exchange);
        }

        @Override
        public void connectionEvent(ConnectionRecord event) {
            super.connectionEvent(event);
        }

        @Override
        public void statusEvent(StatusRecord event) {
            super.statusEvent(event);
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            super.sessionEnded(end);
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            super.traceEnded(trace);
        }
    }

    /**
     * Asks for {@code kinds} kinds of per-session state and keeps only the last one (a state per session it saw an
     * exchange of), implementing nothing else but the trace's end: a session's end must look past the empty ones.
     */
    static final class StatesOnly implements DiagnosisRule {
        final int kinds;
        /** how many states of each kind were left at the trace's end */
        final List<Integer> openAtTheEnd = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> sessionsWithState = Collections.synchronizedList(new ArrayList<>());

        StatesOnly(int kinds) {
            this.kinds = kinds;
        }

        @Override
        public RuleRun start(RuleContext context) {
            List<SessionStates<int[]>> all = new ArrayList<>();
            for (int i = 0; i < kinds; i++) {
                all.add(context.sessionStates(() -> new int[1]));
            }
            SessionStates<int[]> states = all.get(kinds - 1);
            return new RuleRun() {
                @Override
                public void exchangeCompleted(ExchangeRecord exchange) {
                    if (states.of(exchange.session())[0]++ == 0) {
                        sessionsWithState.add(Integer.valueOf((int) exchange.session().id()));
                    }
                }

                @Override
                public void traceEnded(TraceEnd trace) {
                    all.forEach(kind -> openAtTheEnd.add(Integer.valueOf(kind.size())));
                }
            };
        }
    }

    private static RuleDescriptor rule(String id, DiagnosisRule rule) {
        return new RuleDescriptor.Programmatic(new RuleInfo(TEST_BUNDLE + "." + id, id, Set.of(), CauseCategory.UNKNOWN,
                TEST_BUNDLE, RuleInfo.Kind.JAVA), rule);
    }

    private static Path seedLog() {
        Path path = Path.of("..", "io.mailscope.trace.tests", "testfiles", "outlook2002-pop3-0x800ccc97.log");
        assertTrue(Files.exists(path), path.toAbsolutePath() + " exists");
        return path;
    }

    @Test
    void aRunGetsTheCallbacksAClassItExtendsImplements() throws Exception {
        List<String> inherited = Collections.synchronizedList(new ArrayList<>());
        List<String> declared = Collections.synchronizedList(new ArrayList<>());
        Diagnoses.importAndRun(Diagnoses.service(TraceImportService.class), seedLog(),
                List.of(rule("inheriting", context -> new InheritingRun(inherited)), rule("declaring", context -> new DeclaringRun(declared))),
                Duration.ofSeconds(30));

        for (String kind : List.of("start ", "exchange ", "connection ", "status ", "end ", "trace end ")) {
            assertTrue(declared.stream().anyMatch(c -> c.startsWith(kind)), "the log gives a '" + kind + "' call: " + declared);
        }
        assertEquals(declared, inherited);
    }

    @Test
    void aSessionsStatesAreForgottenAtItsEndAlsoWhenTheRuleDoesNotImplementSessionEnded() throws Exception {
        assertEveryStateForgotten(1);
    }

    @Test
    void aSessionsEndForgetsTheStatesOfEveryKindTheRuleKeeps() throws Exception {
        assertEveryStateForgotten(2);
    }

    private static void assertEveryStateForgotten(int kinds) throws Exception {
        StatesOnly rule = new StatesOnly(kinds);
        Diagnoses.importAndRun(Diagnoses.service(TraceImportService.class), seedLog(), List.of(rule("states-only", rule)),
                Duration.ofSeconds(30));

        assertTrue(rule.sessionsWithState.size() > 1, "the log has exchanges in several sessions: " + rule.sessionsWithState);
        assertEquals(Collections.nCopies(kinds, Integer.valueOf(0)), rule.openAtTheEnd, "every session ended before the trace did");
    }
}
