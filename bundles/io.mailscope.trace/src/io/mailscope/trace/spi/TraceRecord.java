package io.mailscope.trace.spi;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.model.RepairKind;
import io.mailscope.model.TlsState;

/**
 * What a parser reports. {@code connection} keys group records into sessions: records with the same key belong to
 * the same connection; the empty key means "the current connection" (import then starts a new session when a
 * connection is closed and another one begins, or the protocol changes).
 */
public sealed interface TraceRecord {

    /** The key for "the current connection". */
    String CURRENT = ""; //$NON-NLS-1$

    /**
     * A line that went over the wire.
     *
     * @param direction CLIENT or SERVER, or null when the format does not mark it (raw transcripts)
     * @param protocol the protocol when the format says so, else null (import infers it)
     * @param text the line as sent, without the format's prefix, timestamp or quoting; secrets still in it (import
     *            masks them before anything is stored)
     * @param context a thread or task id when the format interleaves several (Outlook's {@code THIS:}); commands
     *            and replies are paired within one context; empty when the format has none
     */
    record Wire(Span span, Direction direction, Protocol protocol, String text, String connection, String context)
            implements TraceRecord {
        public Wire(Span span, Direction direction, Protocol protocol, String text) {
            this(span, direction, protocol, text, CURRENT, CURRENT);
        }
    }

    /** Connected, refused, closed, timed out, TLS started or failed, DNS failure. */
    record Connection(Span span, ConnectionEventKind kind, String text, String connection) implements TraceRecord {
        public Connection(Span span, ConnectionEventKind kind, String text) {
            this(span, kind, text, CURRENT);
        }
    }

    /**
     * A status the client reported: an HRESULT (hrStatus, error dialog) or, with {@code value} 0, an error text
     * without a code (library exception).
     */
    record Status(Span span, int value, String text, String connection) implements TraceRecord {
        public Status(Span span, int value, String text) {
            this(span, value, text, CURRENT);
        }
    }

    /**
     * The parser knows that a connection is over (its task ended, the next connection began): import ends that
     * session now instead of at the end of the input, which keeps memory bounded for long logs with many
     * connections. Records with the same key that come later start a new session.
     */
    record End(Span span, String connection) implements TraceRecord {
    }

    /** Facts about a connection: any field may be null (port 0) when not known. */
    record Endpoint(String connection, Protocol protocol, String host, int port, String clientProduct, TlsState tls)
            implements TraceRecord {
    }

    /** A line that is not protocol: client commentary, headers, noise. Kept with its line numbers. */
    record Other(Span span, String text) implements TraceRecord {
    }

    /** Something the parser changed to make sense of the input (joined a wrapped line, separated entries…). */
    record Repair(Span span, RepairKind kind, String description) implements TraceRecord {
    }

    /** Something wrong with the input that the user should know. */
    record Problem(int line, String message) implements TraceRecord {
    }
}
