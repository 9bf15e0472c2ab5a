package io.mailscope.session.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Direction;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.Protocol;
import io.mailscope.model.TlsState;
import io.mailscope.model.Trace;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.Security;
import io.mailscope.session.TranscriptEntry;
import io.mailscope.session.TranscriptListener;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.internal.conversation.ConversationBuilder;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceRecord;

/**
 * Records a live session: each event becomes a masked {@link TranscriptEntry} and a trace record, which the same
 * conversation builder the importer uses turns into the trace model while the diagnosis run sees every event as it
 * happens. Line numbers are the entries' numbers, so findings cite them as they cite a file's lines.
 * <p>
 * Memory: the transcript keeps at most {@link #MAX_ENTRIES} entries (the rest are counted); the trace is bounded by
 * the conversation builder's own limits.
 */
public final class SessionRecorder {

    public static final int MAX_ENTRIES = 20_000;
    /** The trace format id of live sessions (not an importable format: the trace was recorded, not parsed). */
    public static final String FORMAT_ID = "io.mailscope.session.live"; //$NON-NLS-1$
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC); //$NON-NLS-1$

    private final MailEndpoint endpoint;
    private final SessionMasking masking;
    private final TranscriptListener listener;
    private final DiagnosisRun diagnosis;
    private final ConversationBuilder builder;
    private final Trace trace;
    private final long startNanos = System.nanoTime();
    private final List<TranscriptEntry> entries = new ArrayList<>();
    private int line;
    private int dropped;
    private long bytes;
    private boolean finished;
    private Diagnosis result;

    /**
     * @param diagnosis the run that diagnoses the session while it goes (null: record only)
     * @param codes resolves an HRESULT to its catalog entry
     */
    public SessionRecorder(MailEndpoint endpoint, SessionMasking masking, TranscriptListener listener, DiagnosisRun diagnosis,
            IntFunction<ErrorCode> codes) {
        this.endpoint = endpoint;
        this.masking = masking;
        this.listener = listener == null ? TranscriptListener.NONE : listener;
        this.diagnosis = diagnosis;
        trace = MailscopeFactory.eINSTANCE.createTrace();
        trace.setSource(endpoint.uri());
        trace.setFormatId(FORMAT_ID);
        trace.setFormatName("Live session (Mailscope)"); //$NON-NLS-1$
        builder = new ConversationBuilder(trace, diagnosis == null ? new TraceListener() {
            // no diagnosis: the trace is only recorded
        } : diagnosis, codes, false);
        builder.accept(new TraceRecord.Endpoint(TraceRecord.CURRENT, endpoint.protocol(), endpoint.host(), endpoint.port(),
                "Mailscope live session", tlsState(endpoint.security(), false))); //$NON-NLS-1$
    }

    private static TlsState tlsState(Security security, boolean established) {
        return switch (security) {
            case IMPLICIT -> TlsState.IMPLICIT;
            case STARTTLS -> established ? TlsState.STARTTLS : TlsState.NONE;
            case NONE -> TlsState.NONE;
        };
    }

    public SessionMasking masking() {
        return masking;
    }

    public Protocol protocol() {
        return endpoint.protocol();
    }

    /** A line the client sent; {@code saslData} marks an answer to a SASL challenge (secret as a whole). */
    public synchronized void sent(String line, boolean saslData) {
        String masked = masking.clientLine(endpoint.protocol(), line, saslData);
        Span span = entry(TranscriptEntry.Kind.SENT, masked);
        builder.accept(new TraceRecord.Wire(span, Direction.CLIENT, endpoint.protocol(), masked));
    }

    /** A line the server sent. */
    public synchronized void received(String line) {
        String text = masking.serverLine(line);
        Span span = entry(TranscriptEntry.Kind.RECEIVED, text);
        builder.accept(new TraceRecord.Wire(span, Direction.SERVER, endpoint.protocol(), text));
    }

    /** Connecting, connected, refused, timed out, closed, TLS started or failed. */
    public synchronized void connection(ConnectionEventKind kind, String text) {
        String masked = masking.text(text);
        boolean tls = kind == ConnectionEventKind.TLS_STARTED || kind == ConnectionEventKind.TLS_FAILED;
        Span span = entry(tls ? TranscriptEntry.Kind.TLS : TranscriptEntry.Kind.CONNECTION, masked);
        builder.accept(new TraceRecord.Connection(span, kind, masked));
        if (kind == ConnectionEventKind.TLS_STARTED) {
            builder.accept(new TraceRecord.Endpoint(TraceRecord.CURRENT, endpoint.protocol(), endpoint.host(), endpoint.port(),
                    null, tlsState(endpoint.security(), true)));
        }
    }

    /** Certificate details and other TLS facts: kept as other lines of the trace. */
    public synchronized void tls(String text) {
        String masked = masking.text(text);
        builder.accept(new TraceRecord.Other(entry(TranscriptEntry.Kind.TLS, masked), masked));
    }

    /**
     * What the engine did or decided: text the engine wrote (server replies quoted in it are not credentials, and a
     * capability list such as {@code AUTH PLAIN LOGIN} must stay readable), so only the session's known secrets are
     * removed.
     */
    public synchronized void note(String text) {
        String masked = masking.scrub(text);
        builder.accept(new TraceRecord.Other(entry(TranscriptEntry.Kind.NOTE, masked), masked));
    }

    private Span entry(TranscriptEntry.Kind kind, String text) {
        line++;
        long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
        bytes += text.length() + 2;
        TranscriptEntry entry = new TranscriptEntry(line, elapsed, kind, text);
        if (entries.size() < MAX_ENTRIES) {
            entries.add(entry);
        } else {
            dropped++;
        }
        listener.recorded(entry);
        return new Span(line, line, bytes, TIME.format(Instant.now()));
    }

    public synchronized List<TranscriptEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** @return entries not kept because the transcript reached {@link #MAX_ENTRIES} */
    public synchronized int droppedEntries() {
        return dropped;
    }

    public Trace trace() {
        return trace;
    }

    /** @return a copy of the trace as recorded so far, taken while no event is being recorded */
    public synchronized Trace snapshot() {
        Trace copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(trace);
        copy.setLineCount(line);
        copy.setByteCount(bytes);
        return copy;
    }

    /** Ends the session's trace (once) and returns the diagnosis (null when recording without diagnosis). */
    public synchronized Diagnosis finish() {
        if (!finished) {
            finished = true;
            if (dropped > 0) {
                builder.accept(new TraceRecord.Problem(0, dropped + " transcript entries beyond " + MAX_ENTRIES //$NON-NLS-1$
                        + " were diagnosed but not kept")); //$NON-NLS-1$
            }
            trace.setLineCount(line);
            trace.setByteCount(bytes);
            builder.finish();
            result = diagnosis == null ? null : diagnosis.finish(trace);
        }
        return result;
    }
}
