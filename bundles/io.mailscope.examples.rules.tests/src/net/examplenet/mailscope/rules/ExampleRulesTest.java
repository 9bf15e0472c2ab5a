package net.examplenet.mailscope.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.model.Catalog;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Direction;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.Protocol;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.TlsState;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.ReplyLookup;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;

/** The example rule plug-in installed in the OSGi test runtime: listed lazily, and its rules fire on their fixtures. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExampleRulesTest {

    private static final String BUNDLE = "io.mailscope.examples.rules";
    private static final String MAINTENANCE_RULE = "io.mailscope.examples.rules.pop3-nightly-maintenance";
    private static final String LARGE_MESSAGE_RULE = "io.mailscope.examples.rules.large-message-drop";
    private static final String MAINTENANCE_CAUSE = "io.mailscope.examples.0x800CCC90.examplenet-nightly-maintenance";
    private static final String LARGE_MESSAGE_CAUSE = "io.mailscope.examples.0x800CCC0F.examplenet-large-message-drop";
    private static final String SUSPENSION_CAUSE = "io.mailscope.examples.0x800CCC78.examplenet-spam-suspension";
    private static final String SUSPENSION_TEXT = "examplenet.account-suspended-for-spam";
    private static final MailscopeFactory F = MailscopeFactory.eINSTANCE;

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(ExampleRulesTest.class).getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getName());
        return service;
    }

    private static Bundle examplesBundle() {
        for (Bundle b : FrameworkUtil.getBundle(ExampleRulesTest.class).getBundleContext().getBundles()) {
            if (b.getSymbolicName().equals(BUNDLE)) {
                return b;
            }
        }
        throw new AssertionError(BUNDLE + " is installed");
    }

    @Test
    @Order(1)
    void itsRulesAreListedFromPluginXmlWithoutLoadingItsClasses() throws Exception {
        List<RuleInfo> rules = service(DiagnosisService.class).rules().stream().filter(r -> r.contributor().equals(BUNDLE)).toList();
        assertEquals(List.of(MAINTENANCE_RULE, LARGE_MESSAGE_RULE), rules.stream().map(RuleInfo::id).toList());
        assertEquals(RuleInfo.Kind.DECLARATIVE, rules.get(0).kind());
        assertEquals(RuleInfo.Kind.JAVA, rules.get(1).kind());
        assertNotEquals(Bundle.ACTIVE, examplesBundle().getState(), "listing rules loads no class of the lazy rule bundle");
    }

    @Test
    @Order(2)
    void itsCausesAreInTheCatalog() throws Exception {
        CatalogService catalog = service(CatalogService.class);
        assertEquals(0x800CCC90, catalog.cause(MAINTENANCE_CAUSE).orElseThrow().getErrorCode().getValue());
        assertEquals(0x800CCC0F, catalog.cause(LARGE_MESSAGE_CAUSE).orElseThrow().getErrorCode().getValue());
        assertTrue(catalog.problems().stream().noneMatch(p -> p.contributor().equals(BUNDLE)), catalog.problems().toString());
    }

    @Test
    @Order(20)
    void itsReplyTextChangesTheDiagnosisOfAnErrorDialog() throws Exception {
        CatalogService catalog = service(CatalogService.class);
        List<String> order = catalog.replies().entries().stream().map(ReplyKnowledge::getId).toList();
        assertTrue(order.indexOf(SUSPENSION_TEXT) >= 0 && order.indexOf(SUSPENSION_TEXT) < order.indexOf("smtp.message-refused"),
                "the contributed text is consulted before the shipped ones: " + order);

        Diagnosis d = service(DiagnosisService.class)
                .diagnose(fixture("examplenet-send-error-account-suspended.txt"), ImportOptions.DEFAULT, null).diagnosis();
        Finding top = d.getFindings().stream().max(java.util.Comparator.comparingDouble(Finding::getConfidence)).orElseThrow(() -> new AssertionError(describe(d)));
        assertEquals(SUSPENSION_CAUSE, top.getCause().getId(), describe(d));
        assertEquals(0x800CCC78, top.getErrorCode().getValue(), describe(d));
        assertTrue(top.getSummary().contains("EXN-0451") && top.getSummary().contains("my.examplenet.example"), top.getSummary());

        // the same dialog read with the shipped knowledge alone: a refused message, not ExampleNet's suspension
        Catalog withoutExampleNet = EcoreUtil.copy(catalog.catalog());
        withoutExampleNet.getKnowledge().removeIf(k -> k.getId().startsWith("examplenet."));
        String reply = "550 5.7.1 EXN-0451 message rejected: account suspended for outgoing spam";
        assertEquals("0x800CCC6F.message-rejected", ReplyLookup.of(withoutExampleNet).match(reply).orElseThrow().causeId());
        assertEquals(SUSPENSION_CAUSE, catalog.replies().match(reply).orElseThrow().causeId());
    }

    // ---- a live-style run: immutable records are fed one by one, as a session console would

    private int line;
    private final SessionInfo session = new SessionInfo(1, Protocol.POP3, "pop.examplenet.example", 110, null, TlsState.NONE, null);

    private Line protocolLine(Direction direction, String text) {
        line++;
        return new Line(direction, text, false, line, line, 0, null);
    }

    private ExchangeRecord record(boolean complete, String command, String... replies) {
        Line commandLine = command == null ? null : protocolLine(Direction.CLIENT, command);
        List<Line> replyLines = new ArrayList<>();
        for (String r : replies) {
            replyLines.add(protocolLine(Direction.SERVER, r));
        }
        return new ExchangeRecord(session, command == null ? ExchangeRecord.GREETING : command.split(" ")[0], null, commandLine,
                replyLines, complete, 0);
    }

    private void exchange(DiagnosisRun run, String command, String... replies) {
        run.exchangeCompleted(record(true, command, replies));
    }

    private static String describe(Diagnosis d) {
        return d.getFindings().stream().map(f -> f.getRuleId() + " " + (f.getCause() == null ? "-" : f.getCause().getId()) + " "
                + f.getEvidence().stream().map(Evidence::getFirstLine).toList()).collect(Collectors.joining("\n"))
                + d.getRuleFailures().stream().map(r -> "\nFAILURE " + r.getMessage()).collect(Collectors.joining());
    }

    private static Finding byRule(Diagnosis d, String ruleId) {
        return d.getFindings().stream().filter(f -> ruleId.equals(f.getRuleId())).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " in\n" + describe(d)));
    }

    @Test
    @Order(3)
    void theDeclarativeRuleFindsTheNightlyMaintenance() throws Exception {
        DiagnosisRun run = service(DiagnosisService.class).start();
        run.sessionStarted(session);
        exchange(run, null, "+OK ExampleNet POP3 2.4.0 ready");
        exchange(run, "USER customer@examplenet.example", "+OK");
        exchange(run, "PASS ********", "+OK maildrop ready");
        exchange(run, "STAT", "-ERR [SYS/TEMP] maintenance in progress, try again after 02:30");
        run.sessionEnded(new SessionEnd(session, 4, false, false));
        Diagnosis d = run.finish(F.createTrace());
        Finding f = byRule(d, MAINTENANCE_RULE);
        assertEquals(MAINTENANCE_CAUSE, f.getCause().getId());
        assertEquals(0x800CCC90, f.getErrorCode().getValue());
        assertEquals(List.of(6, 7), f.getEvidence().stream().map(Evidence::getFirstLine).toList(), describe(d));
        assertTrue(f.getCause().getUserRemedies().get(0).contains("nightly maintenance"));
    }

    @Test
    @Order(4)
    void theJavaRuleFindsTheLargeMessageDrop() throws Exception {
        DiagnosisRun run = service(DiagnosisService.class).start();
        run.sessionStarted(session);
        exchange(run, null, "+OK ExampleNet POP3 2.3.7 ready");
        exchange(run, "USER customer@examplenet.example", "+OK");
        exchange(run, "PASS ********", "+OK maildrop ready");
        ExchangeRecord retr = record(false, "RETR 1", "+OK 15728640 octets", "Received: from mx1.examplenet.example");
        line++;
        run.connectionEvent(new ConnectionRecord(session, ConnectionEventKind.CLOSED_BY_SERVER, "connection closed", line, line, 0, null));
        // as import does: the command left without reply is abandoned when its session ends
        run.exchangeAbandoned(retr);
        run.sessionEnded(new SessionEnd(session, 4, true, true));
        Diagnosis d = run.finish(F.createTrace());
        Finding f = byRule(d, LARGE_MESSAGE_RULE);
        assertEquals(LARGE_MESSAGE_CAUSE, f.getCause().getId());
        assertEquals(List.of(1, 6, 7, 9), f.getEvidence().stream().map(Evidence::getFirstLine).toList(), describe(d));
        assertEquals(List.of(), d.getRuleFailures().stream().filter(r -> r.getContributor().equals(BUNDLE)).toList());
    }

    @Test
    @Order(5)
    void bothRulesFireOnTheirImportedFixtures() throws Exception {
        service(TraceImportService.class);
        DiagnosisService diagnosis = service(DiagnosisService.class);
        Diagnosis maintenance = diagnosis.diagnose(fixture("examplenet-pop3-maintenance.log"), ImportOptions.DEFAULT, null).diagnosis();
        Finding m = byRule(maintenance, MAINTENANCE_RULE);
        assertEquals(List.of(14, 15), m.getEvidence().stream().map(Evidence::getFirstLine).toList(), describe(maintenance));
        Diagnosis large = diagnosis.diagnose(fixture("examplenet-pop3-large-message.log"), ImportOptions.DEFAULT, null).diagnosis();
        Finding l = byRule(large, LARGE_MESSAGE_RULE);
        assertEquals(LARGE_MESSAGE_CAUSE, l.getCause().getId(), describe(large));
        assertEquals(List.of(2, 9, 10, 14), l.getEvidence().stream().map(Evidence::getFirstLine).toList(), describe(large));
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(FileLocator.toFileURL(FrameworkUtil.getBundle(ExampleRulesTest.class).getEntry("testfiles/" + name)).toURI());
    }
}
