package io.mailscope.model.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Direction;
import io.mailscope.model.Exchange;
import io.mailscope.model.Finding;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;

/** What the Diagnosis view says to ask for next when a trace is too thin to decide. */
class ThinTraceAdviceTest {

    private static final MailscopeFactory F = MailscopeFactory.eINSTANCE;

    @Test
    void aTraceWithoutConversationAsksForTheTroubleshootingLog() {
        Trace trace = F.createTrace();
        trace.getStatusEvents().add(F.createStatusEvent());
        assertEquals(ThinTraceAdvice.Gap.NO_CONVERSATION, ThinTraceAdvice.of(diagnosis(trace)).orElseThrow().gap());
    }

    @Test
    void aTraceThatStartsAfterTheGreetingAsksForTheWholeLog() {
        Trace trace = F.createTrace();
        Session session = F.createSession();
        session.getExchanges().add(exchange("LIST", "+OK 2 messages"));
        trace.getSessions().add(session);
        ThinTraceAdvice advice = ThinTraceAdvice.of(diagnosis(trace)).orElseThrow();
        assertEquals(ThinTraceAdvice.Gap.NO_GREETING, advice.gap());
        assertTrue(advice.ask().contains("greeting"), advice.ask());
    }

    @Test
    void aClientErrorWithAHealthyConversationIsACutLog() {
        Trace trace = F.createTrace();
        Session session = F.createSession();
        session.getExchanges().add(exchange(null, "+OK POP3 ready"));
        session.getExchanges().add(exchange("STAT", "+OK 0 0"));
        trace.getSessions().add(session);
        StatusEvent error = F.createStatusEvent();
        error.setValue(0x800CCC0F);
        trace.getStatusEvents().add(error);
        assertEquals(ThinTraceAdvice.Gap.CUT_BEFORE_FAILURE, ThinTraceAdvice.of(diagnosis(trace)).orElseThrow().gap());
    }

    @Test
    void aDeterminedFindingNeedsNothingMore() {
        Diagnosis diagnosis = diagnosis(F.createTrace());
        Finding finding = F.createFinding();
        finding.setDetermined(true);
        diagnosis.getFindings().add(finding);
        assertTrue(ThinTraceAdvice.of(diagnosis).isEmpty());
    }

    private static Diagnosis diagnosis(Trace trace) {
        Diagnosis diagnosis = F.createDiagnosis();
        diagnosis.setTrace(trace);
        return diagnosis;
    }

    private static Exchange exchange(String command, String reply) {
        Exchange exchange = F.createExchange();
        if (command != null) {
            ProtocolLine line = F.createProtocolLine();
            line.setDirection(Direction.CLIENT);
            line.setText(command);
            exchange.setCommand(line);
            exchange.setVerb(command);
        } else {
            exchange.setVerb(ThinTraceAdvice.GREETING);
        }
        ProtocolLine replyLine = F.createProtocolLine();
        replyLine.setDirection(Direction.SERVER);
        replyLine.setText(reply);
        exchange.getReplyLines().add(replyLine);
        return exchange;
    }
}
