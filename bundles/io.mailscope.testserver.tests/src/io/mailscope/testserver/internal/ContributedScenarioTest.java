package io.mailscope.testserver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;
import io.mailscope.testserver.tests.shared.AccountTestClient;
import io.mailscope.testserver.tests.shared.AccountTestClient.Options;
import io.mailscope.testserver.tests.shared.Findings;
import io.mailscope.testserver.tests.shared.LiveDiagnosis;
import io.mailscope.tests.harness.Services;
import io.mailscope.tests.harness.LogEntries;

/** Scenarios contributed by this test plug-in (a script file and Java classes) are listed, run, and fail alone. */
class ContributedScenarioTest {

    private static final String SELF = "io.mailscope.testserver.tests";
    private static TestServerService service;

    @RegisterExtension
    final LogEntries log = new LogEntries();

    @BeforeAll
    static void service() {
        service = Services.await(TestServerService.class);
    }

    @Test
    void contributedScenariosAreListedAfterTheBuiltInOnes() {
        List<ScenarioInfo> scenarios = service.scenarios();
        List<String> ids = scenarios.stream().map(ScenarioInfo::id).toList();
        assertTrue(ids.containsAll(List.of("acme.pop3-login-delay", "acme.greylisting")), ids.toString());
        assertTrue(ids.indexOf("too-many-connections") < ids.indexOf("acme.pop3-login-delay"), ids.toString());
        ScenarioInfo script = service.scenario("acme.pop3-login-delay").orElseThrow();
        assertEquals(SELF, script.contributor());
        assertEquals(ScenarioInfo.Kind.SCRIPT, script.kind());
        assertEquals(List.of(script), service.scenariosForCause("0x800CCC0B.mailbox-in-use").stream().filter(s -> s.contributor().equals(SELF)).toList());

        StringWriter text = new StringWriter();
        TestServerConsole.printList(scenarios, new PrintWriter(text, true));
        String listing = text.toString();
        assertTrue(listing.matches("(?s).*acme\\.greylisting\\s+0x800CCC0B\\.server-busy\\s+smtp\\s+from io\\.mailscope\\.testserver\\.tests \\(Java\\).*"), listing);
        assertTrue(listing.matches("(?s).*drop-after-greeting\\s+0x800CCC0F\\.connection-dropped-after-greeting\\s+pop3,imap\\s+built-in.*"), listing);
    }

    @Test
    void invalidContributionsAreSkipped() {
        List<String> ids = service.scenarios().stream().map(ScenarioInfo::id).toList();
        for (String invalid : List.of("invalid.no-transcript", "invalid.bad-cause", "invalid.action", "invalid.java-no-protocols")) {
            assertFalse(ids.contains(invalid), invalid);
        }
        assertEquals(1, ids.stream().filter("normal"::equals).count());
        assertEquals("io.mailscope.testserver", service.scenario("normal").orElseThrow().contributor(), "the duplicate is skipped, not the built-in");
    }

    @Test
    void scriptFromAFileRunsAndIsDiagnosed() throws Exception {
        ScenarioInfo scenario = service.scenario("acme.pop3-login-delay").orElseThrow();
        try (RunningServer server = service.start(scenario.id(), ServerOptions.loopbackFreePorts())) {
            LiveDiagnosis live = LiveDiagnosis.of("acme.log", AccountTestClient.run(MailProtocol.POP3, server.port(MailProtocol.POP3), Options.plain()));
            assertTrue(live.transcript().contains("S: +OK ACME POP3 ready"), live::transcript);
            ScenarioDiagnosisTest.assertCause(scenario, live);
        }
    }

    @Test
    void javaScenarioRunsWithStateAcrossConnections() throws Exception {
        ScenarioInfo scenario = service.scenario("acme.greylisting").orElseThrow();
        try (RunningServer server = service.start(scenario.id(), ServerOptions.loopbackFreePorts())) {
            int port = server.port(MailProtocol.SMTP);
            LiveDiagnosis first = LiveDiagnosis.of("grey1.log", AccountTestClient.run(MailProtocol.SMTP, port, Options.plain().anonymous()));
            assertEquals("0x800CCC0B", Findings.code(first.determined().get(0)), first::describe);
            assertEquals(scenario.causeId(), Findings.cause(first.determined().get(0)), first::describe);
            LiveDiagnosis second = LiveDiagnosis.of("grey2.log", AccountTestClient.run(MailProtocol.SMTP, port, Options.plain().anonymous()));
            assertEquals(List.of(), second.determined(), second::describe);
        }
    }

    @Test
    void aFailingJavaScenarioCostsOnlyItsConnectionAndIsLoggedUnderItsBundle() throws Exception {
        try (RunningServer server = service.start("acme.throwing", ServerOptions.loopbackFreePorts())) {
            String transcript = AccountTestClient.run(MailProtocol.POP3, server.port(MailProtocol.POP3), Options.plain());
            assertTrue(transcript.contains("Connection closed by server"), transcript);
            assertTrue(server.isRunning());
            String again = AccountTestClient.run(MailProtocol.POP3, server.port(MailProtocol.POP3), Options.plain());
            assertTrue(again.contains("Connection closed by server"), again);
        }
        assertTrue(log.any(s -> s.getPlugin().equals(SELF) && s.getMessage().contains("acme.throwing")
                && s.getMessage().contains("stub scenario fails on purpose")), log.all().toString());
    }
}
