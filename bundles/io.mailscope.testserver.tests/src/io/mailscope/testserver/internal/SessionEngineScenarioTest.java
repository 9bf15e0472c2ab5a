package io.mailscope.testserver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.model.Protocol;
import io.mailscope.session.AccountTestOptions;
import io.mailscope.session.AccountTestResult;
import io.mailscope.session.Credential;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.Phase;
import io.mailscope.session.PhaseResult;
import io.mailscope.session.RawSession;
import io.mailscope.session.Security;
import io.mailscope.session.SessionException;
import io.mailscope.session.SessionLimits;
import io.mailscope.session.SessionService;
import io.mailscope.session.TlsReport;
import io.mailscope.session.TranscriptEntry;
import io.mailscope.session.TranscriptListener;
import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;
import io.mailscope.testserver.internal.tls.TlsContexts;
import io.mailscope.testserver.tests.shared.Findings;
import io.mailscope.tests.harness.Services;

/**
 * Every built-in scenario probed by the real session engine in-process ({@link SessionService#accountTest}, what
 * {@code ./mailscope probe} runs): the phase that failed and the code and cause category of the diagnosis. The
 * expected values are written from what each scenario scripts (plugin.xml of io.mailscope.testserver), not taken from
 * a run.
 * <p>
 * TLS is trusted as a support engineer trusts the test server with the probe: by the SHA-256 fingerprint of its good
 * certificate ({@code certificates/localhost.p12}, {@code --trust-fingerprint}); the bad certificates of the
 * {@code bad-certificate*} scenarios are then not trusted.
 */
class SessionEngineScenarioTest {

    private static final String BUNDLE = "io.mailscope.testserver";
    private static final String HOST = "127.0.0.1";
    private static final String USER = "alice@example.test";
    /** A made-up password: the test server accepts any (or refuses any, as its scenario says). */
    private static final char[] PASSWORD = "engine-test-secret".toCharArray();
    /** Short time-outs, so the hostile scenarios end quickly: 2 s to connect and per reply line, 6 s per session. */
    private static final SessionLimits LIMITS = new SessionLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(6),
            SessionLimits.DEFAULT.maxLineLength(), SessionLimits.DEFAULT.maxReplyBytes(), SessionLimits.DEFAULT.maxTotalBytes());

    private static TestServerService servers;
    private static SessionService sessions;
    private static String localhostFingerprint;

    @BeforeAll
    static void services() throws Exception {
        servers = Services.await(TestServerService.class);
        sessions = Services.await(SessionService.class);
        X509Certificate good = (X509Certificate) TlsContexts.keyStore("localhost").getCertificate("server");
        localhostFingerprint = java.util.HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(good.getEncoded()));
    }

    /**
     * How the account test is set up.
     *
     * @param logOn true: a password is given (the client logs on); false: "my outgoing server requires authentication"
     *            is off
     * @param mechanism the mechanism the client is set to (null: the engine chooses)
     * @param holdOne true: another client holds one connection to the port while the probe runs
     */
    record Setup(MailProtocol protocol, Security security, boolean logOn, String mechanism, boolean sendData, boolean holdOne) {

        static Setup plain(MailProtocol protocol) {
            return new Setup(protocol, Security.NONE, true, null, false, false);
        }

        static Setup starttls(MailProtocol protocol) {
            return new Setup(protocol, Security.STARTTLS, true, null, false, false);
        }

        Setup anonymous() {
            return new Setup(protocol, security, false, mechanism, sendData, holdOne);
        }

        Setup mechanism(String m) {
            return new Setup(protocol, security, logOn, m, sendData, holdOne);
        }

        Setup sendingData() {
            return new Setup(protocol, security, logOn, mechanism, true, holdOne);
        }

        Setup holdingOneConnection() {
            return new Setup(protocol, security, logOn, mechanism, sendData, true);
        }

        @Override
        public String toString() {
            return protocol.key() + (security == Security.STARTTLS ? "+starttls" : "") + (logOn ? "" : " anonymous")
                    + (mechanism == null ? "" : " " + mechanism) + (sendData ? " DATA" : "") + (holdOne ? " (one connection held)" : "");
        }
    }

    /**
     * What the probe must report.
     *
     * @param code the determined finding's code, null when nothing is wrong
     * @param category its cause category
     * @param failed the phase that failed, null when every phase passes
     * @param alsoDetermined categories of further determined findings the scripted fault also shows (empty: the
     *            scenario's finding is the only one)
     */
    record Expected(String code, String category, Phase failed, List<String> alsoDetermined) {

        static final Expected HEALTHY = new Expected(null, null, null, List.of());

        Expected(String code, String category, Phase failed) {
            this(code, category, failed, List.of());
        }

        Expected also(String otherCategory) {
            return new Expected(code, category, failed, List.of(otherCategory));
        }

        @Override
        public String toString() {
            return (code == null ? "no finding" : code + " " + category) + (alsoDetermined.isEmpty() ? "" : " (+ " + String.join(", ", alsoDetermined) + ")")
                    + ", " + (failed == null ? "no phase failed" : "failed in " + failed.id());
        }
    }

    private static Arguments probe(String scenario, Setup setup, String code, String category, Phase failed) {
        return probe(scenario, setup, new Expected(code, category, failed));
    }

    private static Arguments probe(String scenario, Setup setup, Expected expected) {
        return Arguments.of(scenario, setup, expected);
    }

    /** Per scenario, the account test that meets its fault, and what the scripted fault must look like to the probe. */
    static Stream<Arguments> probes() {
        List<Arguments> all = new java.util.ArrayList<>();
        for (MailProtocol p : MailProtocol.values()) {
            all.add(Arguments.of("normal", Setup.plain(p), Expected.HEALTHY));
            all.add(Arguments.of("normal", Setup.starttls(p), Expected.HEALTHY));
            all.add(Arguments.of("normal", Setup.starttls(p).sendingData(), Expected.HEALTHY));
        }
        // greeting, then the connection is closed: the next command (CAPA / CAPABILITY) meets the closed connection
        all.add(probe("drop-after-greeting", Setup.plain(MailProtocol.POP3), "0x800CCC0F", "connection-dropped-after-greeting", Phase.CAPABILITIES));
        all.add(probe("drop-after-greeting", Setup.plain(MailProtocol.IMAP), "0x800CCC0F", "connection-dropped-after-greeting", Phase.CAPABILITIES));
        // the cut is scripted on RETR/TOP and FETCH/UID FETCH, which the account test never sends (it checks
        // STAT/UIDL/LIST and LIST/SELECT): see dropMidTransferShowsWhenTheEngineDownloadsAMessage
        all.add(Arguments.of("drop-mid-transfer", Setup.plain(MailProtocol.POP3), Expected.HEALTHY));
        all.add(Arguments.of("drop-mid-transfer", Setup.plain(MailProtocol.IMAP), Expected.HEALTHY));
        // STAT "+OK 1 554", UIDL and LIST list nothing: the mailbox check fails
        all.add(probe("stat-uidl-mismatch", Setup.plain(MailProtocol.POP3), "0x800CCC97", "server-bug", Phase.MAILBOX));
        // PASS answered -ERR [IN-USE]
        all.add(probe("mailbox-in-use", Setup.plain(MailProtocol.POP3), "0x800CCC0B", "mailbox-in-use", Phase.AUTHENTICATION));
        // no logon, MAIL FROM answered 530 5.7.57
        all.add(probe("smtp-auth-required", Setup.plain(MailProtocol.SMTP).anonymous(), "0x800CCC0B", "auth-required", Phase.SUBMISSION));
        // AUTH answered 535 5.7.8
        all.add(probe("smtp-auth-failed", Setup.plain(MailProtocol.SMTP), "0x800CCC61", "auth-failed", Phase.AUTHENTICATION));
        // only AUTH CRAM-MD5 offered; a client set to a plain-text logon sends AUTH PLAIN and gets 504 5.5.4
        all.add(probe("auth-method-mismatch", Setup.plain(MailProtocol.SMTP).mechanism("PLAIN"), "0x800CCC0B", "auth-method-mismatch",
                Phase.AUTHENTICATION));
        // a client that speaks the offered CRAM-MD5 (the engine's own choice) logs on: nothing is wrong for it
        all.add(Arguments.of("auth-method-mismatch", Setup.plain(MailProtocol.SMTP), Expected.HEALTHY));
        // RCPT TO answered 550 5.7.1 Unable to relay
        all.add(probe("relay-denied", Setup.plain(MailProtocol.SMTP).anonymous(), "0x800CCC79", "relay-denied", Phase.SUBMISSION));
        // greeting 451 ... too busy, then close
        all.add(probe("smtp-busy", Setup.plain(MailProtocol.SMTP), "0x800CCC0B", "server-busy", Phase.GREETING));
        // the end of the message answered 451 (qmail's bare-LF refusal)
        all.add(probe("bare-lf-rejected", Setup.plain(MailProtocol.SMTP).sendingData(), "0x800CCC6A", "protocol-violation", Phase.SUBMISSION));
        // no STARTTLS/STLS offered, the command refused: the TLS phase fails on every protocol
        for (MailProtocol p : MailProtocol.values()) {
            all.add(probe("starttls-not-offered", Setup.starttls(p), "0x800CCC1A", "wrong-port-or-security", Phase.TLS));
        }
        // AUTH before STARTTLS answered 530 5.7.0 Must issue a STARTTLS command first; without logon MAIL FROM is
        all.add(probe("starttls-required", Setup.plain(MailProtocol.SMTP), "0x800CCC1A", "tls-required", Phase.AUTHENTICATION));
        all.add(probe("starttls-required", Setup.plain(MailProtocol.SMTP).anonymous(), "0x800CCC1A", "tls-required", Phase.SUBMISSION));
        // self-signed, expired and wrong-host certificates behind STARTTLS: not the trusted one, the handshake is refused
        for (String scenario : List.of("bad-certificate", "bad-certificate-expired", "bad-certificate-wrong-host")) {
            for (MailProtocol p : MailProtocol.values()) {
                all.add(probe(scenario, Setup.starttls(p), "0x800CCC1A", "certificate-rejected", Phase.TLS));
            }
        }
        for (MailProtocol p : MailProtocol.values()) {
            // STARTTLS accepted, the ClientHello read, the connection closed
            all.add(probe("tls-drop-mid-handshake", Setup.starttls(p), "0x800CCC1A", "tls-failed", Phase.TLS));
            // nothing, one byte a second, a line without end: the greeting never completes
            all.add(probe("no-response", Setup.plain(p), "0x800CCC19", "timeout", Phase.GREETING));
            all.add(probe("slow-drip", Setup.plain(p), "0x800CCC19", "timeout", Phase.GREETING));
            all.add(probe("endless-line", Setup.plain(p), new Expected("0x800CCC19", "timeout", Phase.GREETING)));
        }
        // the banner is asterisks, EHLO refused (HELO works), so no AUTH can be offered; the client that needs STARTTLS
        // is refused STARTTLS with 500
        all.add(probe("masked-banner", Setup.plain(MailProtocol.SMTP), "0x800CCC62", "network-interference", null));
        // (the refused STARTTLS is also what starttls-not-offered scripts: the TLS rule names it, with its remedy, the
        // implicit-TLS port, which a firewall's SMTP inspection does not see either)
        all.add(probe("masked-banner", Setup.starttls(MailProtocol.SMTP),
                new Expected("0x800CCC62", "network-interference", Phase.TLS).also("wrong-port-or-security")));
        // AUTH answered 535 5.7.139 basic authentication is disabled
        all.add(probe("basic-auth-disabled", Setup.plain(MailProtocol.SMTP), "0x800CCC61", "auth-method-mismatch", Phase.AUTHENTICATION));
        // a second connection while the first is open: 421 4.7.0 at the greeting
        all.add(probe("too-many-connections", Setup.plain(MailProtocol.SMTP).holdingOneConnection(), "0x800CCC67", "server-busy", Phase.GREETING));
        all.add(Arguments.of("too-many-connections", Setup.plain(MailProtocol.SMTP), Expected.HEALTHY));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} probed over {1}: {2}")
    @MethodSource("probes")
    void theProbeReportsTheScenariosFault(String scenarioId, Setup setup, Expected expected) throws Exception {
        try (RunningServer server = servers.start(scenarioId, ServerOptions.loopbackFreePorts())) {
            int port = server.port(setup.protocol());
            AccountTestResult result;
            if (setup.holdOne()) {
                try (Socket first = new Socket(HOST, port)) {
                    InputStream in = first.getInputStream();
                    assertTrue(in.read() >= 0, "the first connection is served");
                    result = run(setup, port);
                }
            } else {
                result = run(setup, port);
            }
            Phase failed = result.failedPhase().map(PhaseResult::phase).orElse(null);
            List<Finding> determined = result.diagnosis().getFindings().stream().filter(Finding::isDetermined).toList();
            Finding scenarios = determined.stream().filter(f -> f.getCategory().getLiteral().equals(expected.category())).findFirst()
                    .orElse(determined.isEmpty() ? null : determined.get(0));
            List<String> others = determined.stream().filter(f -> f != scenarios).map(f -> f.getCategory().getLiteral()).toList();
            Expected actual = new Expected(scenarios == null ? null : Findings.code(scenarios),
                    scenarios == null ? null : scenarios.getCategory().getLiteral(), failed, others);
            System.out.println("engine probe " + scenarioId + " over " + setup + ": expected " + expected + "; actual " + actual);
            assertEquals(expected.failed(), failed, () -> "failed phase\n" + describe(result));
            assertEquals(expected, actual, () -> describe(result));
            if (expected.code() != null) {
                ScenarioInfo scenario = servers.scenario(scenarioId).orElseThrow();
                assertEquals(scenario.code(), expected.code(), "the expectation is the scenario's own code");
                assertEquals(scenario.causeId(), Findings.cause(scenarios), () -> "the scenario's cause\n" + describe(result));
            }
            if (setup.security() == Security.STARTTLS && expected.failed() == null) {
                assertEquals(TlsReport.Trust.TRUSTED_BY_FINGERPRINT, result.tls().trust(), () -> describe(result));
            }
            assertTrue(result.transcript().stream().noneMatch(e -> e.text().contains(new String(PASSWORD))), "the password is masked");
        }
    }

    private static AccountTestResult run(Setup setup, int port) {
        MailEndpoint endpoint = new MailEndpoint(protocol(setup.protocol()), HOST, port, setup.security(), USER);
        AccountTestOptions options = AccountTestOptions.of(endpoint, setup.logOn() ? Credential.password(PASSWORD) : null).withLimits(LIMITS)
                .withTrusted(Set.of(localhostFingerprint)).withMechanism(setup.mechanism())
                .withEnvelope(USER, "bob@elsewhere.example", setup.sendData());
        return sessions.accountTest(options, TranscriptListener.NONE).run();
    }

    private static Protocol protocol(MailProtocol p) {
        return switch (p) {
            case POP3 -> Protocol.POP3;
            case IMAP -> Protocol.IMAP;
            case SMTP -> Protocol.SMTP;
        };
    }

    /** Every built-in scenario has at least one engine probe above: a new scenario without one fails here. */
    @Test
    void everyBuiltInScenarioIsProbed() {
        Set<String> builtIn = servers.scenarios().stream().filter(s -> s.contributor().equals(BUNDLE)).map(ScenarioInfo::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> probed = probes().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(builtIn, probed);
    }

    /**
     * A fingerprint trusts the leaf certificate it names, not a chain that merely carries a certificate with that
     * fingerprint: the test server's chains carry the (public) test CA certificate, which anyone can append to a
     * chain of their own. Trusting the CA's fingerprint therefore trusts neither the good certificate (the test CA is
     * not in the JDK's trust store) nor the expired one the CA issued.
     */
    @Test
    void aTrustedFingerprintTrustsTheLeafNotAnyCertificateOfTheChain() throws Exception {
        X509Certificate authority = TlsContexts.testAuthority();
        String caFingerprint = java.util.HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(authority.getEncoded()));
        for (String scenarioId : List.of("normal", "bad-certificate-expired")) {
            try (RunningServer server = servers.start(scenarioId, ServerOptions.loopbackFreePorts())) {
                MailEndpoint endpoint = new MailEndpoint(Protocol.SMTP, HOST, server.port(MailProtocol.SMTP), Security.STARTTLS, USER);
                AccountTestResult result = sessions.accountTest(AccountTestOptions.of(endpoint, Credential.password(PASSWORD)).withLimits(LIMITS)
                        .withTrusted(Set.of(caFingerprint)), TranscriptListener.NONE).run();
                assertEquals(2, result.tls().chain().size(), () -> "the chain carries the CA\n" + describe(result));
                assertEquals(caFingerprint, result.tls().chain().get(1).sha256(), () -> describe(result));
                assertEquals(Phase.TLS, result.failedPhase().map(PhaseResult::phase).orElse(null), () -> scenarioId + "\n" + describe(result));
                assertEquals(TlsReport.Trust.UNTRUSTED, result.tls().trust(), () -> describe(result));
                assertTrue(result.diagnosis().getFindings().stream().anyMatch(f -> f.isDetermined() && f.getCategory().getLiteral().equals("certificate-rejected")),
                        () -> describe(result));
            }
        }
    }

    /**
     * drop-mid-transfer cuts a download, which the account test does not do: the engine's raw session (what the
     * console drives) downloads message 1 and the session's diagnosis names the drop.
     */
    @Test
    void dropMidTransferShowsWhenTheEngineDownloadsAMessage() throws Exception {
        try (RunningServer server = servers.start("drop-mid-transfer", ServerOptions.loopbackFreePorts())) {
            MailEndpoint endpoint = new MailEndpoint(Protocol.POP3, HOST, server.port(MailProtocol.POP3), Security.NONE, USER);
            RawSession session = sessions.openRaw(endpoint, LIMITS, Set.of(), TranscriptListener.NONE);
            assertTrue(session.command("USER " + USER).get(0).startsWith("+OK"));
            assertTrue(session.command("PASS " + new String(PASSWORD)).get(0).startsWith("+OK"));
            assertThrows(SessionException.class, () -> session.command("RETR 1"));
            Diagnosis diagnosis = session.finish();
            List<Finding> determined = diagnosis.getFindings().stream().filter(Finding::isDetermined).toList();
            String transcript = session.transcript().stream().map(TranscriptEntry::toString).collect(Collectors.joining("\n"));
            assertEquals(1, determined.size(), transcript);
            assertEquals("0x800CCC0F", Findings.code(determined.get(0)), transcript);
            assertEquals("connection-dropped-mid-transfer", determined.get(0).getCategory().getLiteral(), transcript);
            assertFalse(transcript.contains(new String(PASSWORD)), "the password is masked");
        }
    }

    private static String describe(AccountTestResult r) {
        return "phases:\n" + r.phases().stream().map(p -> "  " + p.status().label() + " " + p.phase().id() + ": " + p.detail()).collect(Collectors.joining("\n"))
                + "\nfindings:\n" + r.diagnosis().getFindings().stream()
                        .map(f -> "  " + Findings.code(f) + " " + Findings.cause(f) + " [" + f.getCategory() + "] determined=" + f.isDetermined() + " rule "
                                + f.getRuleId() + ": " + f.getSummary())
                        .collect(Collectors.joining("\n"))
                + r.diagnosis().getRuleFailures().stream().map(x -> "\n  FAILURE " + x.getRuleId() + ": " + x.getMessage()).collect(Collectors.joining())
                + "\ntranscript:\n" + r.transcript().stream().map(TranscriptEntry::toString).collect(Collectors.joining("\n"));
    }
}
