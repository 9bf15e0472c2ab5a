package io.mailscope.headless.internal.classpath;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The large input of the AOT training run ({@link ClassPathTraining}): an Outlook 2000-2002 troubleshooting log of
 * healthy POP3 checks for mail, written as that client writes them (each {@code Callback::LogText} entry over three
 * physical lines, the task's {@code Callback::ReportStatus} entries between them, now and then two entries in one
 * physical line), followed by the bundled 0x800CCC97 sample. It is large enough for the import's large-input path: read
 * on a parse thread of its own (from 8 MiB on), the model full after its first 2 000 sessions, the later sessions'
 * routine runs matched by the run workers on their chunks of a mapping and counted instead of parsed. A command on
 * a large log then finds those classes loaded, linked and their call sites resolved in the cache, as the small
 * samples leave the start-up's. Written to a temporary file (the run workers read a file at any offset), never shipped.
 */
public final class LegacyTrainingTrace {

    /**
     * Size written: above the import's parse-thread threshold (8 MiB) and about 4 MiB beyond the 2 000 sessions the
     * model keeps (about 4 KB each), i.e. a few of the run workers' 1 MiB chunks.
     */
    public static final long BYTES = 12L << 20;
    private static final int WRAP = 76;

    private final Writer out;
    /** status entries of the session's task, written between its LogText entries */
    private final Deque<String[]> status = new ArrayDeque<>();
    private long written;
    private int session;
    private int second;
    /** the session's time stamp (the sessions are a second or more apart, all lines of one have the same) */
    private String time = "2003.07.11 08:00:00"; //$NON-NLS-1$

    private LegacyTrainingTrace(Writer out) {
        this.out = out;
    }

    /**
     * Writes the log to a new temporary file (the caller deletes it).
     *
     * @param sample an Outlook 2000-2002 log appended at the end (the failure a real log ends with), or null
     */
    public static Path write(Path sample) throws IOException {
        Path file = Files.createTempFile("mailscope-aot-training-", ".log"); //$NON-NLS-1$ //$NON-NLS-2$
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1), 1 << 16)) {
            LegacyTrainingTrace trace = new LegacyTrainingTrace(w);
            trace.line("2003.07.11 08:00:00 <<<< Logging Started (level is LTF_TRACE) >>>>"); //$NON-NLS-1$
            trace.line("2003.07.11 08:00:00 Successfully initialized the resource manager"); //$NON-NLS-1$
            while (trace.written < BYTES) {
                trace.session();
            }
            if (sample != null) {
                for (String line : Files.readAllLines(sample, StandardCharsets.ISO_8859_1)) {
                    trace.line(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write("\r\n"); //$NON-NLS-1$
        written += text.length() + 2;
    }

    private static String time(int second) {
        return String.format("2003.07.%02d %02d:%02d:%02d", 11 + second / 86_400 % 18, 8 + second / 3600 % 16, //$NON-NLS-1$
                second / 60 % 60, second % 60);
    }

    /** @return the THIS value of the session's task {@code prefix} (20 the transport, 21 the POP3 task) */
    private String context(int prefix) {
        String hex = Integer.toHexString(session & 0xffffff);
        return prefix + "000000".substring(hex.length()) + hex; //$NON-NLS-1$
    }

    /** One check for mail: connect, log in, 0-3 messages listed by STAT, UIDL and LIST, quit. */
    private void session() throws IOException {
        session++;
        second += 1 + session % 3;
        time = time(second);
        String transport = context(20);
        String task = context(21);
        int messages = session % 4;
        int size = 1000 + session * 7919 % 90_000;
        logText(transport, "POP3: Connected to host"); //$NON-NLS-1$
        logText(transport, "POP3: <rx> +OK POP3 server ready <" + session + ".1057932671@pop.example.test>"); //$NON-NLS-1$ //$NON-NLS-2$
        status(task, "RSF_CONNECTED) Progress = 1/6"); //$NON-NLS-1$
        exchange(transport, "USER customer" + session % 5000, "+OK Need a password"); //$NON-NLS-1$ //$NON-NLS-2$
        exchange(transport, "PASS ********", "+OK Logged in."); //$NON-NLS-1$ //$NON-NLS-2$
        status(task, "RSF_INPROGRESS) Progress = 2/6"); //$NON-NLS-1$
        exchange(transport, "STAT", "+OK " + messages + " " + messages * size); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String[] uidl = new String[messages + 2];
        String[] list = new String[messages + 2];
        uidl[0] = "+OK "; //$NON-NLS-1$
        list[0] = "+OK " + messages + " messages (" + messages * size + " octets)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (int m = 1; m <= messages; m++) {
            uidl[m] = m + " " + Integer.toHexString(session * 31 + m) + "-uid"; //$NON-NLS-1$ //$NON-NLS-2$
            list[m] = m + " " + size; //$NON-NLS-1$
        }
        uidl[messages + 1] = "."; //$NON-NLS-1$
        list[messages + 1] = "."; //$NON-NLS-1$
        exchange(transport, "UIDL", uidl); //$NON-NLS-1$
        status(task, "RSF_INPROGRESS) Progress = 4/6"); //$NON-NLS-1$
        exchange(transport, "LIST", list); //$NON-NLS-1$
        status(task, "RSF_INPROGRESS) Progress = 5/6"); //$NON-NLS-1$
        logText(task, "CPOPQuitTask: Begin execution"); //$NON-NLS-1$
        logText(transport, "POP3: Disconnecting from host"); //$NON-NLS-1$
        exchange(transport, "QUIT", "+OK POP3 server signing off."); //$NON-NLS-1$ //$NON-NLS-2$
        logText(transport, "POP3: Disconnected from host"); //$NON-NLS-1$
        status(task, "RSF_COMPLETED, hrStatus = 0x00000000)"); //$NON-NLS-1$
        while (!status.isEmpty()) {
            writeStatus(false);
        }
    }

    private void exchange(String context, String command, String... replies) throws IOException {
        logText(context, "POP3: [tx] " + command); //$NON-NLS-1$
        for (String reply : replies) {
            logText(context, "POP3: <rx> " + reply); //$NON-NLS-1$
        }
    }

    private void status(String task, String phase) {
        status.add(new String[] { time + " Callback::ReportStatus[THIS: " + task + "]", "(ulAsynchPhase = " + phase }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** A LogText entry: header, flags, and the quoted text wrapped at 76 columns as the log's readers wrap it. */
    private void logText(String context, String text) throws IOException {
        String t = time;
        line(t + " Callback::LogText[THIS: " + context + "] (flags ="); //$NON-NLS-1$ //$NON-NLS-2$
        line("LTF_TRACE, hr = 00000000, code = 00000000,"); //$NON-NLS-1$
        String quoted = t + " \"" + text + "\")"; //$NON-NLS-1$ //$NON-NLS-2$
        int cut;
        while (quoted.length() > WRAP && (cut = quoted.lastIndexOf(' ', WRAP)) > t.length() + 2) {
            line(quoted.substring(0, cut));
            quoted = quoted.substring(cut + 1);
        }
        line(quoted);
        // the task's thread writes its pending status between the transport's entries, one in 40 of them run into
        // the next entry's first line (the repairs of the import)
        if (!status.isEmpty() && (written / 64) % 3 == 0) {
            writeStatus(session % 40 == 0);
        }
    }

    private void writeStatus(boolean runIntoNext) throws IOException {
        String[] entry = status.remove();
        line(entry[0]);
        if (runIntoNext) {
            out.write(entry[1]);
            written += entry[1].length();
        } else {
            line(entry[1]);
        }
    }
}
