package io.mailscope.testserver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ServerEvent;
import io.mailscope.testserver.ServerEvent.Kind;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;
import io.mailscope.tests.harness.Services;

/**
 * The server-side event log a running server tells its listeners (what the workbench's Test Server view shows): what
 * clients sent and what the scenario did, with every password and AUTH payload masked.
 */
class ServerEventLogTest {

    private static final String SECRET = "Tr0ub4dor&3-secret";

    private final List<ServerEvent> events = new CopyOnWriteArrayList<>();

    @Test
    void dropAfterGreetingLogsTheConnectionTheGreetingAndTheServersClose() throws Exception {
        try (RunningServer server = start("drop-after-greeting")) {
            try (Socket client = new Socket("127.0.0.1", server.port(MailProtocol.POP3))) {
                BufferedReader in = reader(client);
                assertTrue(in.readLine().startsWith("+OK Microsoft Exchange Server 2003 POP3"));
                assertEquals(null, in.readLine(), "the server dropped the connection");
            }
            ServerEvent closed = await(e -> e.kind() == Kind.SERVER_CLOSED);
            assertEquals(MailProtocol.POP3, closed.protocol());
            List<Kind> kinds = events.stream().map(ServerEvent::kind).toList();
            assertEquals(List.of(Kind.CONNECTED, Kind.SENT, Kind.SERVER_CLOSED), kinds, events.toString());
            assertTrue(events.get(1).text().startsWith("+OK Microsoft Exchange Server 2003"), events.get(1).text());
            assertTrue(events.stream().allMatch(e -> e.connection() == 1), events.toString());
        }
    }

    @Test
    void pop3PasswordAndAuthPayloadsNeverAppear() throws Exception {
        try (RunningServer server = start("normal")) {
            talk(server.port(MailProtocol.POP3), "USER alice", "PASS " + SECRET, "QUIT");
            await(e -> e.kind() == Kind.CLIENT_CLOSED || e.kind() == Kind.SERVER_CLOSED);
            assertTrue(has(e -> e.kind() == Kind.RECEIVED && e.text().equals("USER alice")), events.toString());
            assertTrue(has(e -> e.kind() == Kind.RECEIVED && e.text().equals("PASS ****")), events.toString());
            assertNoSecret(SECRET);
        }
    }

    @Test
    void smtpAuthLoginChallengesAndAMessageBodyAreMaskedAndSummedUp() throws Exception {
        String user64 = Base64.getEncoder().encodeToString("alice".getBytes(StandardCharsets.UTF_8));
        String pass64 = Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8));
        String plain64 = Base64.getEncoder().encodeToString(("\0alice\0" + SECRET).getBytes(StandardCharsets.UTF_8));
        try (RunningServer server = start("normal")) {
            int port = server.port(MailProtocol.SMTP);
            try (Socket client = new Socket("127.0.0.1", port)) {
                BufferedReader in = reader(client);
                Writer out = writer(client);
                in.readLine();
                ehlo(out, in);
                command(out, in, "AUTH LOGIN");
                command(out, in, user64);
                command(out, in, pass64);
                command(out, in, "MAIL FROM:<alice@example.test>");
                command(out, in, "RCPT TO:<bob@example.test>");
                command(out, in, "DATA");
                out.write("Subject: private\r\n\r\nthe body of the mail\r\n");
                command(out, in, ".");
                command(out, in, "QUIT");
            }
            try (Socket client = new Socket("127.0.0.1", port)) {
                BufferedReader in = reader(client);
                Writer out = writer(client);
                in.readLine();
                ehlo(out, in);
                command(out, in, "AUTH PLAIN " + plain64);
            }
            await(e -> e.connection() == 2 && (e.kind() == Kind.CLIENT_CLOSED || e.kind() == Kind.SERVER_CLOSED));
            assertTrue(has(e -> e.kind() == Kind.RECEIVED && e.text().equals("AUTH LOGIN")), events.toString());
            assertTrue(has(e -> e.kind() == Kind.RECEIVED && e.text().equals("AUTH PLAIN ****")), events.toString());
            assertEquals(2, events.stream().filter(e -> e.kind() == Kind.RECEIVED && e.text().equals("****")).count(),
                    "the two answers to 334 are masked: " + events);
            assertTrue(has(e -> e.kind() == Kind.RECEIVED && e.text().equals("(message: 3 lines, 42 bytes)")), events.toString());
            assertFalse(has(e -> e.text().contains("the body of the mail")), "the message body is not logged line by line");
            assertTrue(has(e -> e.kind() == Kind.RECEIVED && e.text().equals("MAIL FROM:<alice@example.test>")), events.toString());
            assertNoSecret(SECRET);
            assertNoSecret(pass64);
            assertNoSecret(plain64);
        }
    }

    @Test
    void imapLoginPasswordIsMaskedAndTheUserStays() throws Exception {
        try (RunningServer server = start("normal")) {
            talk(server.port(MailProtocol.IMAP), "a1 LOGIN \"alice smith\" " + SECRET, "a2 LOGOUT");
            await(e -> e.kind() == Kind.CLIENT_CLOSED || e.kind() == Kind.SERVER_CLOSED);
            assertTrue(has(e -> e.kind() == Kind.RECEIVED && e.text().equals("a1 LOGIN \"alice smith\" ****")), events.toString());
            assertNoSecret(SECRET);
        }
    }

    @Test
    void aCutIsLoggedAsTheScenariosFault() throws Exception {
        try (RunningServer server = start("drop-mid-transfer")) {
            try (Socket client = new Socket("127.0.0.1", server.port(MailProtocol.POP3))) {
                BufferedReader in = reader(client);
                Writer out = writer(client);
                in.readLine();
                command(out, in, "USER alice");
                command(out, in, "PASS " + SECRET);
                out.write("RETR 1\r\n");
                out.flush();
                while (in.readLine() != null) {
                    // read what the server sends until it cuts
                }
            }
            await(e -> e.kind() == Kind.SERVER_CLOSED);
            assertTrue(has(e -> e.kind() == Kind.FAULT && e.text().equals("The scenario cuts the connection after 200 bytes of the reply")),
                    events.toString());
        }
    }

    @Test
    void theServerSaysWhichPortsOfferStartTls() throws Exception {
        try (RunningServer normal = start("normal"); RunningServer none = start("starttls-not-offered")) {
            assertEquals(Set.of(MailProtocol.values()), normal.startTlsOffered());
            assertEquals(Set.of(), none.startTlsOffered());
        }
    }

    @Test
    void aFailingListenerDoesNotDisturbTheConnection() throws Exception {
        try (RunningServer server = start("normal")) {
            server.addEventListener(e -> {
                throw new IllegalStateException("a broken listener");
            });
            try (Socket client = new Socket("127.0.0.1", server.port(MailProtocol.POP3))) {
                BufferedReader in = reader(client);
                Writer out = writer(client);
                assertTrue(in.readLine().startsWith("+OK"));
                assertTrue(command(out, in, "NOOP").startsWith("+OK"));
            }
            await(e -> e.kind() == Kind.CLIENT_CLOSED);
        }
    }

    private RunningServer start(String scenario) throws Exception {
        RunningServer server = Services.await(TestServerService.class).start(scenario, ServerOptions.loopbackFreePorts());
        server.addEventListener(events::add);
        return server;
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        socket.setSoTimeout(20_000);
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    private static Writer writer(Socket socket) throws IOException {
        return new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
    }

    private static String command(Writer out, BufferedReader in, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
        return in.readLine();
    }

    /** Connects, reads the greeting, sends each command and reads the first line of its reply, and leaves. */
    private static void talk(int port, String... commands) throws IOException {
        try (Socket client = new Socket("127.0.0.1", port)) {
            BufferedReader in = reader(client);
            Writer out = writer(client);
            in.readLine();
            for (String c : commands) {
                command(out, in, c);
            }
        }
    }

    private static void ehlo(Writer out, BufferedReader in) throws IOException {
        String line = command(out, in, "EHLO client.example");
        while (line.startsWith("250-")) {
            line = in.readLine();
        }
    }

    private boolean has(Predicate<ServerEvent> p) {
        return events.stream().anyMatch(p);
    }

    private void assertNoSecret(String secret) {
        assertFalse(has(e -> e.text().contains(secret)), "the secret appears in the event log: " + events);
    }

    private ServerEvent await(Predicate<ServerEvent> p) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            for (ServerEvent e : events) {
                if (p.test(e)) {
                    return e;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no such event among " + events);
    }
}
