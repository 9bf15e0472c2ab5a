package io.mailscope.diagnosis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import org.eclipse.core.runtime.ILog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.diagnosis.internal.rules.CauseIds;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.Protocol;
import io.mailscope.model.TlsState;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.CountedSessions;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.internal.BoundedPool;

/**
 * A stretch of counted routine sessions reaches the rules in one event ({@code RuleEngine.routineSessions}): a rule
 * whose run handles the session callbacks itself but not stretches gets each session's start, connection events and
 * end in turn, with its per-session state forgotten after each end, exactly as if they had come one by one; the
 * built-in rules come to the same findings either way (the connection rule's refusals of an earlier attempt are
 * cleared by a stretch as by a session that connects).
 */
class CountedSessionsTest {

    private static final String TEST_BUNDLE = "io.mailscope.diagnosis.tests";
    private final ExecutorService pool = BoundedPool.create("counted-sessions-test", 2);

    @AfterEach
    void shutDown() {
        BoundedPool.shutdown(pool, 2_000);
    }

    /** Two routine POP3 sessions from id {@code firstId} on, as the importer passes them. */
    private record Stretch(long firstId, int count) implements CountedSessions {
        @Override
        public SessionInfo started(int i) {
            return new SessionInfo(firstId + i, Protocol.POP3, null, 0, null, TlsState.NONE, "POP3 (pop.example.test)#" + (firstId + i));
        }

        private SessionInfo info(int i) {
            return new SessionInfo(firstId + i, Protocol.POP3, "pop.example.test", 110, "Microsoft Outlook", TlsState.NONE,
                    "POP3 (pop.example.test)#" + (firstId + i));
        }

        @Override
        public ConnectionRecord connected(int i) {
            return new ConnectionRecord(info(i), ConnectionEventKind.CONNECTED, "Connected to host", 100 + 20 * i, 100 + 20 * i,
                    4000L * i, "2012.03.14 10:15:32");
        }

        @Override
        public ConnectionRecord disconnected(int i) {
            return new ConnectionRecord(info(i), ConnectionEventKind.CLOSED_BY_CLIENT, "Disconnected from host", 118 + 20 * i,
                    118 + 20 * i, 4000L * i + 3000, "2012.03.14 10:15:33");
        }

        @Override
        public SessionEnd ended(int i) {
            return new SessionEnd(info(i), 7, false, true);
        }
    }

    /**
     * Routine sessions of an Outlook 2000-2002 log as the importer passes them ({@code overlap()} 1): each ends right
     * before the start of the session after the next; the first {@code carried} started in an earlier stretch.
     */
    private record Overlapping(Stretch sessions, int carried) implements CountedSessions {
        @Override
        public int count() {
            return sessions.count();
        }

        @Override
        public SessionInfo started(int i) {
            return sessions.started(i);
        }

        @Override
        public ConnectionRecord connected(int i) {
            return sessions.connected(i);
        }

        @Override
        public ConnectionRecord disconnected(int i) {
            return sessions.disconnected(i);
        }

        @Override
        public SessionEnd ended(int i) {
            return sessions.ended(i);
        }

        @Override
        public int overlap() {
            return 1;
        }
    }

    /** Records the session callbacks, and how many other sessions' states it still had at each. */
    static final class Recording implements DiagnosisRule {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public RuleRun start(RuleContext context) {
            return new AbstractRuleRun<long[]>(context, () -> new long[1]) {
                @Override
                public void sessionStarted(SessionInfo session) {
                    calls.add("start " + session + " open " + sessions().size());
                    sessions().of(session)[0]++;
                }

                @Override
                public void connectionEvent(ConnectionRecord event) {
                    calls.add("connection " + event + " state " + sessions().of(event.session())[0]++);
                }

                @Override
                public void sessionEnded(SessionEnd end) {
                    calls.add("end " + end + " state " + sessions().of(end.session())[0]);
                }
            };
        }
    }

    private RuleEngine engine(List<RuleDescriptor> rules) {
        return new RuleEngine(rules, Diagnoses.service(CatalogService.class), Duration.ofSeconds(30), pool,
                ProblemLog.of(ILog.of(CountedSessionsTest.class)));
    }

    private static RuleDescriptor recording(Recording rule) {
        return new RuleDescriptor.Programmatic(new RuleInfo(TEST_BUNDLE + ".recording", "recording", Set.of(), CauseCategory.UNKNOWN,
                TEST_BUNDLE, RuleInfo.Kind.JAVA), rule);
    }

    private static Trace trace() {
        Trace t = MailscopeFactory.eINSTANCE.createTrace();
        t.setSource("counted.log");
        return t;
    }

    @Test
    void aRuleThatHandlesSessionCallbacksGetsEachCountedSessionInTurn() {
        Recording oneByOne = new Recording();
        RuleEngine engine = engine(List.of(recording(oneByOne)));
        Stretch stretch = new Stretch(5, 3);
        for (int i = 0; i < stretch.count(); i++) {
            engine.sessionStarted(stretch.started(i));
            engine.connectionEvent(stretch.connected(i));
            engine.connectionEvent(stretch.disconnected(i));
            engine.sessionEnded(stretch.ended(i));
        }
        engine.finish(trace());

        Recording stretched = new Recording();
        RuleEngine engine2 = engine(List.of(recording(stretched)));
        engine2.routineSessions(stretch);
        engine2.finish(trace());

        assertEquals(12, oneByOne.calls.size(), String.join("\n", oneByOne.calls));
        assertTrue(oneByOne.calls.get(4).endsWith(" open 0"), "the state of the session before was forgotten: " + oneByOne.calls.get(4));
        assertEquals(oneByOne.calls, stretched.calls);
    }

    /**
     * An overlapping stretch stands for its calls in this order: the end of the session two before (carried ones'
     * too), then the session's start and connection events; the last two sessions end after it.
     */
    @Test
    void aRuleThatHandlesSessionCallbacksGetsAnOverlappingStretchInTheOrderItStandsFor() {
        Stretch sessions = new Stretch(5, 5);
        Recording oneByOne = new Recording();
        RuleEngine engine = engine(List.of(recording(oneByOne)));
        for (int i = 2; i < 5; i++) {
            engine.sessionEnded(sessions.ended(i - 2));
            engine.sessionStarted(sessions.started(i));
            engine.connectionEvent(sessions.connected(i));
            engine.connectionEvent(sessions.disconnected(i));
        }
        engine.finish(trace());

        Recording stretched = new Recording();
        RuleEngine engine2 = engine(List.of(recording(stretched)));
        engine2.overlappingRoutineSessions(new Overlapping(sessions, 2));
        engine2.finish(trace());

        assertEquals(12, oneByOne.calls.size(), String.join("\n", oneByOne.calls));
        assertEquals(oneByOne.calls, stretched.calls);
        assertTrue(stretched.calls.get(8).startsWith("end SessionEnd[session=SessionInfo[id=7,"), stretched.calls.get(8));
    }

    /**
     * A session that ends after an overlapping stretch may get other events first: the connection rule decides it as if
     * its connection events had come one by one (a time-out of a session that connected is no failure to connect), and
     * forgets it where its end comes in a later stretch.
     */
    @Test
    void theConnectionRuleDecidesASessionThatEndsAfterAStretchAsIfItsSessionsHadComeOneByOne() {
        Stretch sessions = new Stretch(1, 5);
        SessionInfo late = sessions.ended(4).session();
        List<List<String>> findings = new ArrayList<>();
        for (boolean stretched : new boolean[] { false, true }) {
            RuleEngine engine = engine(Diagnoses.builtInRules());
            // sessions 1-3, of which 2 and 3 end in the next stretch, which adds 4 and 5; 5 times out after it
            for (Overlapping stretch : List.of(new Overlapping(new Stretch(1, 3), 0), new Overlapping(new Stretch(2, 4), 2))) {
                if (stretched) {
                    engine.overlappingRoutineSessions(stretch);
                } else {
                    oneByOne(engine).overlappingRoutineSessions(stretch);
                }
            }
            engine.connectionEvent(new ConnectionRecord(late, ConnectionEventKind.TIMEOUT, "Timed out", 400, 400, 9000,
                    "2012.03.14 10:16:00"));
            engine.sessionEnded(sessions.ended(3));
            engine.sessionEnded(new SessionEnd(late, 7, true, false));
            Diagnosis d = engine.finish(trace());
            findings.add(d.getFindings().stream()
                    .map(f -> (f.getCause() == null ? f.getRuleId() : f.getCause().getId()) + " " + f.getConfidence() + " " + f.getSummary())
                    .toList());
        }
        assertEquals(1, findings.get(0).size(), "one by one: " + findings.get(0));
        assertEquals(findings.get(0), findings.get(1), "the same with the sessions as overlapping stretches");
    }

    /** @return a listener that passes the session callbacks to the engine one by one (a stretch: TraceListener's defaults) */
    private static TraceListener oneByOne(RuleEngine engine) {
        return new TraceListener() {
            @Override
            public void sessionStarted(SessionInfo s) {
                engine.sessionStarted(s);
            }

            @Override
            public void connectionEvent(ConnectionRecord e) {
                engine.connectionEvent(e);
            }

            @Override
            public void sessionEnded(SessionEnd e) {
                engine.sessionEnded(e);
            }
        };
    }

    /**
     * An attempt refused (the client tries the next address) is reported at the end unless a later attempt connects:
     * counted routine sessions connect, in a stretch as one by one.
     */
    @Test
    void theBuiltInRulesFindTheSameWithAStretchAsWithItsSessionsOneByOne() {
        SessionInfo refused = new SessionInfo(1, Protocol.POP3, "pop.example.test", 110, "Microsoft Outlook", TlsState.NONE,
                "POP3 (pop.example.test)#0");
        Stretch stretch = new Stretch(2, 2);
        List<List<String>> findings = new ArrayList<>();
        for (int variant = 0; variant < 3; variant++) {
            RuleEngine engine = engine(Diagnoses.builtInRules());
            engine.sessionStarted(refused);
            engine.connectionEvent(new ConnectionRecord(refused, ConnectionEventKind.REFUSED, "Connection refused", 3, 3, 200,
                    "2012.03.14 10:15:31"));
            engine.sessionEnded(new SessionEnd(refused, 0, false, false));
            if (variant == 1) {
                engine.routineSessions(stretch);
            } else if (variant == 2) {
                // TraceListener's default routineSessions: each session's callbacks in turn, here one by one to the engine
                oneByOne(engine).routineSessions(stretch);
            }
            Diagnosis d = engine.finish(trace());
            findings.add(d.getFindings().stream().map(f -> f.getCause() == null ? f.getRuleId() : f.getCause().getId()).toList());
        }
        assertTrue(findings.get(0).contains(CauseIds.CONNECTION_REFUSED), "without a later connection: " + findings.get(0));
        assertEquals(List.of(), findings.get(2), "a later attempt connected");
        assertEquals(findings.get(2), findings.get(1), "the same with the sessions as one stretch");
    }
}
