package io.mailscope.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.mailscope.model.Protocol;
import io.mailscope.session.AccountTestOptions;
import io.mailscope.session.ConnectionAttempt;
import io.mailscope.session.Credential;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.Phase;
import io.mailscope.session.PhaseResult;
import io.mailscope.session.RawSession;
import io.mailscope.session.Security;
import io.mailscope.session.SessionLimits;
import io.mailscope.session.TlsReport;
import io.mailscope.session.TranscriptEntry;
import io.mailscope.session.TranscriptListener;
import io.mailscope.session.internal.LineConnection;
import io.mailscope.session.internal.SessionMasking;
import io.mailscope.session.internal.SessionRecorder;
import io.mailscope.session.report.ProbeRequest;

/**
 * The account test against real Dovecot (POP3/IMAP, STARTTLS and implicit TLS) and Postfix (submission with AUTH
 * through Dovecot), started on loopback by the test setup. The servers' certificate is self-signed, so a healthy
 * account is tested with its fingerprint trusted, exactly as a support engineer would after checking it.
 */
@Order(1)
class LiveServersTest {

    private static final String HOST = "127.0.0.1"; //$NON-NLS-1$
    /** Dovecot refuses plaintext logins here (see start-mail-servers.sh). */
    private static final String INSECURE_HOST = "127.0.0.2"; //$NON-NLS-1$
    private static final String EXPIRED_HOST = "127.0.0.3"; //$NON-NLS-1$
    private static final String WRONG_HOST = "127.0.0.4"; //$NON-NLS-1$
    /** Dovecot presents a chain issued by an anti-virus product's own root here. */
    private static final String INTERCEPTED_HOST = "127.0.0.5"; //$NON-NLS-1$
    private static final SessionLimits LIMITS = SessionLimits.DEFAULT.withTimeout(Duration.ofSeconds(20));

    private static MailServers servers;
    private static String fingerprint;

    @BeforeAll
    static void startServers() throws Exception {
        servers = MailServers.start();
        // the certificate as the server presents it: the untrusted probe reports its fingerprint
        ProbeRun untrusted = ProbeRun.of(options(Protocol.POP3, HOST, "POP3S_PORT", Security.IMPLICIT, Produced.PASSWORD, Set.of())); //$NON-NLS-1$
        fingerprint = untrusted.result().tls().leafFingerprint();
        assertNotNull(fingerprint, untrusted.describe());
    }

    @AfterAll
    static void stopServers() throws Exception {
        if (servers != null) {
            servers.close();
        }
    }

    private static AccountTestOptions options(Protocol protocol, String host, String portName, Security security, String password,
            Set<String> trusted) {
        MailEndpoint endpoint = new MailEndpoint(protocol, host, servers.port(portName), security, Produced.USER);
        return AccountTestOptions.of(endpoint, password == null ? null : Credential.password(password.toCharArray())).withLimits(LIMITS)
                .withTrusted(trusted).withPasswordVariable("MAIL_PW"); //$NON-NLS-1$
    }

    private static AccountTestOptions trusted(Protocol protocol, String portName, Security security) {
        return options(protocol, HOST, portName, security, Produced.PASSWORD, Set.of(fingerprint));
    }

    private static void assertHealthy(ProbeRun run) {
        assertTrue(run.result().healthy(), run.describe());
        assertTrue(run.result().diagnosis().getFindings().isEmpty(), run.describe());
        for (PhaseResult p : run.result().phases()) {
            assertTrue(p.status() != PhaseResult.Status.FAILED, p + "\n" + run.describe()); //$NON-NLS-1$
        }
    }

    private static PhaseResult phase(ProbeRun run, Phase phase) {
        return run.result().phases().stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
    }

    @Test
    void healthyPop3AccountsOverStlsAndImplicitTls() {
        for (AccountTestOptions o : List.of(trusted(Protocol.POP3, "POP3_PORT", Security.STARTTLS), //$NON-NLS-1$
                trusted(Protocol.POP3, "POP3S_PORT", Security.IMPLICIT))) { //$NON-NLS-1$
            ProbeRun run = ProbeRun.of(o);
            assertHealthy(run);
            assertEquals(TlsReport.Trust.TRUSTED_BY_FINGERPRINT, run.result().tls().trust());
            assertTrue(run.result().tls().hostNameMatches());
            assertEquals("USER", run.result().mechanismUsed()); //$NON-NLS-1$
            assertTrue(phase(run, Phase.MAILBOX).detail().contains("consistent"), run.describe()); //$NON-NLS-1$
            assertTrue(run.text().contains("C: PASS ********"), run.describe()); //$NON-NLS-1$
            assertTrue(run.text().contains("S: +OK Logged in."), run.describe()); //$NON-NLS-1$
        }
    }

    @Test
    void healthyImapAccountsOverStartTlsAndImplicitTlsIncludingCramMd5() {
        ProbeRun starttls = ProbeRun.of(trusted(Protocol.IMAP, "IMAP_PORT", Security.STARTTLS)); //$NON-NLS-1$
        assertHealthy(starttls);
        assertTrue(starttls.text().contains("C: a4 LOGIN \"alice\" ********"), starttls.describe()); //$NON-NLS-1$
        assertTrue(phase(starttls, Phase.MAILBOX).detail().contains("INBOX selected"), starttls.describe()); //$NON-NLS-1$
        ProbeRun cram = ProbeRun.of(trusted(Protocol.IMAP, "IMAPS_PORT", Security.IMPLICIT).withMechanism("CRAM-MD5")); //$NON-NLS-1$ //$NON-NLS-2$
        assertHealthy(cram);
        assertEquals("CRAM-MD5", cram.result().mechanismUsed()); //$NON-NLS-1$
        assertTrue(cram.result().mechanismsOffered().containsAll(List.of("PLAIN", "LOGIN", "CRAM-MD5")), cram.describe()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void aMessageSentBySmtpIsSeenByPop3AndImap() throws Exception {
        int pop3Before = pop3Count();
        int imapBefore = imapCount();
        String address = Produced.USER + "@example.test"; //$NON-NLS-1$
        ProbeRun smtp = ProbeRun.of(trusted(Protocol.SMTP, "SMTP_PORT", Security.STARTTLS).withEnvelope(address, address, true)); //$NON-NLS-1$
        assertHealthy(smtp);
        assertEquals("PLAIN", smtp.result().mechanismUsed()); //$NON-NLS-1$
        assertTrue(smtp.text().contains("C: AUTH PLAIN"), smtp.describe()); //$NON-NLS-1$
        assertTrue(phase(smtp, Phase.SUBMISSION).detail().contains("accepted"), smtp.describe()); //$NON-NLS-1$
        // a capability list is no credential: it stays readable
        assertTrue(phase(smtp, Phase.CAPABILITIES).detail().contains("AUTH PLAIN LOGIN CRAM-MD5"), smtp.describe()); //$NON-NLS-1$
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (pop3Count() == pop3Before && System.nanoTime() < deadline) {
            Thread.sleep(200); // Postfix hands the message to Dovecot's LMTP from its queue
        }
        assertEquals(pop3Before + 1, pop3Count(), "POP3 sees the message sent by SMTP"); //$NON-NLS-1$
        assertEquals(imapBefore + 1, imapCount(), "IMAP sees the message sent by SMTP"); //$NON-NLS-1$
    }

    private static int pop3Count() {
        ProbeRun run = ProbeRun.of(trusted(Protocol.POP3, "POP3S_PORT", Security.IMPLICIT)); //$NON-NLS-1$
        assertHealthy(run);
        Matcher m = Pattern.compile("STAT (\\d+) message").matcher(phase(run, Phase.MAILBOX).detail()); //$NON-NLS-1$
        assertTrue(m.find(), run.describe());
        return Integer.parseInt(m.group(1));
    }

    private static int imapCount() {
        ProbeRun run = ProbeRun.of(trusted(Protocol.IMAP, "IMAPS_PORT", Security.IMPLICIT)); //$NON-NLS-1$
        assertHealthy(run);
        Matcher m = Pattern.compile("INBOX selected, (\\d+) message").matcher(phase(run, Phase.MAILBOX).detail()); //$NON-NLS-1$
        assertTrue(m.find(), run.describe());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aWrongPasswordIsAuthFailedInEveryProtocol() {
        for (AccountTestOptions o : List.of(options(Protocol.POP3, HOST, "POP3S_PORT", Security.IMPLICIT, Produced.WRONG_PASSWORD, Set.of(fingerprint)), //$NON-NLS-1$
                options(Protocol.IMAP, HOST, "IMAP_PORT", Security.STARTTLS, Produced.WRONG_PASSWORD, Set.of(fingerprint)), //$NON-NLS-1$
                options(Protocol.SMTP, HOST, "SMTPS_PORT", Security.IMPLICIT, Produced.WRONG_PASSWORD, Set.of(fingerprint)))) { //$NON-NLS-1$
            ProbeRun run = ProbeRun.of(o);
            assertEquals(Phase.AUTHENTICATION, run.result().failedPhase().orElseThrow().phase(), run.describe());
            assertTrue(run.categories().contains("auth-failed"), run.categories() + "\n" + run.describe()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    void plainAuthenticationWhereTheServerForbidsItIsTlsRequired() {
        // as a mail client set to a plain password logs on (CRAM-MD5, still offered there, would succeed)
        ProbeRun pop3 = ProbeRun.of(options(Protocol.POP3, INSECURE_HOST, "POP3_PORT", Security.NONE, Produced.PASSWORD, Set.of()) //$NON-NLS-1$
                .withMechanism("USER")); //$NON-NLS-1$
        assertEquals(Phase.AUTHENTICATION, pop3.result().failedPhase().orElseThrow().phase(), pop3.describe());
        assertEquals("tls-required", pop3.categories().get(0), pop3.describe()); //$NON-NLS-1$
        ProbeRun imap = ProbeRun.of(options(Protocol.IMAP, INSECURE_HOST, "IMAP_PORT", Security.NONE, Produced.PASSWORD, Set.of()) //$NON-NLS-1$
                .withMechanism("LOGIN")); //$NON-NLS-1$
        assertEquals(Phase.AUTHENTICATION, imap.result().failedPhase().orElseThrow().phase(), imap.describe());
        assertTrue(imap.categories().contains("tls-required"), imap.describe()); //$NON-NLS-1$
        // Postfix on the submission port: no AUTH before STARTTLS, MAIL FROM answered 530 "Must issue a STARTTLS command first"
        ProbeRun smtp = ProbeRun.of(options(Protocol.SMTP, HOST, "SMTP_PORT", Security.NONE, Produced.PASSWORD, Set.of())); //$NON-NLS-1$
        assertEquals(Phase.SUBMISSION, smtp.result().failedPhase().orElseThrow().phase(), smtp.describe());
        assertTrue(smtp.categories().contains("tls-required"), smtp.describe()); //$NON-NLS-1$
    }

    @Test
    void anUntrustedCertificateStopsTheSessionUntilItIsTrusted() {
        ProbeRun untrusted = ProbeRun.of(options(Protocol.IMAP, HOST, "IMAPS_PORT", Security.IMPLICIT, Produced.PASSWORD, Set.of())); //$NON-NLS-1$
        assertEquals(Phase.TLS, untrusted.result().failedPhase().orElseThrow().phase(), untrusted.describe());
        assertEquals(TlsReport.Trust.UNTRUSTED, untrusted.result().tls().trust());
        assertTrue(untrusted.result().tls().problems().get(0).startsWith("self-signed"), untrusted.describe()); //$NON-NLS-1$
        assertEquals(List.of("certificate-rejected"), untrusted.categories(), untrusted.describe()); //$NON-NLS-1$
        assertFalse(untrusted.result().transcript().stream().anyMatch(e -> e.kind() == TranscriptEntry.Kind.SENT),
                "nothing is sent over an untrusted connection"); //$NON-NLS-1$
        assertTrue(untrusted.text().contains("--trust-fingerprint " + fingerprint), untrusted.describe()); //$NON-NLS-1$
        assertTrue(untrusted.text().contains("does not cross the customer's network"), untrusted.describe()); //$NON-NLS-1$
        ProbeRun trusted = ProbeRun.of(trusted(Protocol.IMAP, "IMAPS_PORT", Security.IMPLICIT)); //$NON-NLS-1$
        assertHealthy(trusted);
    }

    @Test
    void expiredAndWrongHostCertificatesAreNamedAsSuch() {
        ProbeRun expired = ProbeRun.of(options(Protocol.POP3, EXPIRED_HOST, "POP3S_PORT", Security.IMPLICIT, Produced.PASSWORD, Set.of())); //$NON-NLS-1$
        assertEquals(Phase.TLS, expired.result().failedPhase().orElseThrow().phase(), expired.describe());
        assertTrue(expired.result().tls().problems().stream().anyMatch(p -> p.startsWith("expired: the certificate was valid until 2020-01-31")), //$NON-NLS-1$
                expired.describe());
        assertTrue(expired.result().tls().hostNameMatches(), expired.describe());
        assertTrue(expired.text().contains("certificate-rejected") && expired.text().contains("expired"), expired.describe()); //$NON-NLS-1$ //$NON-NLS-2$

        ProbeRun wrongHost = ProbeRun.of(options(Protocol.IMAP, WRONG_HOST, "IMAPS_PORT", Security.IMPLICIT, Produced.PASSWORD, Set.of())); //$NON-NLS-1$
        assertEquals(Phase.TLS, wrongHost.result().failedPhase().orElseThrow().phase(), wrongHost.describe());
        assertFalse(wrongHost.result().tls().hostNameMatches());
        assertTrue(wrongHost.result().tls().problems().get(0).startsWith("wrong host: the certificate is for DNS:mail.other-host.test, not for 127.0.0.4"), //$NON-NLS-1$
                wrongHost.describe());
        assertTrue(wrongHost.text().contains("certificate-rejected"), wrongHost.describe()); //$NON-NLS-1$
    }

    @Test
    void aChainIssuedByAnAntiVirusProductIsNamedAsInterception() {
        ProbeRun run = ProbeRun.of(options(Protocol.IMAP, INTERCEPTED_HOST, "IMAPS_PORT", Security.IMPLICIT, Produced.PASSWORD, Set.of())); //$NON-NLS-1$
        assertEquals(Phase.TLS, run.result().failedPhase().orElseThrow().phase(), run.describe());
        TlsReport tls = run.result().tls();
        assertEquals(2, tls.chain().size(), run.describe());
        assertTrue(tls.interceptor().startsWith("Avast (anti-virus mail scanning"), run.describe()); //$NON-NLS-1$
        assertTrue(tls.problems().stream().anyMatch(p -> p.startsWith("issued by Avast")), run.describe()); //$NON-NLS-1$
        assertTrue(run.text().contains("TLS is intercepted between this machine and the server"), run.describe()); //$NON-NLS-1$
        assertTrue(run.text().contains("does not cross the customer's network"), run.describe()); //$NON-NLS-1$
        assertTrue(run.categories().contains("certificate-rejected"), run.describe()); //$NON-NLS-1$
        assertTrue(run.json().contains("\"interceptor\": \"Avast"), run.json()); //$NON-NLS-1$
    }

    @Test
    void theProbeCommandReadsThePasswordFromTheEnvironmentAndExitsWithThePhaseCode() {
        String uri = "pop3s://alice@" + HOST + ":" + servers.port("POP3S_PORT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ProbeRun.Command healthy = ProbeRun.command(new ProbeRequest(uri, false, "MAIL_PW", null, Duration.ofSeconds(20), List.of(fingerprint), //$NON-NLS-1$
                false, null, null, null, false, 1), Map.of("MAIL_PW", Produced.PASSWORD)); //$NON-NLS-1$
        assertEquals(0, healthy.exit(), healthy.out() + healthy.err());
        assertTrue(healthy.out().contains("Result: HEALTHY"), healthy.out()); //$NON-NLS-1$
        ProbeRun.Command wrong = ProbeRun.command(new ProbeRequest(uri, false, "MAIL_PW", null, Duration.ofSeconds(20), List.of(fingerprint), //$NON-NLS-1$
                true, null, null, null, false, 1), Map.of("MAIL_PW", Produced.WRONG_PASSWORD)); //$NON-NLS-1$
        assertEquals(Phase.AUTHENTICATION.exitCode(), wrong.exit(), wrong.out() + wrong.err());
        assertTrue(wrong.out().contains("\"failedPhase\": \"authentication\""), wrong.out()); //$NON-NLS-1$
        ProbeRun.Command untrusted = ProbeRun.command(new ProbeRequest(uri, false, "MAIL_PW", null, Duration.ofSeconds(20), List.of(), //$NON-NLS-1$
                false, null, null, null, false, 1), Map.of("MAIL_PW", Produced.PASSWORD)); //$NON-NLS-1$
        assertEquals(Phase.TLS.exitCode(), untrusted.exit(), untrusted.out());
        ProbeRun.Command unset = ProbeRun.command(new ProbeRequest(uri, false, "NOT_SET", null, null, List.of(), false, null, null, null, false, 1), //$NON-NLS-1$
                Map.of());
        assertEquals(3, unset.exit());
        assertTrue(unset.err().contains("NOT_SET is not set"), unset.err()); //$NON-NLS-1$
    }

    @Test
    void everyAddressANameResolvesToIsTriedAndRecorded() {
        // "localhost" resolves to ::1 and 127.0.0.1 here; the servers listen on IPv4 only, so IPv6 is refused first
        MailEndpoint endpoint = new MailEndpoint(Protocol.POP3, "localhost", servers.port("POP3S_PORT"), Security.IMPLICIT, Produced.USER); //$NON-NLS-1$ //$NON-NLS-2$
        ProbeRun run = ProbeRun.of(AccountTestOptions.of(endpoint, Credential.password(Produced.PASSWORD.toCharArray())).withLimits(LIMITS)
                .withTrusted(Set.of(fingerprint)));
        assertHealthy(run);
        List<ConnectionAttempt> attempts = run.result().attempts();
        assertEquals(ConnectionAttempt.Outcome.CONNECTED, attempts.get(attempts.size() - 1).outcome(), run.describe());
        assertTrue(attempts.get(attempts.size() - 1).address().startsWith("127.0.0.1:"), run.describe()); //$NON-NLS-1$
        for (ConnectionAttempt a : attempts.subList(0, attempts.size() - 1)) {
            assertEquals(ConnectionAttempt.Outcome.REFUSED, a.outcome(), run.describe());
            assertTrue(run.text().contains(a.address() + " refused"), run.describe()); //$NON-NLS-1$
        }
    }

    @Test
    void everyAddressIsTriedInTurnIPv6ThenIPv4AndEachAttemptRecorded() throws Exception {
        // a name with an IPv6 and an IPv4 address, as most providers' are; the servers listen on IPv4 only
        InetAddress[] addresses = { InetAddress.getByName("::1"), InetAddress.getByName(HOST) }; //$NON-NLS-1$
        int port = servers.port("POP3_PORT"); //$NON-NLS-1$
        MailEndpoint endpoint = new MailEndpoint(Protocol.POP3, "pop.example.test", port, Security.NONE, Produced.USER); //$NON-NLS-1$
        SessionRecorder recorder = new SessionRecorder(endpoint, new SessionMasking(), TranscriptListener.NONE, null, v -> null);
        try (LineConnection connection = new LineConnection(recorder, LIMITS)) {
            connection.connect(addresses, port);
            assertEquals("+OK Dovecot (Debian) ready.", connection.readLine()); //$NON-NLS-1$
            List<ConnectionAttempt> attempts = connection.attempts();
            assertEquals(2, attempts.size(), attempts.toString());
            assertEquals("[::1]:" + port, attempts.get(0).address()); //$NON-NLS-1$
            assertEquals(ConnectionAttempt.Outcome.REFUSED, attempts.get(0).outcome(), attempts.toString());
            assertEquals(new ConnectionAttempt(HOST + ":" + port, ConnectionAttempt.Outcome.CONNECTED, "", attempts.get(1).millis()), attempts.get(1)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        var events = recorder.trace().getSessions().stream().flatMap(x -> x.getConnectionEvents().stream()).map(e -> e.getKind().getLiteral() + " " + e.getText()).toList();
        assertTrue(events.get(1).startsWith("refused connection to [::1]:" + port + " refused"), events.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(events.stream().anyMatch(e -> e.startsWith("connected connected to 127.0.0.1:" + port)), events.toString()); //$NON-NLS-1$
    }

    @Test
    void theEquivalentCommandsRunAgainstTheSameServers() throws Exception {
        String address = Produced.USER + "@example.test"; //$NON-NLS-1$
        for (AccountTestOptions o : List.of(trusted(Protocol.POP3, "POP3S_PORT", Security.IMPLICIT), //$NON-NLS-1$
                trusted(Protocol.POP3, "POP3_PORT", Security.STARTTLS), //$NON-NLS-1$
                trusted(Protocol.IMAP, "IMAPS_PORT", Security.IMPLICIT), //$NON-NLS-1$
                trusted(Protocol.SMTP, "SMTP_PORT", Security.STARTTLS).withEnvelope(address, address, false), //$NON-NLS-1$
                trusted(Protocol.SMTP, "SMTPS_PORT", Security.IMPLICIT).withEnvelope(address, address, false))) { //$NON-NLS-1$
            ProbeRun run = ProbeRun.of(o);
            assertHealthy(run);
            String command = run.result().equivalentCommand();
            assertFalse(command.contains(Produced.PASSWORD));
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", command + " </dev/null"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            pb.environment().put("MAIL_PW", Produced.PASSWORD); //$NON-NLS-1$
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), command);
            assertEquals(0, p.exitValue(), command + "\n" + output); //$NON-NLS-1$
            if (command.startsWith("swaks")) { //$NON-NLS-1$
                assertTrue(output.contains("<~  235 "), output); //$NON-NLS-1$
            } else {
                assertTrue(output.contains("Logged in"), output); //$NON-NLS-1$
            }
        }
    }

    @Test
    void aRawSessionMasksWhatTheCallerTypes() throws Exception {
        MailEndpoint endpoint = new MailEndpoint(Protocol.IMAP, HOST, servers.port("IMAPS_PORT"), Security.IMPLICIT, Produced.USER); //$NON-NLS-1$
        StringBuilder transcript = new StringBuilder();
        try (RawSession raw = Services.sessions().openRaw(endpoint, LIMITS, Set.of(fingerprint), e -> {
            // checked through the transcript
        })) {
            assertTrue(raw.greeting().get(0).startsWith("* OK"), raw.greeting().toString()); //$NON-NLS-1$
            List<String> auth = raw.command("x1 AUTHENTICATE PLAIN"); //$NON-NLS-1$
            assertTrue(auth.get(0).startsWith("+"), auth.toString()); //$NON-NLS-1$
            List<String> data = raw.command(java.util.Base64.getEncoder().encodeToString(("\0alice\0" + Produced.PASSWORD).getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
            assertTrue(data.get(data.size() - 1).startsWith("x1 OK"), data.toString()); //$NON-NLS-1$
            assertEquals("openssl s_client -connect 127.0.0.1:" + servers.port("IMAPS_PORT") + " -servername 127.0.0.1 -crlf", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    raw.equivalentCommand());
            raw.command("x2 LOGOUT"); //$NON-NLS-1$
            assertNotNull(raw.finish());
            raw.transcript().forEach(e -> transcript.append(e.text()).append('\n'));
        }
        try (RawSession raw = Services.sessions().openRaw(endpoint, LIMITS, Set.of(fingerprint), e -> {
            // checked through the transcript
        })) {
            List<String> login = raw.command("y1 LOGIN alice \"" + Produced.PASSWORD + "\""); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(login.get(login.size() - 1).startsWith("y1 OK"), login.toString()); //$NON-NLS-1$
            raw.command("y2 LOGOUT"); //$NON-NLS-1$
            raw.finish();
            raw.transcript().forEach(e -> transcript.append(e.text()).append('\n'));
        }
        MailEndpoint pop3 = new MailEndpoint(Protocol.POP3, HOST, servers.port("POP3_PORT"), Security.STARTTLS, Produced.USER); //$NON-NLS-1$
        try (RawSession raw = Services.sessions().openRaw(pop3, LIMITS, Set.of(fingerprint), e -> {
            // checked through the transcript
        })) {
            assertEquals(List.of("+OK Begin TLS negotiation now."), raw.startTls()); //$NON-NLS-1$
            assertEquals(TlsReport.Trust.TRUSTED_BY_FINGERPRINT, raw.tls().trust());
            assertEquals(List.of("+OK"), raw.command("USER alice")); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(List.of("+OK Logged in."), raw.command("PASS " + Produced.PASSWORD)); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> uidl = raw.command("UIDL"); //$NON-NLS-1$
            assertEquals(".", uidl.get(uidl.size() - 1), "a multi-line reply is read to its end"); //$NON-NLS-1$ //$NON-NLS-2$
            raw.command("QUIT"); //$NON-NLS-1$
            assertTrue(raw.finish().getFindings().isEmpty());
            assertTrue(raw.equivalentCommand().endsWith("-starttls pop3"), raw.equivalentCommand()); //$NON-NLS-1$
            raw.transcript().forEach(e -> transcript.append(e.text()).append('\n'));
        }
        assertTrue(transcript.toString().contains("\nPASS ********\n"), transcript.toString()); //$NON-NLS-1$
        Produced.add("raw session transcripts", transcript.toString()); //$NON-NLS-1$
        assertTrue(transcript.toString().contains("\n********\n"), "the SASL data line is masked as a whole: " + transcript); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(transcript.toString().contains("y1 LOGIN alice ********"), transcript.toString()); //$NON-NLS-1$
    }

    static File dir() {
        return servers.dir().toFile();
    }
}
