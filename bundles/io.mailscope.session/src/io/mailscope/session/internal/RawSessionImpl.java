package io.mailscope.session.internal;

import java.util.List;
import java.util.Set;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Protocol;
import io.mailscope.model.Trace;
import io.mailscope.session.CertificateTrustPrompt;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.RawSession;
import io.mailscope.session.Security;
import io.mailscope.session.SessionException;
import io.mailscope.session.SessionLimits;
import io.mailscope.session.TlsReport;
import io.mailscope.session.TranscriptEntry;

/** A session the caller drives line by line; see {@link RawSession}. */
public final class RawSessionImpl implements RawSession {

    private final MailEndpoint endpoint;
    private final SessionRecorder recorder;
    private final LineConnection connection;
    private final ProtocolClient client;
    private final TlsHandshake handshake;
    private List<String> greeting = List.of();
    private volatile boolean closed;
    private boolean opened;

    public RawSessionImpl(MailEndpoint endpoint, SessionLimits limits, Set<String> trustedFingerprints, SessionRecorder recorder,
            InterceptionProducts interception) {
        this(endpoint, limits, trustedFingerprints, recorder, interception, null);
    }

    /** @param trustPrompt asked about a chain that is not trusted otherwise (null: such a chain is rejected) */
    public RawSessionImpl(MailEndpoint endpoint, SessionLimits limits, Set<String> trustedFingerprints, SessionRecorder recorder,
            InterceptionProducts interception, CertificateTrustPrompt trustPrompt) {
        this.endpoint = endpoint;
        this.recorder = recorder;
        this.connection = new LineConnection(recorder, limits);
        this.client = new ProtocolClient(connection, endpoint.protocol());
        this.handshake = new TlsHandshake(endpoint, endpoint.host(), trustedFingerprints, interception, trustPrompt);
    }

    @Override
    public void open() throws SessionException {
        if (opened) {
            return;
        }
        opened = true;
        try {
            connection.connect(connection.resolve(endpoint.host()), endpoint.port());
            if (endpoint.security() == Security.IMPLICIT) {
                connection.startTls(handshake, endpoint.host(), endpoint.port());
            }
            greeting = client.greeting().lines();
        } catch (SessionFailure e) {
            throw ended(e);
        }
    }

    /** Closes the session after a failure and reports it with the transcript so far. */
    private SessionException ended(SessionFailure e) {
        closed = true;
        connection.close();
        return new SessionException(e.getMessage(), recorder.entries());
    }

    @Override
    public MailEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public List<String> greeting() {
        return greeting;
    }

    @Override
    public List<String> command(String line) throws SessionException {
        if (closed) {
            throw new SessionException("the session is closed", recorder.entries()); //$NON-NLS-1$
        }
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("one line at a time: the text holds a line break"); //$NON-NLS-1$
        }
        try {
            List<String> reply = client.send(line).lines();
            String verb = ProtocolClient.firstWord(endpoint.protocol() == Protocol.IMAP && line.indexOf(' ') > 0
                    ? line.substring(line.indexOf(' ') + 1) : line);
            if (verb.equals("QUIT") || verb.equals("LOGOUT")) { //$NON-NLS-1$ //$NON-NLS-2$
                recorder.connection(ConnectionEventKind.CLOSED_BY_CLIENT, "closed after " + verb); //$NON-NLS-1$
                closed = true;
                connection.close();
            }
            return reply;
        } catch (SessionFailure e) {
            throw ended(e);
        }
    }

    @Override
    public boolean isOpen() {
        return opened && !closed && connection.isOpen();
    }

    @Override
    public boolean inMessageData() {
        return client.inData();
    }

    @Override
    public List<String> awaitServer(java.time.Duration wait) throws SessionException {
        if (closed) {
            throw new SessionException("the session is closed", recorder.entries()); //$NON-NLS-1$
        }
        try {
            List<String> lines = new java.util.ArrayList<>();
            if (connection.awaitData(wait)) {
                connection.startReply();
                do {
                    lines.add(connection.readLine());
                } while (connection.buffered());
            }
            return lines;
        } catch (SessionFailure e) {
            throw ended(e);
        }
    }

    @Override
    public Trace traceSnapshot() {
        return recorder.snapshot();
    }

    @Override
    public List<String> startTls() throws SessionException {
        String verb = endpoint.protocol() == Protocol.POP3 ? "STLS" : "STARTTLS"; //$NON-NLS-1$ //$NON-NLS-2$
        List<String> reply = command(endpoint.protocol() == Protocol.IMAP ? client.nextTag() + " " + verb : verb); //$NON-NLS-1$
        String last = reply.isEmpty() ? "" : reply.get(reply.size() - 1); //$NON-NLS-1$
        boolean ok = last.startsWith("+OK") || last.startsWith("220") || last.matches("\\S+ OK.*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (ok) {
            try {
                connection.startTls(handshake, endpoint.host(), endpoint.port());
            } catch (SessionFailure e) {
                throw ended(e);
            }
        }
        return reply;
    }

    @Override
    public TlsReport tls() {
        return connection.tls();
    }

    @Override
    public String equivalentCommand() {
        return EquivalentCommand.raw(endpoint);
    }

    @Override
    public List<TranscriptEntry> transcript() {
        return recorder.entries();
    }

    @Override
    public Trace trace() {
        return recorder.trace();
    }

    @Override
    public Diagnosis finish() {
        close();
        return recorder.finish();
    }

    @Override
    public void cancel() {
        connection.cancel();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            recorder.connection(ConnectionEventKind.CLOSED_BY_CLIENT, "closed by the user"); //$NON-NLS-1$
        }
        connection.close();
    }
}
