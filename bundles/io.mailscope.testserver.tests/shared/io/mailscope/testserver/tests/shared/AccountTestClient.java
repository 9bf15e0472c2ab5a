package io.mailscope.testserver.tests.shared;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.internal.tls.TlsContexts;

/**
 * Test-only: the account test a support engineer does by hand (greeting, CAPA/CAPABILITY/EHLO, STARTTLS, logon,
 * STAT/UIDL/LIST, LIST/SELECT, MAIL/RCPT[/DATA]) over a real socket, written down as a {@code C:}/{@code S:}
 * transcript in MailKit's ProtocolLogger style, which the trace importer recognises. What the client sees besides
 * protocol lines (a close, a time-out, a TLS failure) is written as the line a client library would log. Passwords and
 * AUTH payloads are masked in the transcript, as a probe must.
 * <p>
 * The session engine's own account test is probed against every scenario in {@code SessionEngineScenarioTest}; this
 * client stays for the other path a fault reaches the rules by: a client's transcript pasted into the importer (a
 * client that downloads messages and waits for a line end until its time-out, as mail clients do).
 */
public final class AccountTestClient {

    public enum Security { NONE, STARTTLS }

    /** What the client trusts for STARTTLS: the Mailscope test CA, or only the JDK's default CAs. */
    public enum Trust { TEST_CA, JDK_DEFAULT }

    /**
     * @param user null: the client does not log on (a client whose "outgoing server requires authentication" is off)
     * @param replyTimeout how long one reply may take to arrive completely
     */
    public record Options(Security security, Trust trust, String user, String password, boolean retrieve, boolean sendData,
            Duration replyTimeout) {

        public static Options plain() {
            return new Options(Security.NONE, Trust.TEST_CA, "alice", "not-the-real-password", false, false, Duration.ofMillis(1500));
        }

        public Options withSecurity(Security s) {
            return new Options(s, trust, user, password, retrieve, sendData, replyTimeout);
        }

        public Options withTrust(Trust t) {
            return new Options(security, t, user, password, retrieve, sendData, replyTimeout);
        }

        public Options anonymous() {
            return new Options(security, trust, null, null, retrieve, sendData, replyTimeout);
        }

        public Options retrieving() {
            return new Options(security, trust, user, password, true, sendData, replyTimeout);
        }

        public Options sendingData() {
            return new Options(security, trust, user, password, retrieve, true, replyTimeout);
        }
    }

    /** Most bytes kept of one reply line; a server that sends more without a line end is read on and not kept. */
    private static final int MAX_LINE = 64 * 1024;
    private static final String HOST = "127.0.0.1";

    private final MailProtocol protocol;
    private final int port;
    private final Options options;
    private final List<String> transcript = new ArrayList<>();
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private AccountTestClient(MailProtocol protocol, int port, Options options) {
        this.protocol = protocol;
        this.port = port;
        this.options = options;
    }

    /** Runs the account test and returns the transcript (one string, lines separated by \n). */
    public static String run(MailProtocol protocol, int port, Options options) {
        AccountTestClient client = new AccountTestClient(protocol, port, options);
        client.runToEnd();
        return String.join("\n", client.transcript) + "\n";
    }

    /** Signals that the conversation cannot go on; the reason is already in the transcript. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private void runToEnd() {
        transcript.add("Connected to " + protocol.key() + "://" + HOST + ":" + port + "/");
        try (Socket s = new Socket()) {
            socket = s;
            s.connect(new InetSocketAddress(HOST, port), 3000);
            in = new BufferedInputStream(s.getInputStream());
            out = s.getOutputStream();
            switch (protocol) {
                case POP3 -> pop3();
                case IMAP -> imap();
                case SMTP -> smtp();
            }
        } catch (Stop e) {
            // the reason was written down where it happened
        } catch (IOException e) {
            transcript.add(e.toString());
        }
    }

    // ---- POP3 -------------------------------------------------------------------------------------------------

    private void pop3() throws IOException, Stop {
        if (!line().startsWith("+OK")) {
            return;
        }
        pop3Command("CAPA", "CAPA", true);
        if (options.security() == Security.STARTTLS) {
            if (!pop3Command("STLS", "STLS", false).get(0).startsWith("+OK")) {
                pop3Command("QUIT", "QUIT", false);
                return;
            }
            startTls();
            pop3Command("CAPA", "CAPA", true);
        }
        if (options.user() != null) {
            if (!pop3Command("USER " + options.user(), "USER " + options.user(), false).get(0).startsWith("+OK")
                    || !pop3Command("PASS " + options.password(), "PASS ****", false).get(0).startsWith("+OK")) {
                pop3Command("QUIT", "QUIT", false);
                return;
            }
        }
        String stat = pop3Command("STAT", "STAT", false).get(0);
        pop3Command("UIDL", "UIDL", true);
        pop3Command("LIST", "LIST", true);
        String[] words = stat.split("\\s+");
        if (options.retrieve() && words.length > 1 && !words[1].equals("0")) {
            pop3Command("RETR 1", "RETR 1", true);
        }
        pop3Command("QUIT", "QUIT", false);
    }

    private List<String> pop3Command(String command, String shown, boolean multiLine) throws IOException, Stop {
        send(command, shown);
        List<String> reply = new ArrayList<>();
        String first = line();
        reply.add(first);
        if (multiLine && first.startsWith("+OK")) {
            String l;
            do {
                l = line();
                reply.add(l);
            } while (!l.equals("."));
        }
        return reply;
    }

    // ---- IMAP -------------------------------------------------------------------------------------------------

    private int tag;

    private void imap() throws IOException, Stop {
        if (!line().startsWith("* OK")) {
            return;
        }
        imapCommand("CAPABILITY", "CAPABILITY");
        if (options.security() == Security.STARTTLS) {
            if (!imapCommand("STARTTLS", "STARTTLS").contains(" OK")) {
                imapCommand("LOGOUT", "LOGOUT");
                return;
            }
            startTls();
            imapCommand("CAPABILITY", "CAPABILITY");
        }
        if (options.user() != null && !imapCommand("LOGIN " + options.user() + " " + options.password(), "LOGIN " + options.user() + " ****")
                .contains(" OK")) {
            imapCommand("LOGOUT", "LOGOUT");
            return;
        }
        imapCommand("LIST \"\" \"*\"", "LIST \"\" \"*\"");
        imapCommand("SELECT INBOX", "SELECT INBOX");
        if (options.retrieve()) {
            imapCommand("FETCH 1 BODY[]", "FETCH 1 BODY[]");
        }
        imapCommand("LOGOUT", "LOGOUT");
    }

    /** @return the tagged status line */
    private String imapCommand(String command, String shown) throws IOException, Stop {
        String t = "a" + (++tag);
        send(t + " " + command, t + " " + shown);
        while (true) {
            String l = line();
            if (l.startsWith(t + " ")) {
                return l;
            }
            int literal = l.endsWith("}") ? l.lastIndexOf('{') : -1;
            if (literal >= 0) {
                int size = Integer.parseInt(l.substring(literal + 1, l.length() - 1));
                byte[] body = in.readNBytes(size);
                for (String bodyLine : new String(body, StandardCharsets.UTF_8).split("\r\n")) {
                    transcript.add("S: " + bodyLine);
                }
            }
        }
    }

    // ---- SMTP -------------------------------------------------------------------------------------------------

    private void smtp() throws IOException, Stop {
        if (!smtpReply().startsWith("2")) {
            return;
        }
        List<String> ehlo = ehlo();
        if (options.security() == Security.STARTTLS) {
            if (!smtpCommand("STARTTLS", "STARTTLS").startsWith("2")) {
                smtpCommand("QUIT", "QUIT");
                return;
            }
            startTls();
            ehlo = ehlo();
        }
        if (options.user() != null && !ehlo.isEmpty()) {
            String token = Base64.getEncoder().encodeToString(("\0" + options.user() + "\0" + options.password()).getBytes(StandardCharsets.UTF_8));
            if (!smtpCommand("AUTH PLAIN " + token, "AUTH PLAIN ****").startsWith("2")) {
                smtpCommand("QUIT", "QUIT");
                return;
            }
        }
        if (!smtpCommand("MAIL FROM:<alice@example.test>", "MAIL FROM:<alice@example.test>").startsWith("2")
                || !smtpCommand("RCPT TO:<bob@elsewhere.example>", "RCPT TO:<bob@elsewhere.example>").startsWith("2")) {
            smtpCommand("QUIT", "QUIT");
            return;
        }
        if (options.sendData()) {
            if (smtpCommand("DATA", "DATA").startsWith("3")) {
                for (String l : List.of("From: alice@example.test", "To: bob@elsewhere.example", "Subject: Mailscope account test", "",
                        "A test message from the Mailscope account test.", ".")) {
                    send(l, l);
                }
                if (!smtpReply().startsWith("2")) {
                    smtpCommand("QUIT", "QUIT");
                    return;
                }
            }
        }
        smtpCommand("QUIT", "QUIT");
    }

    /** EHLO, or HELO when EHLO is refused. @return the EHLO keywords (empty after HELO) */
    private List<String> ehlo() throws IOException, Stop {
        send("EHLO client.example.test", "EHLO client.example.test");
        List<String> lines = new ArrayList<>();
        String l;
        do {
            l = line();
            lines.add(l);
        } while (l.length() > 3 && l.charAt(3) == '-');
        if (!l.startsWith("2")) {
            smtpCommand("HELO client.example.test", "HELO client.example.test");
            return List.of();
        }
        return lines.subList(1, lines.size());
    }

    private String smtpCommand(String command, String shown) throws IOException, Stop {
        send(command, shown);
        return smtpReply();
    }

    /** @return the last line of a (multi-line) reply */
    private String smtpReply() throws IOException, Stop {
        String l;
        do {
            l = line();
        } while (l.length() > 3 && l.charAt(3) == '-');
        return l;
    }

    // ---- wire ---------------------------------------------------------------------------------------------

    private void send(String command, String shown) throws IOException, Stop {
        transcript.add("C: " + shown);
        try {
            out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            transcript.add("Connection closed by server while sending (" + e.getMessage() + ")");
            throw new Stop();
        }
    }

    /** Reads one complete reply line within the reply time-out and writes it down. */
    private String line() throws IOException, Stop {
        long deadline = System.nanoTime() + options.replyTimeout().toNanos();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long received = 0;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                timedOut(received);
            }
            socket.setSoTimeout((int) Math.max(1, left));
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                timedOut(received);
                return null;
            } catch (SSLException e) {
                transcript.add(describe(e));
                throw new Stop();
            } catch (IOException e) {
                transcript.add("Connection closed by server (" + e.getMessage() + ")");
                throw new Stop();
            }
            if (b < 0) {
                transcript.add("Connection closed by server.");
                throw new Stop();
            }
            received++;
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
                transcript.add("S: " + text);
                return text;
            }
            if (line.size() < MAX_LINE) {
                line.write(b);
            }
        }
    }

    private void timedOut(long received) throws Stop {
        // as a Java client logs it, so the importer reads it as a time-out even when nothing else was received
        transcript.add("java.net.SocketTimeoutException: Read timed out (no complete reply within " + options.replyTimeout().toMillis()
                + " ms; " + received + " bytes received without a line end)");
        throw new Stop();
    }

    private void startTls() throws IOException, Stop {
        try {
            SSLContext context = context();
            SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket, "localhost", port, true);
            SSLParameters parameters = ssl.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            ssl.setSSLParameters(parameters);
            ssl.setSoTimeout((int) options.replyTimeout().toMillis());
            ssl.startHandshake();
            transcript.add("TLS started: " + ssl.getSession().getProtocol() + " " + ssl.getSession().getCipherSuite());
            socket = ssl;
            in = new BufferedInputStream(ssl.getInputStream());
            out = ssl.getOutputStream();
        } catch (SSLException | EOFException e) {
            transcript.add(describe(e));
            throw new Stop();
        } catch (SocketTimeoutException e) {
            transcript.add("java.net.SocketTimeoutException: TLS handshake timed out after " + options.replyTimeout().toMillis() + " ms");
            throw new Stop();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("test trust store", e);
        }
    }

    private SSLContext context() throws GeneralSecurityException, IOException {
        if (options.trust() == Trust.JDK_DEFAULT) {
            return SSLContext.getDefault();
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("mailscope-test-ca", TlsContexts.testAuthority());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** The exception and its causes on one line, as a client library logs a failed handshake. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" (caused by ").append(cause).append(')');
        }
        return text.toString().replace('\n', ' ');
    }
}
