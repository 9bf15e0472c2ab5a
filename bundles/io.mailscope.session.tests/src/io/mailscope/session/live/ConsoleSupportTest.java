package io.mailscope.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.mailscope.model.Finding;
import io.mailscope.model.Protocol;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.session.AccountTestOptions;
import io.mailscope.session.AccountTestResult;
import io.mailscope.session.CertificateTrustPrompt;
import io.mailscope.session.Credential;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.Phase;
import io.mailscope.session.PhaseResult;
import io.mailscope.session.RawSession;
import io.mailscope.session.Security;
import io.mailscope.session.SessionException;
import io.mailscope.session.SessionLimits;
import io.mailscope.session.TlsReport;
import io.mailscope.session.TranscriptEntry;
import io.mailscope.session.TranscriptListener;
import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;

/**
 * What the workbench's Session Console needs from the engine, against the embedded test server: a session that can be
 * cancelled before it has greeted, a drop noticed while the client is silent, the certificate prompt, and each failed
 * phase of an account test tied to the finding that explains it.
 */
class ConsoleSupportTest {

    private static TestServerService testServer() throws InterruptedException {
        var context = FrameworkUtil.getBundle(ConsoleSupportTest.class).getBundleContext();
        ServiceTracker<TestServerService, TestServerService> tracker = new ServiceTracker<>(context, TestServerService.class, null);
        tracker.open();
        TestServerService service = tracker.waitForService(10_000);
        if (service == null) {
            throw new AssertionError("TestServerService is not registered"); //$NON-NLS-1$
        }
        return service;
    }

    private static MailEndpoint pop3(String host, int port, Security security, String user) {
        return new MailEndpoint(Protocol.POP3, host, port, security, user);
    }

    @Test
    void aSessionThatNeverGreetsIsCancelledWhileOpening() throws Exception {
        try (RunningServer server = testServer().start("no-response", ServerOptions.loopbackFreePorts())) { //$NON-NLS-1$
            RawSession session = Services.sessions().rawSession(pop3("127.0.0.1", server.port(MailProtocol.POP3), Security.NONE, null), //$NON-NLS-1$
                    SessionLimits.DEFAULT, Set.of(), null, TranscriptListener.NONE);
            CompletableFuture<Throwable> opened = CompletableFuture.supplyAsync(() -> {
                try {
                    session.open();
                    return null;
                } catch (SessionException e) {
                    return e;
                }
            });
            while (session.transcript().stream().noneMatch(e -> e.text().startsWith("connected to"))) { //$NON-NLS-1$
                Thread.sleep(10);
            }
            long start = System.nanoTime();
            session.cancel();
            Throwable failure = opened.get(5, TimeUnit.SECONDS); // the read time-out is 15 s: only the cancel ends it
            assertTrue(failure instanceof SessionException, String.valueOf(failure));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
            assertFalse(session.isOpen());
        }
    }

    @Test
    void aDropAfterTheGreetingIsNoticedWhileTheClientIsSilent() throws Exception {
        try (RunningServer server = testServer().start("drop-after-greeting", ServerOptions.loopbackFreePorts())) { //$NON-NLS-1$
            RawSession session = Services.sessions().rawSession(pop3("127.0.0.1", server.port(MailProtocol.POP3), Security.NONE, null), //$NON-NLS-1$
                    SessionLimits.DEFAULT, Set.of(), null, TranscriptListener.NONE);
            session.open();
            assertTrue(session.greeting().get(0).startsWith("+OK Microsoft Exchange"), session.greeting().toString()); //$NON-NLS-1$
            SessionException dropped = assertThrows(SessionException.class, () -> {
                for (int i = 0; i < 40; i++) {
                    session.awaitServer(Duration.ofMillis(250));
                }
            });
            assertTrue(dropped.getMessage().contains("closed the connection"), dropped.getMessage()); //$NON-NLS-1$
            assertFalse(session.isOpen());
            var diagnosis = session.finish();
            assertTrue(diagnosis.getFindings().stream().anyMatch(f -> f.getErrorCode() != null && ErrorCodes.hex(f.getErrorCode()).equals("0x800CCC0F")), //$NON-NLS-1$
                    diagnosis.getFindings().toString());
        }
    }

    @Test
    void aQuietServerIsNotADropAndTheSnapshotIsACopy() throws Exception {
        try (ServerSocket peer = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread serving = new Thread(() -> {
                try (Socket s = peer.accept()) {
                    OutputStream out = s.getOutputStream();
                    out.write("+OK quiet server\r\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
                    out.flush();
                    Thread.sleep(1_500);
                    out.write("+OK spoken\r\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
                    out.flush();
                    Thread.sleep(5_000);
                } catch (Exception e) {
                    // the test is over
                }
            });
            serving.setDaemon(true);
            serving.start();
            try (RawSession session = Services.sessions().rawSession(pop3("127.0.0.1", peer.getLocalPort(), Security.NONE, null), //$NON-NLS-1$
                    SessionLimits.DEFAULT, Set.of(), null, TranscriptListener.NONE)) {
                session.open();
                assertEquals(List.of(), session.awaitServer(Duration.ofMillis(200)));
                assertTrue(session.isOpen());
                List<String> spoken = new ArrayList<>();
                for (int i = 0; i < 20 && spoken.isEmpty(); i++) {
                    spoken.addAll(session.awaitServer(Duration.ofMillis(250)));
                }
                assertEquals(List.of("+OK spoken"), spoken); //$NON-NLS-1$
                var snapshot = session.traceSnapshot();
                assertTrue(snapshot != session.trace() && snapshot.getLineCount() == session.transcript().size());
            }
        }
    }

    @Test
    void anUntrustedCertificateIsOfferedToThePromptAndTrustedForTheSession() throws Exception {
        try (RunningServer server = testServer().start("bad-certificate", ServerOptions.loopbackFreePorts())) { //$NON-NLS-1$
            List<TlsReport> asked = new ArrayList<>();
            CertificateTrustPrompt prompt = (endpoint, report) -> {
                asked.add(report);
                return CertificateTrustPrompt.Decision.TRUST_FOR_SESSION;
            };
            try (RawSession session = Services.sessions().rawSession(pop3("localhost", server.port(MailProtocol.POP3), Security.STARTTLS, null), //$NON-NLS-1$
                    SessionLimits.DEFAULT, Set.of(), prompt, TranscriptListener.NONE)) {
                session.open();
                session.startTls();
                assertEquals(1, asked.size());
                TlsReport report = asked.get(0);
                assertEquals(TlsReport.Trust.UNTRUSTED, report.trust());
                assertTrue(report.problems().stream().anyMatch(p -> p.startsWith("self-signed")), report.problems().toString()); //$NON-NLS-1$
                assertNull(report.protocol(), "the handshake has not finished when the prompt is asked"); //$NON-NLS-1$
                assertTrue(session.tlsActive());
                assertEquals(TlsReport.Trust.TRUSTED_BY_FINGERPRINT, session.tls().trust());
                assertTrue(session.transcript().stream().anyMatch(e -> e.kind() == TranscriptEntry.Kind.TLS
                        && e.text().equals("the user trusted certificate " + report.leafFingerprint() + " for this session"))); //$NON-NLS-1$ //$NON-NLS-2$
                assertTrue(session.command("CAPA").get(0).startsWith("+OK")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    @Test
    void aRejectingOrBrokenPromptTrustsNothing() throws Exception {
        try (RunningServer server = testServer().start("bad-certificate", ServerOptions.loopbackFreePorts())) { //$NON-NLS-1$
            for (CertificateTrustPrompt prompt : List.<CertificateTrustPrompt>of(CertificateTrustPrompt.REJECT, (e, r) -> null, (e, r) -> {
                throw new IllegalStateException("broken prompt"); //$NON-NLS-1$
            })) {
                AccountTestResult result = Services.sessions().accountTest(AccountTestOptions.of(pop3("localhost", //$NON-NLS-1$
                        server.port(MailProtocol.POP3), Security.STARTTLS, null), null), prompt, TranscriptListener.NONE).run();
                PhaseResult failed = result.failedPhase().orElseThrow();
                assertEquals(Phase.TLS, failed.phase(), result.phases().toString());
                assertTrue(failed.detail().contains("self-signed"), failed.detail()); //$NON-NLS-1$
            }
        }
    }

    @Test
    void theFailedMailboxPhaseOfStatUidlMismatchIsTiedTo0x800CCC97() throws Exception {
        try (RunningServer server = testServer().start("stat-uidl-mismatch", ServerOptions.loopbackFreePorts())) { //$NON-NLS-1$
            AccountTestResult result = Services.sessions().accountTest(AccountTestOptions.of(pop3("127.0.0.1", //$NON-NLS-1$
                    server.port(MailProtocol.POP3), Security.NONE, "alice"), Credential.password("wonderland".toCharArray())), null, //$NON-NLS-1$ //$NON-NLS-2$
                    TranscriptListener.NONE).run();
            assertEquals(Phase.MAILBOX, result.failedPhase().orElseThrow().phase(), result.phases().toString());
            List<Finding> mailbox = result.findingsOf(Phase.MAILBOX);
            assertTrue(mailbox.stream().anyMatch(f -> f.getErrorCode() != null && ErrorCodes.hex(f.getErrorCode()).equals("0x800CCC97")), //$NON-NLS-1$
                    mailbox.toString());
            assertEquals(List.of(), result.findingsOf(Phase.GREETING), "a phase that passed explains no failure here"); //$NON-NLS-1$
            assertEquals(List.of(), result.findingsOf(Phase.QUIT), "a phase that did not run has no findings"); //$NON-NLS-1$
        }
    }
}
