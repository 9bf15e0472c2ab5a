package io.mailscope.testserver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.mailscope.model.Finding;
import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;
import io.mailscope.testserver.tests.shared.AccountTestClient;
import io.mailscope.testserver.tests.shared.AccountTestClient.Options;
import io.mailscope.testserver.tests.shared.AccountTestClient.Security;
import io.mailscope.testserver.tests.shared.Findings;
import io.mailscope.testserver.tests.shared.LiveDiagnosis;
import io.mailscope.tests.harness.Services;

/**
 * Every built-in scenario, driven over a real socket by the account test a support engineer does, its transcript
 * imported and diagnosed by the real importer and rules: the diagnosis must name the scenario's own catalog cause.
 */
class ScenarioDiagnosisTest {

    private static TestServerService service;

    @BeforeAll
    static void service() {
        service = Services.await(TestServerService.class);
    }

    /** scenario, protocol, client options: the account test that shows the fault */
    static Stream<Arguments> faults() {
        Options plain = Options.plain();
        return Stream.of(
                Arguments.of("drop-after-greeting", MailProtocol.POP3, plain),
                Arguments.of("drop-after-greeting", MailProtocol.IMAP, plain),
                Arguments.of("drop-mid-transfer", MailProtocol.POP3, plain.retrieving()),
                Arguments.of("drop-mid-transfer", MailProtocol.IMAP, plain.retrieving()),
                Arguments.of("stat-uidl-mismatch", MailProtocol.POP3, plain),
                Arguments.of("mailbox-in-use", MailProtocol.POP3, plain),
                Arguments.of("smtp-auth-required", MailProtocol.SMTP, plain.anonymous()),
                Arguments.of("smtp-auth-failed", MailProtocol.SMTP, plain),
                Arguments.of("auth-method-mismatch", MailProtocol.SMTP, plain),
                Arguments.of("relay-denied", MailProtocol.SMTP, plain.anonymous()),
                Arguments.of("smtp-busy", MailProtocol.SMTP, plain),
                Arguments.of("starttls-not-offered", MailProtocol.POP3, plain.withSecurity(Security.STARTTLS)),
                Arguments.of("starttls-not-offered", MailProtocol.SMTP, plain.withSecurity(Security.STARTTLS)),
                Arguments.of("starttls-required", MailProtocol.SMTP, plain),
                Arguments.of("bad-certificate", MailProtocol.SMTP, plain.withSecurity(Security.STARTTLS)),
                Arguments.of("bad-certificate", MailProtocol.POP3, plain.withSecurity(Security.STARTTLS)),
                Arguments.of("bad-certificate-expired", MailProtocol.SMTP, plain.withSecurity(Security.STARTTLS)),
                Arguments.of("bad-certificate-wrong-host", MailProtocol.IMAP, plain.withSecurity(Security.STARTTLS)),
                Arguments.of("tls-drop-mid-handshake", MailProtocol.SMTP, plain.withSecurity(Security.STARTTLS)),
                Arguments.of("tls-drop-mid-handshake", MailProtocol.POP3, plain.withSecurity(Security.STARTTLS)),
                Arguments.of("no-response", MailProtocol.POP3, plain),
                Arguments.of("no-response", MailProtocol.SMTP, plain),
                Arguments.of("slow-drip", MailProtocol.IMAP, plain),
                Arguments.of("endless-line", MailProtocol.POP3, plain),
                Arguments.of("basic-auth-disabled", MailProtocol.SMTP, plain),
                Arguments.of("bare-lf-rejected", MailProtocol.SMTP, plain.sendingData()),
                Arguments.of("masked-banner", MailProtocol.SMTP, plain));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("faults")
    void diagnosisNamesTheScenariosCause(String scenarioId, MailProtocol protocol, Options options) throws Exception {
        ScenarioInfo scenario = service.scenario(scenarioId).orElseThrow();
        try (RunningServer server = service.start(scenarioId, ServerOptions.loopbackFreePorts())) {
            LiveDiagnosis live = LiveDiagnosis.of(scenarioId + ".log", AccountTestClient.run(protocol, server.port(protocol), options));
            assertCause(scenario, live);
        }
    }

    static void assertCause(ScenarioInfo scenario, LiveDiagnosis live) {
        List<Finding> determined = live.determined();
        assertEquals(1, determined.size(), () -> "one finding expected for " + scenario.id() + "\n" + live.describe());
        Finding finding = determined.get(0);
        assertEquals(scenario.code(), Findings.code(finding), () -> "code\n" + live.describe());
        assertEquals(scenario.causeId(), Findings.cause(finding), () -> "cause\n" + live.describe());
        String category = scenario.causeId().split("\\.")[1];
        assertEquals(category, finding.getCategory().getLiteral(), () -> "category\n" + live.describe());
    }

    @Test
    void normalServerIsHealthyOnEveryProtocolWithAndWithoutTls() throws Exception {
        try (RunningServer server = service.start("normal", ServerOptions.loopbackFreePorts())) {
            for (MailProtocol protocol : MailProtocol.values()) {
                for (Options options : List.of(Options.plain().retrieving().sendingData(),
                        Options.plain().retrieving().sendingData().withSecurity(Security.STARTTLS))) {
                    LiveDiagnosis live = LiveDiagnosis.of("normal.log", AccountTestClient.run(protocol, server.port(protocol), options));
                    assertEquals(List.of(), live.determined(), () -> protocol + " is healthy\n" + live.describe());
                    assertTrue(live.transcript().contains(protocol == MailProtocol.POP3 ? "C: QUIT\nS: +OK" : protocol == MailProtocol.IMAP ? "LOGOUT completed" : "S: 221 "),
                            () -> "the account test ran to the end\n" + live.transcript());
                    if (options.security() == Security.STARTTLS) {
                        assertTrue(live.transcript().contains("TLS started: TLSv1.3"), live::transcript);
                    }
                }
            }
        }
    }

    @Test
    void statUidlMismatchEvidenceIsTheStatUidlAndListLines() throws Exception {
        try (RunningServer server = service.start("stat-uidl-mismatch", ServerOptions.loopbackFreePorts())) {
            LiveDiagnosis live = LiveDiagnosis.of("stat.log", AccountTestClient.run(MailProtocol.POP3, server.port(MailProtocol.POP3), Options.plain()));
            Finding finding = live.determined().get(0);
            Set<String> evidence = finding.getEvidence().stream().map(e -> e.getText().strip()).collect(Collectors.toSet());
            for (String line : List.of("STAT", "+OK 1 554", "UIDL", "LIST", "+OK 0 messages (554 octets) [1 control message(s) hidden]")) {
                assertTrue(evidence.contains(line), () -> line + " is evidence\n" + live.describe());
            }
        }
    }

    @Test
    void tooManyConnectionsRefusesTheSecondConnectionWhileTheFirstIsOpen() throws Exception {
        ScenarioInfo scenario = service.scenario("too-many-connections").orElseThrow();
        try (RunningServer server = service.start(scenario.id(), ServerOptions.loopbackFreePorts());
                Socket first = new Socket("127.0.0.1", server.port(MailProtocol.SMTP))) {
            InputStream in = first.getInputStream();
            byte[] greeting = new byte[3];
            assertEquals(3, in.readNBytes(greeting, 0, 3));
            assertEquals("220", new String(greeting), "the first connection is served normally");
            LiveDiagnosis live = LiveDiagnosis.of("too-many.log", AccountTestClient.run(MailProtocol.SMTP, server.port(MailProtocol.SMTP), Options.plain()));
            assertCause(scenario, live);
        }
    }

    @Test
    void tooManyConnectionsServesAgainOnceTheFirstConnectionIsClosed() throws Exception {
        try (RunningServer server = service.start("too-many-connections", ServerOptions.loopbackFreePorts())) {
            LiveDiagnosis live = LiveDiagnosis.of("alone.log", AccountTestClient.run(MailProtocol.POP3, server.port(MailProtocol.POP3), Options.plain()));
            assertEquals(List.of(), live.determined(), live::describe);
        }
    }

    /** The conversations behind two faults that need the whole exchange: qmail's bare-LF refusal and a masked banner. */
    @Test
    void bareLfAndMaskedBannerConversations() throws Exception {
        try (RunningServer server = service.start("bare-lf-rejected", ServerOptions.loopbackFreePorts())) {
            String transcript = AccountTestClient.run(MailProtocol.SMTP, server.port(MailProtocol.SMTP), Options.plain().sendingData());
            assertTrue(transcript.contains("C: .\nS: 451 See http://pobox.com/~djb/docs/smtplf.html.\nC: QUIT\nConnection closed by server"), transcript);
        }
        try (RunningServer server = service.start("masked-banner", ServerOptions.loopbackFreePorts())) {
            String transcript = AccountTestClient.run(MailProtocol.SMTP, server.port(MailProtocol.SMTP), Options.plain());
            assertTrue(transcript.contains("S: 220 *********0****"), transcript);
            assertTrue(transcript.contains("C: EHLO client.example.test\nS: 500 Unrecognized command\nC: HELO client.example.test\nS: 250 mailscope-test.localhost"), transcript);
        }
    }
}
