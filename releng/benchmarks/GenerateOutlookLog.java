import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic Outlook troubleshooting log (Outlook 2003+ OPMLog.log style) of the given size: POP3
 * send/receive cycles (greeting, USER, PASS, STAT, UIDL with a listing, LIST, QUIT) and SMTP sends, with a failure
 * (-ERR, 0x800CCC0F, a 5xx reply) every few thousand cycles. Deterministic (fixed seed).
 * <p>
 * Usage: {@code java GenerateOutlookLog.java OUTPUT [SIZE_MB]} (default 1024 MB).
 */
public final class GenerateOutlookLog {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long target = (args.length > 1 ? Long.parseLong(args[1]) : 1024) * 1024 * 1024;
        Random random = new Random(42);
        long written = 0;
        int second = 0;
        long cycle = 0;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            StringBuilder b = new StringBuilder(4096);
            b.append("2012.03.14 10:15:32 <<<< Logging Started (level is LTF_TRACE) >>>>\n");
            while (written < target) {
                cycle++;
                second++;
                String t = String.format("2012.03.%02d %02d:%02d:%02d ", 14 + (second / 86400) % 15, (second / 3600) % 24,
                        (second / 60) % 60, second % 60);
                boolean smtp = cycle % 5 == 0;
                if (smtp) {
                    String p = t + "SMTP (smtp.example.test): ";
                    line(b, p, "Begin execution");
                    line(b, p, "Port: 25, Secure: NO, SPA: NO");
                    line(b, p, "Connecting to host");
                    line(b, p, "Connected to host");
                    line(b, p, "[rx] 220 smtp.example.test ESMTP ready");
                    line(b, p, "[tx] EHLO workstation");
                    line(b, p, "[rx] 250-smtp.example.test");
                    line(b, p, "[rx] 250-AUTH LOGIN PLAIN");
                    line(b, p, "[rx] 250 8BITMIME");
                    line(b, p, "[tx] MAIL FROM: <alice@example.test>");
                    line(b, p, "[rx] 250 2.1.0 Ok");
                    line(b, p, "[tx] RCPT TO: <bob@example.test>");
                    if (cycle % 7919 == 0) {
                        line(b, p, "[rx] 554 5.7.1 <bob@example.test>: Relay access denied");
                        line(b, p, "Error: 0x800CCC79");
                    } else {
                        line(b, p, "[rx] 250 2.1.5 Ok");
                        line(b, p, "[tx] DATA");
                        line(b, p, "[rx] 354 End data with <CR><LF>.<CR><LF>");
                        line(b, p, "[rx] 250 2.0.0 Ok: queued as " + Long.toHexString(cycle * 2654435761L).toUpperCase());
                    }
                    line(b, p, "[tx] QUIT");
                    line(b, p, "[rx] 221 2.0.0 Bye");
                    line(b, p, "Disconnected from host");
                    line(b, p, "End execution");
                } else {
                    String p = t + "POP3 (pop.example.test): ";
                    int messages = random.nextInt(4);
                    line(b, p, "Begin execution");
                    line(b, p, "Port: 110, Secure: NO, SPA: NO");
                    line(b, p, "Finding host");
                    line(b, p, "Connecting to host");
                    line(b, p, "Connected to host");
                    line(b, p, "[rx] +OK POP3 server ready <" + cycle + ".1331720132@pop.example.test>");
                    line(b, p, "[tx] USER alice");
                    line(b, p, "[rx] +OK");
                    line(b, p, "[tx] PASS *****");
                    if (cycle % 4999 == 0) {
                        line(b, p, "[rx] -ERR [IN-USE] Mailbox locked by another session");
                        line(b, p, "Error: 0x800CCC92");
                    } else {
                        line(b, p, "[rx] +OK Logged in.");
                        line(b, p, "[tx] STAT");
                        line(b, p, "[rx] +OK " + messages + " " + messages * 1706);
                        line(b, p, "[tx] UIDL");
                        line(b, p, "[rx] +OK");
                        for (int m = 1; m <= messages; m++) {
                            line(b, p, "[rx] " + m + " " + Long.toHexString(cycle * 31 + m));
                        }
                        line(b, p, "[rx] .");
                        line(b, p, "[tx] LIST");
                        line(b, p, "[rx] +OK " + messages + " messages (" + messages * 1706 + " octets)");
                        for (int m = 1; m <= messages; m++) {
                            line(b, p, "[rx] " + m + " 1706");
                        }
                        line(b, p, "[rx] .");
                    }
                    line(b, p, "[tx] QUIT");
                    line(b, p, "[rx] +OK Bye");
                    line(b, p, "Disconnected from host");
                    line(b, p, "End execution");
                }
                byte[] bytes = b.toString().getBytes(StandardCharsets.US_ASCII);
                o.write(bytes);
                written += bytes.length;
                b.setLength(0);
            }
        }
        System.out.printf("wrote %s: %d bytes, %d send/receive cycles%n", out, written, cycle);
    }

    private static void line(StringBuilder b, String prefix, String text) {
        b.append(prefix).append(text).append('\n');
    }
}
