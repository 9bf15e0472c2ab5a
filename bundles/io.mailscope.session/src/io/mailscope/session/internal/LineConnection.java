package io.mailscope.session.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.session.ConnectionAttempt;
import io.mailscope.session.SessionLimits;
import io.mailscope.session.TlsReport;

/**
 * One TCP connection that reads and writes CRLF lines, bounded in time and size, on the caller's thread (no thread is
 * started). Every read waits at most until the current line's deadline or the session's deadline, whichever comes
 * first, so a peer that sends one byte a second cannot hold a reply open; lines, replies and the whole session have
 * size limits; {@link #cancel()} closes the socket from any thread so a blocked read returns at once. Each line and
 * connection event is handed to the {@link SessionRecorder}.
 */
public final class LineConnection implements AutoCloseable {

    private final SessionRecorder recorder;
    private final SessionLimits limits;
    private final long sessionDeadline;
    private final List<ConnectionAttempt> attempts = new ArrayList<>();
    private volatile Socket socket;
    private volatile boolean cancelled;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private long received;
    private long replyBytes;
    private String connectedAddress;
    private TlsReport tls;

    public LineConnection(SessionRecorder recorder, SessionLimits limits) {
        this.recorder = recorder;
        this.limits = limits;
        this.sessionDeadline = System.nanoTime() + limits.sessionTimeout().toNanos();
    }

    /** @return every address it resolved to, in the order the system returned them (IPv6 and IPv4) */
    public InetAddress[] resolve(String host) throws SessionFailure {
        checkCancelled();
        recorder.connection(ConnectionEventKind.CONNECTING, "resolving " + host); //$NON-NLS-1$
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            List<String> names = new ArrayList<>();
            for (InetAddress a : addresses) {
                names.add(display(a));
            }
            recorder.note(host + " resolves to " + String.join(", ", names)); //$NON-NLS-1$ //$NON-NLS-2$
            return addresses;
        } catch (UnknownHostException e) {
            String message = "the host name " + host + " could not be resolved (" + e.getMessage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            recorder.connection(ConnectionEventKind.DNS_FAILED, message);
            throw new SessionFailure(SessionFailure.Kind.DNS, message, e);
        }
    }

    /** Tries each address in turn until one connects; each attempt is recorded. */
    public void connect(InetAddress[] addresses, int port) throws SessionFailure {
        StringBuilder failures = new StringBuilder();
        boolean allTimedOut = true;
        for (InetAddress address : addresses) {
            checkCancelled();
            String shown = display(address);
            String target = (shown.indexOf(':') >= 0 ? "[" + shown + "]" : shown) + ":" + port; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            long remaining = remainingMillis(Long.MAX_VALUE);
            if (remaining <= 0) {
                break;
            }
            int timeout = (int) Math.max(1, Math.min(limits.connectTimeout().toMillis(), remaining));
            recorder.connection(ConnectionEventKind.CONNECTING, "connecting to " + target); //$NON-NLS-1$
            long start = System.nanoTime();
            Socket s = new Socket();
            socket = s;
            try {
                s.connect(new InetSocketAddress(address, port), timeout);
                s.setTcpNoDelay(true);
                in = s.getInputStream();
                out = s.getOutputStream();
                connectedAddress = target;
                attempts.add(new ConnectionAttempt(target, ConnectionAttempt.Outcome.CONNECTED, "", millisSince(start))); //$NON-NLS-1$
                recorder.connection(ConnectionEventKind.CONNECTED, "connected to " + target + " from " //$NON-NLS-1$ //$NON-NLS-2$
                        + s.getLocalAddress().getHostAddress() + ":" + s.getLocalPort() + " in " + millisSince(start) + " ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return;
            } catch (IOException e) {
                closeQuietly(s);
                if (cancelled) {
                    throw cancelledFailure();
                }
                ConnectionAttempt.Outcome outcome = e instanceof SocketTimeoutException ? ConnectionAttempt.Outcome.TIMED_OUT
                        : e instanceof ConnectException ? ConnectionAttempt.Outcome.REFUSED : ConnectionAttempt.Outcome.UNREACHABLE;
                allTimedOut &= outcome == ConnectionAttempt.Outcome.TIMED_OUT;
                String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                attempts.add(new ConnectionAttempt(target, outcome, detail, millisSince(start)));
                String text = target + " " + outcome.label() + " after " + millisSince(start) + " ms (" + detail + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                recorder.connection(outcome == ConnectionAttempt.Outcome.TIMED_OUT ? ConnectionEventKind.TIMEOUT
                        : e instanceof NoRouteToHostException || outcome == ConnectionAttempt.Outcome.REFUSED ? ConnectionEventKind.REFUSED
                                : ConnectionEventKind.REFUSED, "connection to " + text); //$NON-NLS-1$
                failures.append(failures.length() == 0 ? "" : "; ").append(text); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        throw new SessionFailure(allTimedOut && !attempts.isEmpty() ? SessionFailure.Kind.TIMEOUT : SessionFailure.Kind.CONNECT,
                attempts.isEmpty() ? "the session time-out passed before a connection was tried" //$NON-NLS-1$
                        : "no address accepted the connection: " + failures); //$NON-NLS-1$
    }

    /** @return the address as people write it: IPv4 dotted, IPv6 in the RFC 5952 short form ({@code ::1}) */
    public static String display(InetAddress address) {
        String full = address.getHostAddress();
        if (!(address instanceof Inet6Address)) {
            return full;
        }
        int percent = full.indexOf('%');
        String scope = percent < 0 ? "" : full.substring(percent); //$NON-NLS-1$
        String[] groups = (percent < 0 ? full : full.substring(0, percent)).split(":"); //$NON-NLS-1$
        int bestStart = -1;
        int bestLength = 1; // a single zero group is not shortened
        for (int i = 0; i < groups.length;) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) { //$NON-NLS-1$
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (bestStart < 0) {
            return String.join(":", groups) + scope; //$NON-NLS-1$
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart)); //$NON-NLS-1$
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length)); //$NON-NLS-1$
        return head + "::" + tail + scope; //$NON-NLS-1$
    }

    public List<ConnectionAttempt> attempts() {
        return List.copyOf(attempts);
    }

    public String connectedAddress() {
        return connectedAddress;
    }

    /** Runs the TLS handshake over the open connection (implicit TLS, or after STARTTLS). */
    public TlsReport startTls(TlsHandshake handshake, String host, int port) throws SessionFailure {
        checkCancelled();
        Socket plain = socket;
        try {
            SSLSocket ssl = (SSLSocket) handshake.context().getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters parameters = ssl.getSSLParameters();
            if (!TlsHandshake.isAddress(host)) {
                parameters.setServerNames(List.of(new SNIHostName(host)));
            }
            ssl.setSSLParameters(parameters);
            socket = ssl;
            ssl.setSoTimeout(readTimeout(System.nanoTime() + limits.readTimeout().toNanos()));
            ssl.startHandshake();
            SSLSession session = ssl.getSession();
            in = ssl.getInputStream();
            out = ssl.getOutputStream();
            position = 0;
            limit = 0;
            tls = handshake.result(session.getProtocol(), session.getCipherSuite());
            recorder.connection(ConnectionEventKind.TLS_STARTED, "TLS started: " + session.getProtocol() + " " + session.getCipherSuite()); //$NON-NLS-1$ //$NON-NLS-2$
            handshake.record(recorder, tls);
            return tls;
        } catch (IOException e) {
            if (cancelled) {
                throw cancelledFailure();
            }
            tls = handshake.result(null, null);
            handshake.record(recorder, tls);
            if (tls.trust() == TlsReport.Trust.UNTRUSTED) {
                String message = "certificate rejected: " + String.join("; ", tls.problems()); //$NON-NLS-1$ //$NON-NLS-2$
                recorder.connection(ConnectionEventKind.TLS_FAILED, message);
                throw new SessionFailure(SessionFailure.Kind.CERTIFICATE, message, e);
            }
            if (e instanceof SocketTimeoutException) {
                String message = "no TLS handshake answer within " + limits.readTimeout().toMillis() + " ms"; //$NON-NLS-1$ //$NON-NLS-2$
                recorder.connection(ConnectionEventKind.TIMEOUT, message);
                throw new SessionFailure(SessionFailure.Kind.TIMEOUT, message, e);
            }
            String why = describe(e);
            String message = "TLS handshake failed: " + why; //$NON-NLS-1$
            recorder.connection(ConnectionEventKind.TLS_FAILED, message);
            throw new SessionFailure(SessionFailure.Kind.TLS, message, e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof EOFException || e instanceof SSLHandshakeException && e.getMessage() != null
                && e.getMessage().contains("terminated the handshake")) { //$NON-NLS-1$
            return "the server closed the connection during the handshake (" + e.getMessage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (e instanceof SocketException && !(e instanceof SSLException)) {
            return "the connection was reset during the handshake (" + e.getMessage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public TlsReport tls() {
        return tls;
    }

    /** Sends one line (CRLF added); {@code recorded} is what the recorder stores (the masking decides the rest). */
    public void send(String line, boolean saslData) throws SessionFailure {
        checkCancelled();
        recorder.sent(line, saslData);
        try {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            out.flush();
        } catch (IOException e) {
            throw ioFailure(e, "sending"); //$NON-NLS-1$
        }
    }

    /**
     * Waits up to {@code wait} (bounded by the session deadline) for the server to send something while the client is
     * silent. A close by the server is recorded and thrown like a close in the middle of a reply.
     *
     * @return true when bytes are ready to be read as lines, false when the server stayed silent
     */
    public boolean awaitData(java.time.Duration wait) throws SessionFailure {
        checkCancelled();
        if (position < limit) {
            return true;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            socket.setSoTimeout(readTimeout(deadline));
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                String message = "the server closed the connection"; //$NON-NLS-1$
                recorder.connection(ConnectionEventKind.CLOSED_BY_SERVER, message);
                throw new SessionFailure(SessionFailure.Kind.CLOSED, message);
            }
            received += n;
            position = 0;
            limit = n;
            return true;
        } catch (SocketTimeoutException e) {
            if (sessionDeadline <= deadline) {
                String message = "the session time-out of " + limits.sessionTimeout().toMillis() + " ms passed"; //$NON-NLS-1$ //$NON-NLS-2$
                recorder.connection(ConnectionEventKind.TIMEOUT, message);
                throw new SessionFailure(SessionFailure.Kind.TIMEOUT, message, e);
            }
            return false; // silent: nothing is recorded for a quiet server
        } catch (IOException e) {
            throw ioFailure(e, "waiting for the server"); //$NON-NLS-1$
        }
    }

    /** @return true when received bytes wait in the buffer (a complete or partial line) */
    public boolean buffered() {
        return position < limit;
    }

    /** Starts counting the bytes of a new reply against {@link SessionLimits#maxReplyBytes()}. */
    public void startReply() {
        replyBytes = 0;
    }

    /**
     * Reads one line (without CR LF) within the read time-out, and records it.
     *
     * @throws SessionFailure when the peer closes, is too slow, the line or reply is too long, or on cancel
     */
    public String readLine() throws SessionFailure {
        long deadline = System.nanoTime() + limits.readTimeout().toNanos();
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            checkCancelled();
            if (position == limit) {
                fill(deadline, line.size());
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int end = position;
            line.write(buffer, start, end - start);
            if (line.size() > limits.maxLineLength()) {
                String message = "a line longer than " + limits.maxLineLength() + " bytes arrived (the peer sends an endless line)"; //$NON-NLS-1$ //$NON-NLS-2$
                recorder.received(preview(line));
                recorder.note("limit: " + message); //$NON-NLS-1$
                // A mail client keeps reading until the line ends and then gives up on its read timeout (0x800CCC19);
                // record it as that timeout so the rules diagnose what the customer's client would report.
                recorder.connection(ConnectionEventKind.TIMEOUT, "the server's line did not end within " //$NON-NLS-1$
                        + limits.maxLineLength() + " bytes (an endless line); a mail client times out waiting for its end"); //$NON-NLS-1$
                throw new SessionFailure(SessionFailure.Kind.LIMIT, message);
            }
            if (position < limit) {
                position++; // the LF
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                replyBytes += bytes.length + 1;
                if (replyBytes > limits.maxReplyBytes()) {
                    String message = "the reply exceeds " + limits.maxReplyBytes() + " bytes"; //$NON-NLS-1$ //$NON-NLS-2$
                    recorder.note("limit: " + message); //$NON-NLS-1$
                    throw new SessionFailure(SessionFailure.Kind.LIMIT, message);
                }
                String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
                recorder.received(text);
                return text;
            }
        }
    }

    private static String preview(ByteArrayOutputStream line) {
        String s = new String(line.toByteArray(), 0, Math.min(line.size(), 200), StandardCharsets.UTF_8);
        return s + "… [" + line.size() + " bytes, cut]"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void fill(long lineDeadline, int partial) throws SessionFailure {
        try {
            socket.setSoTimeout(readTimeout(lineDeadline));
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                String message = partial > 0 ? "the server closed the connection in the middle of a line" //$NON-NLS-1$
                        : "the server closed the connection"; //$NON-NLS-1$
                recorder.connection(ConnectionEventKind.CLOSED_BY_SERVER, message);
                throw new SessionFailure(SessionFailure.Kind.CLOSED, message);
            }
            received += n;
            if (received > limits.maxTotalBytes()) {
                String message = "the session received more than " + limits.maxTotalBytes() + " bytes"; //$NON-NLS-1$ //$NON-NLS-2$
                recorder.note("limit: " + message); //$NON-NLS-1$
                throw new SessionFailure(SessionFailure.Kind.LIMIT, message);
            }
            position = 0;
            limit = n;
        } catch (SocketTimeoutException e) {
            // whichever deadline was nearer when the read began is the one that passed
            boolean session = sessionDeadline < lineDeadline;
            String message = session ? "the session time-out of " + limits.sessionTimeout().toMillis() + " ms passed" //$NON-NLS-1$ //$NON-NLS-2$
                    : partial > 0 ? "a line did not end within " + limits.readTimeout().toMillis() + " ms (" + partial //$NON-NLS-1$ //$NON-NLS-2$
                            + " bytes arrived, too slowly)" //$NON-NLS-1$
                            : "no answer from the server within " + limits.readTimeout().toMillis() + " ms"; //$NON-NLS-1$ //$NON-NLS-2$
            recorder.connection(ConnectionEventKind.TIMEOUT, message);
            throw new SessionFailure(SessionFailure.Kind.TIMEOUT, message, e);
        } catch (IOException e) {
            throw ioFailure(e, "reading"); //$NON-NLS-1$
        }
    }

    /** @return milliseconds until the earlier of {@code lineDeadline} and the session deadline; at least 1 */
    private int readTimeout(long lineDeadline) throws SessionFailure {
        long remaining = Math.min(lineDeadline, sessionDeadline) - System.nanoTime();
        if (remaining <= 0) {
            String message = sessionDeadline < lineDeadline
                    ? "the session time-out of " + limits.sessionTimeout().toMillis() + " ms passed" //$NON-NLS-1$ //$NON-NLS-2$
                    : "a line did not end within " + limits.readTimeout().toMillis() + " ms (the server sends too slowly)"; //$NON-NLS-1$ //$NON-NLS-2$
            recorder.connection(ConnectionEventKind.TIMEOUT, message);
            throw new SessionFailure(SessionFailure.Kind.TIMEOUT, message);
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining / 1_000_000));
    }

    private long remainingMillis(long cap) {
        return Math.min(cap, (sessionDeadline - System.nanoTime()) / 1_000_000);
    }

    private SessionFailure ioFailure(IOException e, String doing) {
        if (cancelled) {
            return cancelledFailure();
        }
        String message = "the connection failed while " + doing + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        recorder.connection(ConnectionEventKind.CLOSED_BY_SERVER, message);
        return new SessionFailure(SessionFailure.Kind.CLOSED, message, e);
    }

    private void checkCancelled() throws SessionFailure {
        if (cancelled) {
            throw cancelledFailure();
        }
    }

    private SessionFailure cancelledFailure() {
        return new SessionFailure(SessionFailure.Kind.CANCELLED, "the session was cancelled"); //$NON-NLS-1$
    }

    /** Closes the socket from any thread; a blocked read or connect returns at once. */
    public void cancel() {
        cancelled = true;
        Socket s = socket;
        if (s != null) {
            closeQuietly(s);
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    public boolean isOpen() {
        Socket s = socket;
        return s != null && !s.isClosed() && in != null;
    }

    @Override
    public void close() {
        Socket s = socket;
        if (s != null && !s.isClosed()) {
            closeQuietly(s);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing a socket that failed: nothing more can be done, and nothing is lost (the failure is recorded)
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
