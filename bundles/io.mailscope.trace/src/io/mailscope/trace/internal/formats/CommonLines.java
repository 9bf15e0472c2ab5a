package io.mailscope.trace.internal.formats;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Protocol;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * Recognisers shared by several formats: connection messages of tools and libraries, exception texts, HRESULTs in
 * client messages, URL schemes. Pure Java.
 */
final class CommonLines {

    private static final Pattern HRESULT = Pattern.compile("(?i)\\b0x(8[0-9a-f]{7})\\b"); //$NON-NLS-1$
    private static final Pattern EXCEPTION = Pattern.compile(
            "^(?:EXC |Exception in thread \"[^\"]*\" |Caused by: |\\s*nested exception is:\\s*)?((?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error))(?::\\s*(.*))?$"); //$NON-NLS-1$
    /** the .NET debugger's output window: "Exception thrown: 'MailKit.Net.Imap.ImapProtocolException' in MailKit.dll" */
    private static final Pattern DEBUGGER_EXCEPTION = Pattern.compile(
            "^Exception thrown: '((?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error))'(?: (in .*))?$"); //$NON-NLS-1$
    private static final Pattern HOST_PORT = Pattern.compile("(?i)(?:to |host \"?)(\\[?[\\w.:-]+\\]?)(?:\"?,? port:? |:| on port |/)(\\d{1,5})"); //$NON-NLS-1$

    private static final Pattern TIMEOUT = Pattern.compile("(?<![\\w=])timeout(?!\\s*[=:(])(?!\\w)"); //$NON-NLS-1$

    private CommonLines() {
    }

    /** @return the connection event kind a free-text tool or library message describes, or null */
    static ConnectionEventKind connectionKind(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("connection refused") || t.contains("actively refused") || t.contains("econnrefused")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return ConnectionEventKind.REFUSED;
        }
        if (t.contains("timed out") || TIMEOUT.matcher(t).find() || t.contains("etimedout")) { //$NON-NLS-1$ //$NON-NLS-2$
            return ConnectionEventKind.TIMEOUT;
        }
        if (t.contains("unknownhostexception") || t.contains("could not resolve") || t.contains("name or service not known") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || t.contains("enotfound") || t.contains("no such host")) { //$NON-NLS-1$ //$NON-NLS-2$
            return ConnectionEventKind.DNS_FAILED;
        }
        if (t.contains("sslhandshakeexception") || t.contains("handshake failure") || t.contains("unable to connect ssl") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || t.contains("tls negotiation failed") || t.contains("ssl routines") || t.contains("certificate verify failed")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return ConnectionEventKind.TLS_FAILED;
        }
        if (t.contains("connection closed by foreign host") || t.contains("connection reset") //$NON-NLS-1$ //$NON-NLS-2$
                || t.contains("closed by remote") || t.contains("connection closed with remote host") //$NON-NLS-1$ //$NON-NLS-2$
                || t.contains("unexpectedly terminated") || t.contains("connection closed by server") //$NON-NLS-1$ //$NON-NLS-2$
                || t.contains("socketexception") || t.contains("broken pipe") || t.contains("[eof]") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || t.contains("connection lost") || t.contains("econnreset") //$NON-NLS-1$ //$NON-NLS-2$
                || t.contains("remote host closed") || t.contains("closed connection in response to") //$NON-NLS-1$ //$NON-NLS-2$
                || (t.contains("connection closed") && t.contains("error"))) { //$NON-NLS-1$ //$NON-NLS-2$
            return ConnectionEventKind.CLOSED_BY_SERVER;
        }
        if (t.startsWith("trying ") || t.contains("connecting to ") || t.contains("trying to connect")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return ConnectionEventKind.CONNECTING;
        }
        if (t.startsWith("connected to ") || t.contains("connected to host") || t.equals("connected") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || t.contains("connection: opened") || t.contains(" connected.") || t.contains("connected (success)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || t.startsWith("connected!")) { //$NON-NLS-1$
            return ConnectionEventKind.CONNECTED;
        }
        if (t.contains("tls started") || t.contains("ssl connection using") || t.startsWith("new, tlsv") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || t.contains("secure connection established")) { //$NON-NLS-1$
            return ConnectionEventKind.TLS_STARTED;
        }
        if (t.contains("closing connection") || t.contains("disconnected from host") || t.contains("connection: closed")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return ConnectionEventKind.CLOSED_BY_CLIENT;
        }
        return null;
    }

    /** @return the exception class and message of a library exception line, or null */
    static String[] exception(String text) {
        String t = text.strip();
        Matcher m = EXCEPTION.matcher(t);
        if (!m.matches() && t.startsWith("Exception thrown: '")) { //$NON-NLS-1$
            m = DEBUGGER_EXCEPTION.matcher(t);
        }
        return m.matches() ? new String[] { m.group(1), m.group(2) == null ? "" : m.group(2) } : null; //$NON-NLS-1$
    }

    /** @return the first failure HRESULT in the text (0x800CCC0F style), or 0 */
    static int hresult(String text) {
        if (text.indexOf("0x") < 0 && text.indexOf("0X") < 0) { //$NON-NLS-1$ //$NON-NLS-2$
            return 0;
        }
        Matcher m = HRESULT.matcher(text);
        return m.find() ? Integer.parseUnsignedInt(m.group(1), 16) : 0;
    }

    /** @return {host, port} mentioned in a connection message, or null */
    static String[] hostPort(String text) {
        Matcher m = HOST_PORT.matcher(text);
        return m.find() ? new String[] { m.group(1), m.group(2) } : null;
    }

    /**
     * A port number as a log writes it. Garbled or hostile logs carry digit runs of any length ("pop.example:201706231210"),
     * which are no port: they give 0, the model's "port not known", instead of failing the line.
     *
     * @param digits a run of ASCII digits
     * @return the port (1-65535), or 0 when the digits are no port
     */
    static int port(String digits) {
        if (digits.isEmpty() || digits.length() > 5) {
            return 0;
        }
        int value = Integer.parseInt(digits);
        return value <= 65_535 ? value : 0;
    }

    /** @return the protocol of a URL scheme or a port number, or UNKNOWN */
    static Protocol protocolOf(String schemeOrPort) {
        String s = schemeOrPort.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "pop", "pop3", "pops", "pop3s", "110", "995" -> Protocol.POP3; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            case "imap", "imaps", "143", "993" -> Protocol.IMAP; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "smtp", "smtps", "submission", "25", "465", "587", "2525" -> Protocol.SMTP; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            default -> Protocol.UNKNOWN;
        };
    }

    static Protocol protocolWord(String word) {
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "POP3", "POP" -> Protocol.POP3; //$NON-NLS-1$ //$NON-NLS-2$
            case "IMAP", "IMAP4" -> Protocol.IMAP; //$NON-NLS-1$ //$NON-NLS-2$
            case "SMTP", "ESMTP", "LMTP" -> Protocol.SMTP; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "NNTP" -> Protocol.NNTP; //$NON-NLS-1$
            case "HTTPMAIL" -> Protocol.HTTPMAIL; //$NON-NLS-1$
            default -> Protocol.UNKNOWN;
        };
    }

    /**
     * Reports a line that is not protocol: as a connection event, an exception (status + connection event), a
     * client error code (status), or an other line.
     */
    static void commentary(Span span, String text, TraceSink sink) {
        String[] exception = exception(text);
        ConnectionEventKind kind = connectionKind(text);
        int hr = hresult(text);
        if (exception != null) {
            if (kind != null && kind != ConnectionEventKind.CONNECTING && kind != ConnectionEventKind.CONNECTED) {
                sink.accept(new TraceRecord.Connection(span, kind, text.strip()));
            }
            sink.accept(new TraceRecord.Status(span, hr, text.strip()));
        } else if (hr != 0) {
            sink.accept(new TraceRecord.Status(span, hr, text.strip()));
        } else if (kind != null) {
            sink.accept(new TraceRecord.Connection(span, kind, text.strip()));
        } else {
            sink.accept(new TraceRecord.Other(span, text));
        }
    }
}
