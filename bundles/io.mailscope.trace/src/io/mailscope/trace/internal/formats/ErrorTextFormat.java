package io.mailscope.trace.internal.formats;

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
 */
public final class ErrorTextFormat implements TraceFormat {

    private static final Pattern ERROR_NUMBER = Pattern.compile("(?i)Error Number:\\s*(0x[0-9A-F]{8})"); //$NON-NLS-1$
    private static final Pattern REPORTED = Pattern.compile("(?i)reported error \\((0x[0-9A-F]{8})\\)"); //$NON-NLS-1$
    private static final Pattern SERVER = Pattern.compile("(?i)Server:\\s*'([^']*)'"); //$NON-NLS-1$
    private static final Pattern PROTOCOL = Pattern.compile("(?i)Protocol:\\s*(POP3|SMTP|IMAP|HTTPMail|NNTP)"); //$NON-NLS-1$
    private static final Pattern PORT = Pattern.compile("(?i)Port:?\\s*(\\d{1,5})"); //$NON-NLS-1$
    private static final Pattern SECURE = Pattern.compile("(?i)Secure ?\\(SSL\\):\\s*(Yes|No)"); //$NON-NLS-1$

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
        return sample.any(l -> CommonLines.hresult(l) != 0) ? 0.4 : 0;
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
        private int dialogs;

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            String text = line.text();
            Span span = Span.of(line);
            Matcher number = ERROR_NUMBER.matcher(text);
            Matcher reported = REPORTED.matcher(text);
            String hex = number.find() ? number.group(1) : reported.find() ? reported.group(1) : null;
            if (hex == null) {
                CommonLines.commentary(span, text, sink);
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
                sink.accept(new TraceRecord.Endpoint(connection, p, host, port.find() ? Integer.parseInt(port.group(1)) : 0, null,
                        secure.find() && secure.group(1).toLowerCase(Locale.ROOT).equals("yes") ? TlsState.IMPLICIT : null)); //$NON-NLS-1$
                sink.accept(new TraceRecord.Status(span, value, text.strip(), connection));
            } else {
                sink.accept(new TraceRecord.Status(span, value, text.strip()));
            }
        }
    }
}
