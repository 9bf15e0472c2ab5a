package io.mailscope.session.internal;

import java.util.List;
import java.util.Set;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Protocol;
import io.mailscope.model.Trace;
import io.mailscope.session.CertificateTrustPrompt;
import io.mailscope.session.Credential;
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
    /** The reply to the last EHLO/HELO sent (SMTP), or null. */
    private List<String> ehlo;
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
            if (endpoint.protocol() == Protocol.SMTP && (verb.equals("EHLO") || verb.equals("HELO"))) { //$NON-NLS-1$ //$NON-NLS-2$
                ehlo = reply; // Log In picks its mechanism from what the server offered here
            }
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
    public List<String> logIn(Credential credential) throws SessionException {
        if (closed) {
            throw new SessionException("the session is closed", recorder.entries()); //$NON-NLS-1$
        }
        String user = endpoint.user();
        if (user == null) {
            throw new IllegalStateException("no user name to log in with: " + endpoint.uri()); //$NON-NLS-1$
        }
        String secret = credential.reveal();
        recorder.masking().addSecret(user, secret);
        boolean token = credential.kind() == Credential.Kind.OAUTH_TOKEN;
        try {
            String mechanism = switch (endpoint.protocol()) {
                case POP3 -> token ? "XOAUTH2" : "USER"; //$NON-NLS-1$ //$NON-NLS-2$
                case IMAP -> token ? "XOAUTH2" : "LOGIN-COMMAND"; //$NON-NLS-1$ //$NON-NLS-2$
                default -> token ? "XOAUTH2" : smtpMechanism(); //$NON-NLS-1$
            };
            return new Authentication(client, endpoint.protocol()).logIn(mechanism, user, secret).lines();
        } catch (SessionFailure e) {
            throw ended(e);
        }
    }

    /** @return what a client would pick from the EHLO reply (sending EHLO first when the session has not) */
    private String smtpMechanism() throws SessionFailure {
        if (ehlo == null) {
            ehlo = client.send("EHLO " + Authentication.CLIENT_NAME).lines(); //$NON-NLS-1$
        }
        List<String> offered = Authentication.smtpMechanisms(ehlo);
        // PLAIN when nothing is offered too: the server's refusal is what the engineer needs to see
        return offered.contains("PLAIN") || offered.isEmpty() ? "PLAIN" : offered.contains("LOGIN") ? "LOGIN" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                : offered.contains("CRAM-MD5") ? "CRAM-MD5" : "PLAIN"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public String withTag(String typed) {
        return endpoint.protocol() == Protocol.IMAP ? client.withTag(typed) : typed;
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
