import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic Outlook 2000-2002 troubleshooting log shaped like the 0x800CCC97 seed: {@code Callback::LogText}
 * entries wrapped over three physical lines (header, flags, quoted text; long texts wrapped again at 76 columns as mail
 * software does), {@code Callback::ReportStatus} entries of a second thread interleaved with them (sometimes written
 * into the same physical line), one POP3 send/receive cycle after the other (greeting, USER, PASS, STAT, UIDL with a
 * listing, LIST, QUIT), each connection with task objects (THIS values) of its own. Near the end (at 97 % of the size)
 * two faults are planted: the seed-002 log itself (STAT "+OK 1 554", empty UIDL, LIST "0 messages ... [1 control
 * message(s) hidden]", hrStatus 0x800ccc97) and a seed-001 drop right after the greeting (no command, "Disconnected
 * from host", hrStatus 0x800ccc0f). Deterministic (fixed seed). Write it under /tmp, never into the repository.
 * <p>
 * Usage: {@code java GenerateOutlookLegacyLog.java OUTPUT [SIZE_MB] [SEED_LOG]} (default 512 MB; the seed log
 * defaults to the copy in io.mailscope.trace.tests/testfiles).
 */
public final class GenerateOutlookLegacyLog {

    private static final int WRAP = 76;

    private final OutputStream out;
    private final Random random = new Random(2002);
    private final StringBuilder b = new StringBuilder(1 << 16);
    private long written;
    private int second;
    private long sessions;
    private long exchanges;
    /** entries of the second thread waiting to be interleaved */
    private final List<String[]> statusQueue = new ArrayList<>();

    private GenerateOutlookLegacyLog(OutputStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long target = (args.length > 1 ? Long.parseLong(args[1]) : 512) * 1024 * 1024;
        Path seed = Path.of(args.length > 2 ? args[2] : "bundles/io.mailscope.trace.tests/testfiles/outlook2002-pop3-0x800ccc97.log");
        List<String> seedLines = Files.readAllLines(seed, StandardCharsets.ISO_8859_1);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            GenerateOutlookLegacyLog g = new GenerateOutlookLegacyLog(o);
            g.raw("2003.07.11 08:00:00 <<<< Logging Started (level is LTF_TRACE) >>>>");
            g.raw("2003.07.11 08:00:00 Successfully initialized the resource manager");
            long plantAt = target * 97 / 100;
            boolean planted = false;
            while (g.written + g.b.length() < target) {
                if (!planted && g.written + g.b.length() >= plantAt) {
                    planted = true;
                    // seed 002 verbatim (its own THIS values, timestamps and damage), without its first line
                    for (String line : seedLines.subList(1, seedLines.size())) {
                        g.raw(line);
                    }
                    g.dropAfterGreeting();
                }
                g.session();
                g.flush(false);
            }
            g.flush(true);
            System.out.printf("wrote %s: %d bytes, %d POP3 sessions, %d exchanges, faults planted: %s%n", file, g.written,
                    g.sessions, g.exchanges, planted);
        }
    }

    private String time() {
        int s = second;
        return String.format("2003.07.%02d %02d:%02d:%02d", 11 + (s / 86400) % 18, 8 + (s / 3600) % 16, (s / 60) % 60, s % 60);
    }

    private void raw(String line) {
        b.append(line).append("\r\n");
    }

    private void flush(boolean last) throws IOException {
        if (b.length() > (1 << 15) || last) {
            byte[] bytes = b.toString().getBytes(StandardCharsets.ISO_8859_1);
            out.write(bytes);
            written += bytes.length;
            b.setLength(0);
        }
    }

    /** A LogText entry of task {@code context}: header and flags on two lines, the quoted text wrapped at 76 columns. */
    private void logText(String context, String text) {
        String t = time();
        raw(t + " Callback::LogText[THIS: " + context + "] (flags =");
        raw("LTF_TRACE, hr = 00000000, code = 00000000,");
        String quoted = t + " \"" + text + "\")";
        while (quoted.length() > WRAP) {
            int cut = quoted.lastIndexOf(' ', WRAP);
            if (cut <= t.length() + 2) {
                break;
            }
            raw(quoted.substring(0, cut));
            quoted = quoted.substring(cut + 1);
        }
        raw(quoted);
        interleaveStatus();
    }

    /** The other thread writes its pending status entries between ours, now and then into the same physical line. */
    private void interleaveStatus() {
        while (!statusQueue.isEmpty() && random.nextInt(3) == 0) {
            String[] entry = statusQueue.remove(0);
            if (random.nextInt(40) == 0) {
                // written into one line with the next entry's start, as the seed shows
                raw(entry[0]);
                b.append(entry[1]);
                continue;
            }
            raw(entry[0]);
            raw(entry[1]);
        }
    }

    private void status(String context, String phase) {
        statusQueue.add(new String[] { time() + " Callback::ReportStatus[THIS: " + context + "]", "(ulAsynchPhase = " + phase });
    }

    private void drainStatus() {
        for (String[] entry : statusQueue) {
            raw(entry[0]);
            raw(entry[1]);
        }
        statusQueue.clear();
    }

    private String context(int task) {
        return String.format("%02x%06x", 0x20 + task, sessions & 0xffffff);
    }

    private void exchange(String context, String command, String... replies) {
        logText(context, "POP3: [tx] " + command);
        for (String reply : replies) {
            logText(context, "POP3: <rx> " + reply);
        }
        exchanges++;
    }

    private void session() {
        sessions++;
        second += 1 + random.nextInt(3);
        String transport = context(0);
        String task = context(1);
        int messages = random.nextInt(4);
        int size = 1000 + random.nextInt(90_000);
        logText(transport, "POP3: Connected to host");
        logText(transport, "POP3: <rx> +OK POP3 server ready <" + sessions + ".1057932671@pop.example.test>");
        exchanges++;
        status(task, "RSF_CONNECTED) Progress = 1/6");
        exchange(transport, "USER customer" + (sessions % 5000), "+OK Need a password");
        exchange(transport, "PASS ********", "+OK Logged in.");
        status(task, "RSF_INPROGRESS) Progress = 2/6");
        exchange(transport, "STAT", "+OK " + messages + " " + messages * size);
        List<String> uidl = new ArrayList<>();
        List<String> list = new ArrayList<>();
        uidl.add("+OK ");
        list.add("+OK " + messages + " messages (" + messages * size + " octets)");
        for (int m = 1; m <= messages; m++) {
            uidl.add(m + " " + Long.toHexString(sessions * 31 + m) + "-uid");
            list.add(m + " " + size);
        }
        uidl.add(".");
        list.add(".");
        exchange(transport, "UIDL", uidl.toArray(String[]::new));
        status(task, "RSF_INPROGRESS) Progress = 4/6");
        exchange(transport, "LIST", list.toArray(String[]::new));
        status(task, "RSF_INPROGRESS) Progress = 5/6");
        logText(task, "CPOPQuitTask: Begin execution");
        logText(transport, "POP3: Disconnecting from host");
        exchange(transport, "QUIT", "+OK POP3 server signing off.");
        logText(transport, "POP3: Disconnected from host");
        status(task, "RSF_COMPLETED, hrStatus = 0x00000000)");
        drainStatus();
    }

    /** Seed 001: the server greets and closes the connection before the client sends anything. */
    private void dropAfterGreeting() {
        sessions++;
        second += 2;
        String transport = context(2);
        String task = context(3);
        logText(transport, "POP3: Connected to host");
        logText(transport, "POP3: <rx> +OK POP3 server ready <drop." + sessions + "@pop.example.test>");
        exchanges++;
        status(task, "RSF_CONNECTED) Progress = 1/6");
        logText(transport, "POP3: Disconnected from host");
        drainStatus();
        raw(time() + " Callback::ReportStatus[THIS: " + task + "]");
        raw("(ulAsynchPhase = RSF_COMPLETED, hrStatus = 0x800ccc0f)");
    }
}
