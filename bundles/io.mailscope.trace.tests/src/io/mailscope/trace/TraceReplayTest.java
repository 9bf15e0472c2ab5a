package io.mailscope.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.tests.Imports;

/** Import calls the listener while streaming; TraceReplay calls it the same way for a trace in memory. */
class TraceReplayTest {

    /** Records the calls as text. */
    static final class Recorder implements TraceListener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void sessionStarted(SessionInfo session) {
            calls.add("start " + session.id());
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            calls.add("exchange " + exchange.verb() + " L" + exchange.lastLine() + " session " + exchange.session().id()
                    + " " + exchange.protocol());
        }

        @Override
        public void exchangeAbandoned(ExchangeRecord exchange) {
            calls.add("abandoned " + exchange.verb() + " L" + exchange.firstLine());
        }

        @Override
        public void connectionEvent(ConnectionRecord event) {
            calls.add("connection " + event.kind() + " L" + event.firstLine() + " session " + event.session().id());
        }

        @Override
        public void statusEvent(StatusRecord event) {
            calls.add("status L" + event.firstLine() + " " + event.value());
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            calls.add("end " + end.session().id() + " " + end.session().protocol() + " " + end.commandPending());
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            calls.add("trace end");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "captured/swaks_tls.txt", "captured/jm_smtp.txt", "public/016-mailkit-imap-dovecot-authfailed.log",
            "written/oe6-pop3.log", "captured/curl_pop.txt" })
    void replayCallsTheListenerInImportOrder(String file) throws Exception {
        Recorder live = new Recorder();
        ImportResult result = Imports.service().importFile(Imports.file(file), ImportOptions.DEFAULT, live, null);
        Recorder replayed = new Recorder();
        TraceReplay.replay(result.trace(), replayed);
        assertEquals(live.calls, replayed.calls);
        assertTrue(live.calls.size() > 4);
        assertEquals("start 1", live.calls.get(0));
        assertEquals("trace end", live.calls.get(live.calls.size() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "captured/swaks_plain.txt" })
    void aThrowingListenerDoesNotBreakImport(String file) throws Exception {
        ImportResult result = Imports.service().importFile(Imports.file(file), ImportOptions.DEFAULT, new TraceListener() {
            @Override
            public void exchangeCompleted(ExchangeRecord exchange) {
                throw new IllegalStateException("listener bug");
            }
        }, null);
        assertEquals(7, result.trace().getSessions().get(0).getExchanges().size());
    }
}
