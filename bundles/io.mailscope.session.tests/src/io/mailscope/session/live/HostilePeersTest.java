package io.mailscope.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.mailscope.model.Protocol;
import io.mailscope.session.AccountTest;
import io.mailscope.session.AccountTestOptions;
import io.mailscope.session.AccountTestResult;
import io.mailscope.session.Credential;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.Phase;
import io.mailscope.session.PhaseResult;
import io.mailscope.session.Security;
import io.mailscope.session.SessionLimits;
import io.mailscope.session.TranscriptEntry;

/**
 * Peers that misbehave on purpose, written here: each session ends within its time-out with a clear finding, keeps
 * its memory bounded and leaves no thread behind.
 */
@Order(2)
class HostilePeersTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** 2 s to connect and per reply line, 4 s for the session, the default size limits. */
    private static final SessionLimits LIMITS = new SessionLimits(TIMEOUT, TIMEOUT, TIMEOUT.multipliedBy(2),
            SessionLimits.DEFAULT.maxLineLength(), SessionLimits.DEFAULT.maxReplyBytes(), SessionLimits.DEFAULT.maxTotalBytes());
    /** Time-out plus what a loaded CI machine may add. */
    private static final long MAX_MILLIS = TIMEOUT.toMillis() + 1_500;

    /** A peer on a loopback port that does one hostile thing to each connection, on its own (test) thread. */
    private static final class Peer implements AutoCloseable {
        interface Behaviour {
            void serve(Socket s) throws IOException, InterruptedException;
        }

        final ServerSocket server;
        final Thread thread;

        Peer(Behaviour behaviour) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        behaviour.serve(s);
                    } catch (IOException e) {
                        // the client went away or the test closed the peer: serve the next one or stop
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "hostile peer"); //$NON-NLS-1$
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws Exception {
            server.close();
            thread.interrupt();
            thread.join(5_000);
        }
    }

    private static int sessionThreads() {
        // the diagnosis engine's rule workers are a shared pool of the diagnosis bundle, not the session's
        return (int) Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> !t.getName().startsWith("Mailscope diagnosis rules")).count(); //$NON-NLS-1$
    }

    private static AccountTestOptions options(Protocol protocol, int port, Security security) {
        MailEndpoint endpoint = new MailEndpoint(protocol, "127.0.0.1", port, security, Produced.USER); //$NON-NLS-1$
        return AccountTestOptions.of(endpoint, Credential.password(Produced.PASSWORD.toCharArray()))
                .withLimits(LIMITS);
    }

    private record Timed(ProbeRun run, long millis) {
    }

    private static Timed probe(AccountTestOptions options) {
        int before = sessionThreads();
        long start = System.nanoTime();
        ProbeRun run = ProbeRun.of(options);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis <= MAX_MILLIS, "ended after " + millis + " ms, time-out " + TIMEOUT.toMillis() + " ms\n" + run.describe()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(sessionThreads() <= before, "no thread left behind: " + before + " before, " + sessionThreads() + " after"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new Timed(run, millis);
    }

    private static PhaseResult failed(ProbeRun run) {
        return run.result().failedPhase().orElseThrow(() -> new AssertionError("a phase must fail\n" + run.describe())); //$NON-NLS-1$
    }

    @Test
    void aPeerThatAcceptsAndNeverAnswersTimesOutAtTheGreeting() throws Exception {
        try (Peer peer = new Peer(s -> Thread.sleep(60_000))) {
            ProbeRun run = probe(options(Protocol.POP3, peer.port(), Security.NONE)).run();
            assertEquals(Phase.GREETING, failed(run).phase(), run.describe());
            assertTrue(failed(run).detail().startsWith("timed out: no answer from the server within 2000 ms"), run.describe()); //$NON-NLS-1$
            assertEquals(List.of("timeout"), run.categories(), run.describe()); //$NON-NLS-1$
        }
    }

    @Test
    void aPeerThatSendsOneByteASecondCannotHoldTheSession() throws Exception {
        try (Peer peer = new Peer(s -> {
            OutputStream out = s.getOutputStream();
            for (byte b : "220 slow.example ESMTP ready\r\n".getBytes(StandardCharsets.US_ASCII)) { //$NON-NLS-1$
                out.write(b);
                out.flush();
                Thread.sleep(1_000);
            }
        })) {
            ProbeRun run = probe(options(Protocol.SMTP, peer.port(), Security.NONE)).run();
            assertEquals(Phase.GREETING, failed(run).phase(), run.describe());
            assertTrue(failed(run).detail().contains("a line did not end within 2000 ms"), run.describe()); //$NON-NLS-1$
            assertTrue(run.categories().contains("timeout"), run.describe()); //$NON-NLS-1$
        }
    }

    @Test
    void anEndlessLineIsCutAtTheLineLimitWithBoundedMemory() throws Exception {
        long[] written = { 0 };
        try (Peer peer = new Peer(s -> {
            OutputStream out = s.getOutputStream();
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'A');
            while (true) {
                out.write(chunk);
                written[0] += chunk.length;
            }
        })) {
            ProbeRun run = probe(options(Protocol.IMAP, peer.port(), Security.NONE)).run();
            assertEquals(Phase.GREETING, failed(run).phase(), run.describe());
            assertTrue(failed(run).detail().contains("a line longer than 8192 bytes arrived"), run.describe()); //$NON-NLS-1$
            int longest = run.result().transcript().stream().mapToInt(e -> e.text().length()).max().orElse(0);
            assertTrue(longest < 1_000, "the transcript keeps a preview of the line, not the line: " + longest); //$NON-NLS-1$
            assertTrue(run.result().transcript().stream().anyMatch(e -> e.kind() == TranscriptEntry.Kind.RECEIVED
                    && e.text().endsWith("bytes, cut]")), run.describe()); //$NON-NLS-1$
        }
    }

    @Test
    void aTlsHandshakeClosedHalfwayIsATlsFailure() throws Exception {
        try (Peer peer = new Peer(s -> {
            InputStream in = s.getInputStream();
            byte[] hello = new byte[64];
            int n = in.read(hello); // the ClientHello starts arriving; then the "middlebox" drops the connection
            if (n > 0) {
                s.setSoLinger(true, 0);
            }
        })) {
            ProbeRun run = probe(options(Protocol.IMAP, peer.port(), Security.IMPLICIT)).run();
            assertEquals(Phase.TLS, failed(run).phase(), run.describe());
            assertTrue(failed(run).detail().startsWith("TLS handshake failed"), run.describe()); //$NON-NLS-1$
            assertTrue(run.categories().contains("tls-failed"), run.describe()); //$NON-NLS-1$
        }
    }

    @Test
    void aRefusedConnectionIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ProbeRun run = probe(options(Protocol.POP3, port, Security.NONE)).run();
        assertEquals(Phase.CONNECT, failed(run).phase(), run.describe());
        assertEquals(List.of("connection-refused"), run.categories(), run.describe()); //$NON-NLS-1$
    }

    @Test
    void cancelEndsASessionAtOnceFromAnotherThread() throws Exception {
        try (Peer peer = new Peer(s -> Thread.sleep(60_000))) {
            AccountTestOptions options = options(Protocol.POP3, peer.port(), Security.NONE)
                    .withLimits(SessionLimits.DEFAULT.withTimeout(Duration.ofSeconds(30)));
            AccountTest test = Services.sessions().accountTest(options, e -> {
                // not needed
            });
            AtomicReference<AccountTestResult> result = new AtomicReference<>();
            Thread runner = new Thread(() -> result.set(test.run()), "account test"); //$NON-NLS-1$
            runner.start();
            Thread.sleep(500);
            long start = System.nanoTime();
            test.cancel();
            runner.join(5_000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1_000, "cancel took " + millis + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals("cancelled", result.get().failedPhase().orElseThrow().detail()); //$NON-NLS-1$
            Produced.add("cancelled session", result.get().transcript().toString()); //$NON-NLS-1$
        }
    }

    @Test
    void aChainIssuedByAnInterceptingProductIsNamed() throws Exception {
        var context = org.osgi.framework.FrameworkUtil.getBundle(HostilePeersTest.class).getBundleContext();
        var tracker = new org.osgi.util.tracker.ServiceTracker<io.mailscope.model.catalog.CatalogService, io.mailscope.model.catalog.CatalogService>(
                context, io.mailscope.model.catalog.CatalogService.class, null);
        tracker.open();
        // the catalog's certificate-issuer knowledge, as the session service reads it
        var products = io.mailscope.session.internal.InterceptionProducts.of(tracker.waitForService(10_000));
        tracker.close();
        var chain = List.of(new io.mailscope.session.CertificateInfo("CN=imap.example.com", "CN=Avast Web/Mail Shield Root,O=Avast", //$NON-NLS-1$ //$NON-NLS-2$
                List.of("DNS:imap.example.com"), java.time.Instant.EPOCH, java.time.Instant.MAX, "00", "AA")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("Avast", products.match(chain).orElseThrow().name()); //$NON-NLS-1$
        var fortinet = List.of(new io.mailscope.session.CertificateInfo("CN=imap.example.com", "CN=FortiGate CA,O=Fortinet", //$NON-NLS-1$ //$NON-NLS-2$
                List.of(), java.time.Instant.EPOCH, java.time.Instant.MAX, "00", "AA")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Fortinet FortiGate", products.match(fortinet).orElseThrow().name()); //$NON-NLS-1$
        var letsEncrypt = List.of(new io.mailscope.session.CertificateInfo("CN=imap.example.com", "CN=R11,O=Let's Encrypt,C=US", //$NON-NLS-1$ //$NON-NLS-2$
                List.of(), java.time.Instant.EPOCH, java.time.Instant.MAX, "00", "AA")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(products.match(letsEncrypt).isEmpty());
        assertTrue(products.products().size() >= 20);
    }

    static Set<String> none() {
        return Set.of();
    }
}
