package io.mailscope.trace.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Exchange;
import io.mailscope.model.Session;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.tests.Imports;

/** A large trace keeps a bounded model: everything up to the bound, then only exchanges near failures. */
class BoundedImportTest {

    private static String bigPop3(int stats, int failAt) {
        StringBuilder b = new StringBuilder("S: +OK ready\n");
        for (int i = 0; i < stats; i++) {
            b.append("C: STAT\n");
            b.append(i == failAt ? "S: -ERR [SYS/TEMP] busy\n" : "S: +OK " + i + " 100\n");
        }
        return b.toString();
    }

    @Test
    void exchangesBeyondTheBoundAreKeptOnlyNearFailures() throws Exception {
        int stats = ConversationBuilder.MAX_KEPT_EXCHANGES + 5_000;
        int failAt = ConversationBuilder.MAX_KEPT_EXCHANGES + 2_000;
        AtomicInteger completed = new AtomicInteger();
        ImportResult result = Imports.service().importText("big", bigPop3(stats, failAt), ImportOptions.DEFAULT,
                new TraceListener() {
                    @Override
                    public void exchangeCompleted(ExchangeRecord exchange) {
                        completed.incrementAndGet();
                    }
                });
        Session session = result.trace().getSessions().get(0);
        assertEquals(stats + 1, session.getExchangeCount(), "every exchange is counted");
        assertEquals(stats + 1, completed.get(), "the listener sees every exchange");
        int kept = session.getExchanges().size();
        assertTrue(kept <= ConversationBuilder.MAX_KEPT_EXCHANGES + 4 * ConversationBuilder.WINDOW, "kept " + kept);
        Exchange failure = session.getExchanges().stream()
                .filter(e -> !e.getReplyLines().isEmpty() && e.getReplyLines().get(0).getText().startsWith("-ERR")).findFirst()
                .orElseThrow();
        int index = session.getExchanges().indexOf(failure);
        assertTrue(index >= ConversationBuilder.WINDOW, "exchanges before the failure are kept too");
        assertEquals("+OK " + (failAt - 1) + " 100", session.getExchanges().get(index - 1).getReplyLines().get(0).getText());
        assertEquals("+OK " + (failAt + 1) + " 100", session.getExchanges().get(index + 1).getReplyLines().get(0).getText());
    }

    @Test
    void keepAllExchangesKeepsEverything() throws Exception {
        int stats = ConversationBuilder.MAX_KEPT_EXCHANGES + 100;
        ImportResult result = Imports.service().importText("big", bigPop3(stats, -1), new ImportOptions(null, true), null);
        assertEquals(stats + 1, result.trace().getSessions().get(0).getExchanges().size());
    }
}
