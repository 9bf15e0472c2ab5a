package io.mailscope.testserver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;
import io.mailscope.testserver.tests.shared.AccountTestClient;
import io.mailscope.testserver.tests.shared.AccountTestClient.Options;
import io.mailscope.tests.harness.Services;

/**
 * The hostile scenarios held by 50 clients at once: the server keeps serving, its platform threads and heap stay
 * bounded, and every connection is released when the clients leave. (A bound checked here, not a speed: no timing
 * assertion beyond generous waits.)
 */
class HostileScenariosTest {

    private static final int CLIENTS = 50;
    /** Platform threads the server may add for 50 connections: its watchdog and accept loops run on few threads. */
    private static final int MAX_EXTRA_PLATFORM_THREADS = 8;
    private static final long MAX_EXTRA_HEAP = 32L << 20;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "no-response", "slow-drip", "endless-line", "tls-drop-mid-handshake" })
    void fiftyClientsAtOnceStayBounded(String scenario) throws Exception {
        TestServerService service = Services.await(TestServerService.class);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        warmUp(service);
        System.gc();
        int threadsBefore = threads.getThreadCount();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        try (RunningServer server = service.start(scenario, ServerOptions.loopbackFreePorts())) {
            int port = server.port(MailProtocol.SMTP);
            List<Socket> clients = new ArrayList<>();
            ExecutorService handshakes = Executors.newVirtualThreadPerTaskExecutor();
            List<Future<?>> pending = new ArrayList<>();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    Socket client = new Socket("127.0.0.1", port);
                    clients.add(client);
                    if (scenario.equals("tls-drop-mid-handshake")) {
                        pending.add(handshakes.submit(() -> startTlsAndHandshake(client, port)));
                    } else if (scenario.equals("endless-line")) {
                        client.setReceiveBufferSize(4096); // a client that does not read: the server must block, not buffer
                    }
                }
                if (!scenario.equals("tls-drop-mid-handshake")) {
                    waitFor(() -> server.activeConnections() == CLIENTS, "all " + CLIENTS + " connections held, not " + server.activeConnections());
                }
                // while the hostile clients are held, a further client is still served
                String transcript = AccountTestClient.run(MailProtocol.SMTP, port, Options.plain());
                assertTrue(transcript.contains("Connected to smtp://"), transcript);
                System.gc();
                int extraThreads = threads.getThreadCount() - threadsBefore;
                long extraHeap = memory.getHeapMemoryUsage().getUsed() - heapBefore;
                assertTrue(extraThreads <= MAX_EXTRA_PLATFORM_THREADS, "platform threads grew by " + extraThreads);
                assertTrue(extraHeap <= MAX_EXTRA_HEAP, "heap grew by " + (extraHeap >> 20) + " MiB");
                for (Future<?> handshake : pending) {
                    handshake.get(); // each handshake ended with the server's close, within the client's time-out
                }
            } finally {
                handshakes.shutdownNow();
                for (Socket client : clients) {
                    client.close();
                }
            }
            waitFor(() -> server.activeConnections() == 0, "connections released after the clients left: " + server.activeConnections());
            assertEquals(true, server.isRunning());
        }
        waitFor(() -> threads.getThreadCount() <= threadsBefore + 1, "no thread left behind after stop: " + threads.getThreadCount() + " vs " + threadsBefore);
    }

    /** Lets the JDK create its virtual-thread carriers before the baseline is taken: they are the JVM's, not the server's. */
    private static void warmUp(TestServerService service) throws Exception {
        try (RunningServer server = service.start("normal", ServerOptions.loopbackFreePorts())) {
            for (MailProtocol protocol : MailProtocol.values()) {
                AccountTestClient.run(protocol, server.port(protocol), Options.plain());
            }
        }
    }

    /** A client that asks for STARTTLS and starts its handshake: the scenario must end it with a close. */
    private static Void startTlsAndHandshake(Socket client, int port) throws Exception {
        client.setSoTimeout(10_000);
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        readLine(in);
        out.write("STARTTLS\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String ready = readLine(in);
        assertTrue(ready.startsWith("220 "), ready);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, null, null);
        try (SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(client, "localhost", port, true)) {
            ssl.startHandshake();
            throw new AssertionError("the handshake must not complete");
        } catch (IOException expected) {
            return null;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.append((char) b);
        }
        return line.toString().strip();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what);
            }
            Thread.sleep(20);
        }
    }
}
