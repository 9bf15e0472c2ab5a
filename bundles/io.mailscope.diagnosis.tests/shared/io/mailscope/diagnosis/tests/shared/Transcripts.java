package io.mailscope.diagnosis.tests.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.FrameworkUtil;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Exchange;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.Protocol;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.HResult;

/**
 * Test-only: builds a trace model from a plain transcript, one source line per text line (numbered from 1), so rule
 * tests can run before and independently of the importer. Syntax:
 * <pre>
 * * session POP3 pop.example.net:110    starts a session (SMTP, POP3, IMAP)
 * S: +OK ready                          a server line (before any command: the greeting)
 * C: USER alice                         a client command; server lines that follow are its reply
 * * closed-by-server [text]             a connection event (any ConnectionEventKind literal)
 * * status 0x800CCC0F [text]            a code the client reported
 * anything else                         a line that is not protocol
 * </pre>
 * An exchange is complete when its reply is: POP3 multi-line replies end in ".", SMTP with a final "NNN " line, IMAP
 * with the tagged line.
 */
public final class Transcripts {

    private static final MailscopeFactory F = MailscopeFactory.eINSTANCE;

    private Transcripts() {
    }

    /** @return the transcript testfiles/transcripts/{name} of this bundle */
    public static String read(String name) {
        try (InputStream in = FrameworkUtil.getBundle(Transcripts.class).getEntry("testfiles/transcripts/" + name).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Trace parse(String name, String text) {
        Trace trace = F.createTrace();
        trace.setSource(name);
        trace.setFormatId("test.transcript");
        Session session = null;
        Exchange exchange = null;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.startsWith("* ")) {
                String[] words = line.substring(2).split("\\s+", 3);
                if (words[0].equals("session")) {
                    session = F.createSession();
                    session.setProtocol(Protocol.get(words[1]) != null ? Protocol.get(words[1]) : Protocol.UNKNOWN);
                    if (words.length > 2) {
                        String[] hostPort = words[2].split(":");
                        session.setHost(hostPort[0]);
                        session.setPort(hostPort.length > 1 ? Integer.parseInt(hostPort[1]) : 0);
                    }
                    trace.getSessions().add(session);
                    exchange = null;
                } else if (words[0].equals("status")) {
                    StatusEvent status = F.createStatusEvent();
                    status.setValue(HResult.parse(words[1]).orElseThrow().value());
                    status.setText(line.substring(2));
                    status.setFirstLine(lineNo);
                    status.setLastLine(lineNo);
                    status.setSession(session);
                    trace.getStatusEvents().add(status);
                } else {
                    ConnectionEventKind kind = ConnectionEventKind.get(words[0]);
                    if (kind == null) {
                        throw new IllegalArgumentException("line " + lineNo + ": unknown event " + words[0]);
                    }
                    ConnectionEvent event = F.createConnectionEvent();
                    event.setKind(kind);
                    event.setText(line.substring(2));
                    event.setFirstLine(lineNo);
                    event.setLastLine(lineNo);
                    requireSession(session, lineNo).getConnectionEvents().add(event);
                }
                continue;
            }
            if (line.startsWith("C: ") || line.equals("C:")) {
                Session s = requireSession(session, lineNo);
                exchange = F.createExchange();
                ProtocolLine command = protocolLine(Direction.CLIENT, line.substring(Math.min(3, line.length())), lineNo);
                exchange.setCommand(command);
                String[] words = command.getText().strip().split("\\s+");
                if (s.getProtocol() == Protocol.IMAP && words.length > 1) {
                    exchange.setTag(words[0]);
                    exchange.setVerb(words[1].toUpperCase(Locale.ROOT));
                } else {
                    exchange.setVerb(words[0].toUpperCase(Locale.ROOT));
                }
                s.getExchanges().add(exchange);
                s.setExchangeCount(s.getExchangeCount() + 1);
                continue;
            }
            if (line.startsWith("S: ") || line.equals("S:")) {
                Session s = requireSession(session, lineNo);
                if (exchange == null) {
                    exchange = F.createExchange();
                    exchange.setVerb("GREETING");
                    s.getExchanges().add(exchange);
                    s.setExchangeCount(s.getExchangeCount() + 1);
                }
                exchange.getReplyLines().add(protocolLine(Direction.SERVER, line.substring(Math.min(3, line.length())), lineNo));
                continue;
            }
            trace.setOtherLineCount(trace.getOtherLineCount() + 1);
        }
        trace.getSessions().forEach(s -> s.getExchanges().forEach(e -> e.setComplete(complete(s.getProtocol(), e))));
        trace.setLineCount(lines.size());
        return trace;
    }

    private static Session requireSession(Session session, int lineNo) {
        if (session == null) {
            throw new IllegalArgumentException("line " + lineNo + ": '* session PROTOCOL' must come first");
        }
        return session;
    }

    private static ProtocolLine protocolLine(Direction direction, String text, int lineNo) {
        ProtocolLine line = F.createProtocolLine();
        line.setDirection(direction);
        line.setText(text);
        line.setFirstLine(lineNo);
        line.setLastLine(lineNo);
        return line;
    }

    private static boolean complete(Protocol protocol, Exchange e) {
        if (e.getReplyLines().isEmpty()) {
            return false;
        }
        if (e.getCommand() == null) {
            return true; // a greeting is one reply (IMAP "* OK", "* BYE" included), as the importer completes it
        }
        String first = e.getReplyLines().get(0).getText();
        String last = e.getReplyLines().get(e.getReplyLines().size() - 1).getText();
        String command = e.getCommand() == null ? "" : e.getCommand().getText().strip().toUpperCase(Locale.ROOT);
        return switch (protocol) {
            case POP3 -> {
                boolean multiLine = first.startsWith("+OK") && (command.startsWith("RETR") || command.startsWith("TOP")
                        || command.equals("CAPA") || command.equals("LIST") || command.equals("UIDL"));
                yield !multiLine || last.equals(".");
            }
            case SMTP -> last.matches("^\\d{3}( .*)?$");
            case IMAP -> e.getTag() == null ? !last.startsWith("* ") : last.startsWith(e.getTag() + " ");
            default -> true;
        };
    }
}
