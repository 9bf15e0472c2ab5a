package io.mailscope.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Exchange;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.trace.tests.Imports;

/** Import calls the listener while streaming; TraceReplay calls it the same way for a trace in memory. */
class TraceReplayTest {

    /** Records the calls as text. */
    static final class Recorder implements TraceListener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void sessionStarted(Session session) {
            calls.add("start");
        }

        @Override
        public void exchangeCompleted(Exchange exchange) {
            calls.add("exchange " + exchange.getVerb() + " L" + exchange.getReplyLines().stream()
                    .mapToInt(l -> l.getLastLine()).max().orElse(0));
        }

        @Override
        public void connectionEvent(Session session, ConnectionEvent event) {
            calls.add("connection " + event.getKind() + " L" + event.getFirstLine());
        }

        @Override
        public void statusEvent(StatusEvent event) {
            calls.add("status L" + event.getFirstLine());
        }

        @Override
        public void sessionEnded(Session session) {
            calls.add("end");
        }

        @Override
        public void traceEnded(Trace trace) {
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
        assertEquals("start", live.calls.get(0));
        assertEquals("trace end", live.calls.get(live.calls.size() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "captured/swaks_plain.txt" })
    void aThrowingListenerDoesNotBreakImport(String file) throws Exception {
        ImportResult result = Imports.service().importFile(Imports.file(file), ImportOptions.DEFAULT, new TraceListener() {
            @Override
            public void exchangeCompleted(Exchange exchange) {
                throw new IllegalStateException("listener bug");
            }
        }, null);
        assertEquals(7, result.trace().getSessions().get(0).getExchanges().size());
    }
}
