package io.mailscope.trace.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;

/** Compact descriptions of an imported trace, for comparing two imports of the same text. */
public final class TraceShapes {

    private TraceShapes() {
    }

    /**
     * @return one line per protocol line of the model: session number (1-based, order of the sessions), direction,
     *         source lines, byte offset and text
     */
    public static List<String> protocolLines(Trace trace) {
        List<String> lines = new ArrayList<>();
        List<Session> sessions = trace.getSessions();
        for (int s = 0; s < sessions.size(); s++) {
            for (Exchange exchange : sessions.get(s).getExchanges()) {
                if (exchange.getCommand() != null) {
                    lines.add(describe(s + 1, exchange.getCommand()));
                }
                for (ProtocolLine reply : exchange.getReplyLines()) {
                    lines.add(describe(s + 1, reply));
                }
            }
        }
        return lines;
    }

    public static String describe(int session, ProtocolLine line) {
        return describe(session, String.valueOf(line.getDirection()), line.getFirstLine(), line.getLastLine(),
                line.getOffset(), line.getText());
    }

    public static String describe(int session, String direction, int firstLine, int lastLine, long offset, String text) {
        return session + " " + direction + " L" + firstLine + "-" + lastLine + " @" + offset + " " + text;
    }

    /** @return the sessions and exchanges: verb, lines and reply texts (no offsets) */
    public static List<String> exchanges(Trace trace) {
        List<String> result = new ArrayList<>();
        for (Session session : trace.getSessions()) {
            result.add("session " + session.getProtocol() + " " + session.getExchangeCount());
            for (Exchange e : session.getExchanges()) {
                StringBuilder b = new StringBuilder(e.getVerb()).append(' ').append(e.isComplete());
                if (e.getCommand() != null) {
                    b.append(" L").append(e.getCommand().getFirstLine()).append(' ').append(e.getCommand().getText());
                }
                for (ProtocolLine reply : e.getReplyLines()) {
                    b.append(" | L").append(reply.getFirstLine()).append('-').append(reply.getLastLine()).append(' ')
                            .append(reply.getText());
                }
                result.add(b.toString());
            }
        }
        return result;
    }

    /** Creates a FIFO with {@code mkfifo} (POSIX systems). */
    public static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("mkfifo " + path + " failed");
        }
        if (!Files.exists(path) || Files.isRegularFile(path)) {
            throw new IOException(path + " is no FIFO");
        }
        return path;
    }
}
