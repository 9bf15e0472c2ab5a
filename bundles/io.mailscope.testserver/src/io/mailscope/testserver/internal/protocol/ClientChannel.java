package io.mailscope.testserver.internal.protocol;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One client connection at the byte level: bounded line reads, and the ways a misbehaving server writes (drip, cut,
 * endless line, TLS dropped mid-handshake). Memory per connection is bounded by {@link #MAX_LINE}: longer client lines
 * are read and thrown away, never buffered.
 */
public final class ClientChannel implements Closeable {

    /** Longest command line kept (RFC 5321 allows 512, IMAP more); longer lines are discarded and answered with an error. */
    public static final int MAX_LINE = 8192;
    /** Pause between bytes when dripping. */
    public static final long DRIP_INTERVAL_MILLIS = 1000;
    private static final int ENDLESS_CHUNK = 1024;

    /** Thrown by {@link #readLine} after a line longer than {@link #MAX_LINE} was discarded. */
    public static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException() {
            super("command line longer than " + MAX_LINE + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Thrown when a scripted cut closed the connection in the middle of a reply. */
    public static final class ConnectionCutException extends IOException {
        private static final long serialVersionUID = 1L;

        ConnectionCutException(int bytes) {
            super("connection cut by the scenario after " + bytes + " bytes of the reply"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Told what happens on the channel, for the server's event log; called on the connection's thread. The default does
     * nothing.
     */
    public interface Observer {
        /** A line the client sent, as read (the observer masks secrets). */
        default void received(String line) {
        }

        /** A line the server sends. */
        default void sent(String line) {
        }

        /** Raw bytes the server sends (a message body, an IMAP literal). */
        default void sentData(int bytes) {
        }

        /** The connection became encrypted. */
        default void tlsStarted(String description) {
        }

        /** The scenario does something a working server does not. */
        default void fault(String description) {
        }
    }

    private static final Observer NO_OBSERVER = new Observer() {
        // nothing to tell
    };

    private Observer observer = NO_OBSERVER;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private volatile boolean closed;
    private boolean tls;
    private boolean drip;
    private int cutAfter = -1;
    private int cutCount;

    public ClientChannel(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream(), 4096);
        this.out = socket.getOutputStream();
    }

    /** Sets who is told what happens on this channel (set before the connection is served). */
    public void observe(Observer newObserver) {
        this.observer = newObserver == null ? NO_OBSERVER : newObserver;
    }

    /** @return true if the server side closed the channel (scenario, lifetime or stop) */
    public boolean closedByServer() {
        return closed;
    }

    public boolean isTls() {
        return tls;
    }

    public boolean isClosed() {
        return closed || socket.isClosed();
    }

    /**
     * @return the next line without its line end (CRLF or a bare LF), or null at the end of the stream
     * @throws LineTooLongException after discarding a line longer than {@link #MAX_LINE}
     */
    public String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        boolean tooLong = false;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                if (tooLong) {
                    throw new LineTooLongException();
                }
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
                observer.received(text);
                return text;
            }
            if (line.size() < MAX_LINE) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        return null;
    }

    /** Sends a line and CRLF. */
    public void send(String line) throws IOException {
        observer.sent(line);
        writeCounted((line + "\r\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    /** Sends raw bytes (an IMAP literal, a message body). */
    public void write(byte[] bytes) throws IOException {
        observer.sentData(bytes.length);
        writeCounted(bytes);
    }

    private void writeCounted(byte[] bytes) throws IOException {
        if (cutAfter >= 0 && cutCount + bytes.length >= cutAfter) {
            int allowed = cutAfter - cutCount;
            writeNow(Arrays.copyOf(bytes, allowed));
            out.flush();
            close();
            throw new ConnectionCutException(cutAfter);
        }
        cutCount += bytes.length;
        writeNow(bytes);
    }

    private void writeNow(byte[] bytes) throws IOException {
        if (!drip) {
            out.write(bytes);
            out.flush();
            return;
        }
        for (byte b : bytes) {
            out.write(b);
            out.flush();
            pause(DRIP_INTERVAL_MILLIS);
        }
    }

    /** Writes one byte per {@link #DRIP_INTERVAL_MILLIS} from now on (or normally again). */
    public void drip(boolean on) {
        if (on && !drip) {
            observer.fault("sends one byte per second from here on"); //$NON-NLS-1$
        }
        this.drip = on;
    }

    /** Closes the connection once {@code bytes} more bytes were written. */
    public void cutAfter(int bytes) throws IOException {
        observer.fault("cuts the connection after " + bytes + " bytes of the reply"); //$NON-NLS-1$ //$NON-NLS-2$
        cutAfter = bytes;
        cutCount = 0;
        if (bytes == 0) {
            close();
            throw new ConnectionCutException(0);
        }
    }

    /** Upgrades to TLS as the server side (STARTTLS/STLS); bytes the client pipelined before are discarded. */
    public void startTls(SSLContext context) throws IOException {
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket, socket.getInetAddress().getHostAddress(),
                socket.getPort(), true);
        ssl.setUseClientMode(false);
        ssl.startHandshake();
        socket = ssl;
        in = new BufferedInputStream(ssl.getInputStream(), 4096);
        out = ssl.getOutputStream();
        tls = true;
        observer.tlsStarted(ssl.getSession().getProtocol() + " " + ssl.getSession().getCipherSuite()); //$NON-NLS-1$
    }

    /**
     * Reads the first TLS record of the client's handshake (the ClientHello; at most 16 KiB) and closes the connection
     * without answering it.
     */
    public void dropDuringTlsHandshake() throws IOException {
        byte[] header = in.readNBytes(5);
        int read = header.length;
        if (header.length == 5) {
            int length = Math.min(((header[3] & 0xff) << 8) | (header[4] & 0xff), 16 * 1024);
            read += in.readNBytes(length).length;
        }
        observer.fault("read the client's TLS ClientHello (" + read + " bytes) and drops the connection without answering it"); //$NON-NLS-1$ //$NON-NLS-2$
        close();
    }

    /** Never answers again: reads and discards what the client sends until it leaves or the connection is closed. */
    public void hang() throws IOException {
        observer.fault("stops answering: reads and ignores whatever the client sends"); //$NON-NLS-1$
        byte[] sink = new byte[1024];
        while (!closed && in.read(sink) >= 0) {
            // discard: a hanging server does not react to anything
        }
    }

    /** Sends {@code prefix} and then characters without end and without a line end, until the client leaves. */
    public void endlessLine(String prefix) throws IOException {
        observer.fault("sends '" + prefix + "' and then characters without a line end, without end"); //$NON-NLS-1$ //$NON-NLS-2$
        writeCounted(prefix.getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[ENDLESS_CHUNK];
        Arrays.fill(chunk, (byte) 'x');
        while (!closed) {
            writeCounted(chunk);
            pause(10);
        }
    }

    /** Waits, as a slow server does. */
    public static void pause(long millis) throws InterruptedIOException {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("server stopping"); //$NON-NLS-1$
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket that is already broken: nothing left to release
        }
    }
}
