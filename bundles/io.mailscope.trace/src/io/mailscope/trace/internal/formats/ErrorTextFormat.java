package io.mailscope.trace.internal.formats;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.Protocol;
import io.mailscope.model.TlsState;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * What tickets often hold instead of a log: the text of an error dialog ("… Account: 'Work', Server:
 * 'pop.example.test', Protocol: POP3, Port: 110, Secure(SSL): No, Error Number: 0x800CCC0F", "Task 'Work - Receiving'
 * reported error (0x800CCC0F) : '…'") or a library's exception text. Each becomes a status event (linked to the
 * catalog by its HRESULT); the account, server, protocol and port of a dialog become the session's endpoint.
 * <p>
 * As the last resort for text no other format reads, it also takes what is pasted most often without any log around
 * it: a line that quotes a server's refusal (an SMTP reply with an enhanced status code, a POP3 {@code -ERR}, an IMAP
 * {@code NO [CODE]}) or a library's error (OpenSSL, getaddrinfo and socket errors, "Authentication failed"). Such a line
 * becomes a status without a code; what it says is read by the diagnosis.
 */
public final class ErrorTextFormat implements TraceFormat {

    private static final Pattern ERROR_NUMBER = Pattern.compile("(?i)Error Number:\\s*(0x[0-9A-F]{8})"); //$NON-NLS-1$
    private static final Pattern REPORTED = Pattern.compile("(?i)reported error \\((0x[0-9A-F]{8})\\)"); //$NON-NLS-1$
    private static final Pattern SERVER = Pattern.compile("(?i)Server:\\s*'([^']*)'"); //$NON-NLS-1$
    private static final Pattern PROTOCOL = Pattern.compile("(?i)Protocol:\\s*(POP3|SMTP|IMAP|HTTPMail|NNTP)"); //$NON-NLS-1$
    private static final Pattern PORT = Pattern.compile("(?i)Port:?\\s*(\\d{1,5})"); //$NON-NLS-1$
    /** the fields of a dialog's text ("Account: 'Work', Server: ..., Server Response: '...'") */
    private static final Pattern ACCOUNT_FIELD = Pattern.compile("(?i)\\bAccount:|Server Response:"); //$NON-NLS-1$
    private static final Pattern SECURE = Pattern.compile("(?i)Secure ?\\(SSL\\):\\s*(Yes|No)"); //$NON-NLS-1$
    /**
     * The shapes of a mail error without a log around it: a quoted refusal of one of the three protocols, or a
     * transport, TLS or authentication error of a library. Generic words alone ("error", "failed") are not enough.
     */
    private static final Pattern ERROR_SHAPE = Pattern.compile("(?i)" //$NON-NLS-1$
            + "\\b[45]\\d\\d[ -]#?[45]\\.\\d{1,3}\\.\\d{1,3}\\b" // SMTP reply with an enhanced status code //$NON-NLS-1$
            + "|\\b[45]\\.[1-7]\\.\\d{1,3} [A-Za-z]" // an enhanced status code alone, followed by its text //$NON-NLS-1$
            + "|(?:^|[\\s'\"(>:])-ERR\\b" // POP3 //$NON-NLS-1$
            + "|\\bNO \\[[A-Z-]+\\]|\\b(?:LOGIN|AUTHENTICATE) failed" // IMAP //$NON-NLS-1$
            + "|\\b[45]\\d\\d\\b[^\\n]{0,80}\\b(?:denied|rejected|not accepted|unknown|not authenticated|must issue|required|unavailable|exceed|too (?:big|large|long|many)|quota|full|relay|locked|in use|gateway)" //$NON-NLS-1$
            + "|SSL routines|certificate verif|self[- ]signed certificate|SELF_SIGNED_CERT|wrong version number|handshake fail|unsupported protocol|no shared cipher" //$NON-NLS-1$
            + "|RemoteCertificate|fingerprint does not match|Cannot start TLS" //$NON-NLS-1$
            // certificate errors as clients word them in one line ("SSL error connecting host: certificate has expired")
            + "|certificate (?:has )?expired|certificate is not (?:yet valid|trusted)|certificate (?:has been )?revoked|CERT_[A-Z_]{4,}" //$NON-NLS-1$
            + "|unable to (?:get local issuer|verify the first) certificate|(?:SSL|TLS) (?:error|alert)\\b" //$NON-NLS-1$
            // a client's or a mail server's own log saying that the other side closed the connection at a known point
            + "|closed (?:the )?connection in response to|Connection (?:unexpectedly|was unexpectedly) closed|unexpectedly (?:disconnected|terminated the connection)" //$NON-NLS-1$
            + "|Could not connect to (?:ssl|tls)://" //$NON-NLS-1$
            // a refusal that names a blocklist, and a library that got no greeting or another protocol's
            + "|blocked using|Spamhaus|\\bDNSBL\\b|(?:block|black) ?listed|Greeting never received|Cannot reach (?:the )?[\\w.-]{0,30} ?server|(?:IMAP|POP3?|SMTP) (?:server )?greeting\\W" //$NON-NLS-1$
            + "|getaddrinfo|\\bENOTFOUND\\b|\\bEAI_AGAIN\\b|Name or service not known|No such host is known|\\[Errno -[23]\\]" //$NON-NLS-1$
            + "|\\bECONNREFUSED\\b|Connection refused|actively refused|\\bETIMEDOUT\\b|Connection timed? ?out|\\bECONNRESET\\b|Connection reset by peer" //$NON-NLS-1$
            + "|socket error: EOF|socket closed while reading|Operation timed out|Autologout" //$NON-NLS-1$
            + "|Authentication (?:unsuccessful|failed|failure)|Invalid credentials|Logon failure|Password not accepted|Application-specific password" //$NON-NLS-1$
            + "|Client (?:was )?not authenticated|Must issue a STARTTLS|cleartext logins disabled|Relay(?:ing)? (?:access )?denied" //$NON-NLS-1$
            + "|send as this sender|SendAsDenied|Quota ?exceeded|mailbox (?:is )?(?:already )?(?:locked|full)|\\[IN-USE\\]" //$NON-NLS-1$
            + "|Too many (?:simultaneous )?connections|Maximum number of connections|message size exceeds|Message too big" //$NON-NLS-1$
            + "|MaxSubmissionExceeded|Unauthenticated senders|authentication (?:is )?required" //$NON-NLS-1$
            // a temporary refusal that states how long to wait ("422 try again in 15 seconds"): a rate limit
            + "|\\b4\\d\\d[ -][^\\n]{0,60}\\btry again in \\d+" //$NON-NLS-1$
            // a quoted SMTP reply without an enhanced code: the code, then words only mail servers answer with
            + "|(?:^|[\\s'\"`(>:=])[45]\\d\\d[ -](?:Error|Timeout|Service|Invalid|Bad|Syntax|Requested|Mailbox|Relay|Authentication|Message" //$NON-NLS-1$
            + "|Transaction|Sender|Recipient|User|Too many|Temporary|Local error|Insufficient|Command|Syntactically|closing|[\\w.-]+ Service closing)" //$NON-NLS-1$
            // RFC 5530 IMAP and RFC 2449/3206 POP3 response codes
            + "|\\[(?:OVERQUOTA|UNAVAILABLE|AUTHENTICATIONFAILED|AUTHORIZATIONFAILED|EXPIRED|PRIVACYREQUIRED|CONTACTADMIN|NOPERM|INUSE" //$NON-NLS-1$
            + "|CORRUPTION|SERVERBUG|CLIENTBUG|LIMIT|SYS/TEMP|SYS/PERM|LOGIN-DELAY)\\]" //$NON-NLS-1$
            + "|bare (?:line ?feeds?|LF|CR)\\b"); //$NON-NLS-1$

    /**
     * A success reply quoted in a line ("+OK Mailbox locked and ready", "250 2.0.0 Ok: queued") is no error, whatever
     * words it shares with one.
     */
    private static final Pattern POSITIVE_REPLY = Pattern.compile("(?:^|[\\s'\"`:])(?:\\+OK\\b|2\\d\\d[ -]2\\.\\d{1,3}\\.\\d{1,3}\\b)"); //$NON-NLS-1$
    private static final Pattern NEGATIVE_REPLY = Pattern.compile("-ERR|\\b[45]\\d\\d[ -]|\\b[45]\\.\\d{1,3}\\.\\d{1,3}\\b|\\bNO \\[|\\bBAD\\b"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        double dialogShare = sample.share(l -> ERROR_NUMBER.matcher(l).find() || REPORTED.matcher(l).find());
        if (dialogShare > 0) {
            // a dialog text pasted into a log is read by the log's format (as a status line); only text that is
            // mostly dialogs is this format's
            return dialogShare >= 0.3 || sample.share(l -> !l.isBlank()) < 0.5 ? 0.9 : 0.5;
        }
        if (sample.any(l -> CommonLines.exception(l) != null)) {
            return 0.45;
        }
        if (sample.any(l -> CommonLines.hresult(l) != 0)) {
            return 0.4;
        }
        // the last resort: just above the detection threshold, so that any format that reads the text as a log wins
        return sample.any(ErrorTextFormat::errorShape) ? 0.31 : 0;
    }

    /** @return true for a line with the shape of a mail error (see {@link #ERROR_SHAPE}) */
    public static boolean errorShape(String line) {
        return ERROR_SHAPE.matcher(line).find() && !(POSITIVE_REPLY.matcher(line).find() && !NEGATIVE_REPLY.matcher(line).find());
    }

    @Override
    public boolean claims(String line) {
        return ERROR_NUMBER.matcher(line).find() || REPORTED.matcher(line).find();
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    private static final class Parser implements TraceParser {
        /** A dialog pasted as the window wraps it has no more than this many lines before its "Error Number". */
        private static final int MAX_DIALOG_LINES = 12;
        private int dialogs;
        /** The lines of the current paragraph before this one (no blank line between): a wrapped dialog's start. */
        private final ArrayDeque<String> paragraph = new ArrayDeque<>();

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            String text = line.text();
            Span span = Span.of(line);
            if (text.isBlank()) {
                paragraph.clear();
            }
            Matcher errorNumber = ERROR_NUMBER.matcher(text);
            if (errorNumber.find() && !ACCOUNT_FIELD.matcher(text).find() && paragraph.stream().anyMatch(l -> ACCOUNT_FIELD.matcher(l).find())) {
                // a dialog copied as the window wrapped it: the server's response and the account fields stand on the
                // lines above its "Error Number"; the status reads the whole dialog
                text = String.join(" ", paragraph).strip() + " " + text.strip(); //$NON-NLS-1$ //$NON-NLS-2$
                paragraph.clear();
            } else if (!text.isBlank()) {
                if (paragraph.size() == MAX_DIALOG_LINES) {
                    paragraph.removeFirst();
                }
                paragraph.addLast(text.strip());
            }
            Matcher number = ERROR_NUMBER.matcher(text);
            Matcher reported = REPORTED.matcher(text);
            String hex = number.find() ? number.group(1) : reported.find() ? reported.group(1) : null;
            if (hex == null) {
                if (errorShape(text) && CommonLines.hresult(text) == 0 && CommonLines.exception(text) == null) {
                    // a bare error text: what it says is read from the status, not taken for a connection event (an
                    // exception keeps its commentary: a status, and the connection event its class names)
                    sink.accept(new TraceRecord.Status(span, 0, text.strip()));
                } else {
                    CommonLines.commentary(span, text, sink);
                }
                return;
            }
            Matcher protocol = PROTOCOL.matcher(text);
            Matcher server = SERVER.matcher(text);
            Protocol p = protocol.find() ? CommonLines.protocolWord(protocol.group(1)) : Protocol.UNKNOWN;
            String host = server.find() ? server.group(1) : null;
            int value = Integer.parseUnsignedInt(hex.substring(2), 16);
            if (p != Protocol.UNKNOWN || host != null) {
                String connection = "dialog-" + (++dialogs); //$NON-NLS-1$
                Matcher port = PORT.matcher(text);
                Matcher secure = SECURE.matcher(text);
                sink.accept(new TraceRecord.Endpoint(connection, p, host, port.find() ? CommonLines.port(port.group(1)) : 0, null,
                        secure.find() && secure.group(1).toLowerCase(Locale.ROOT).equals("yes") ? TlsState.IMPLICIT : null)); //$NON-NLS-1$
                sink.accept(new TraceRecord.Status(span, value, text.strip(), connection));
            } else {
                sink.accept(new TraceRecord.Status(span, value, text.strip()));
            }
        }
    }
}
