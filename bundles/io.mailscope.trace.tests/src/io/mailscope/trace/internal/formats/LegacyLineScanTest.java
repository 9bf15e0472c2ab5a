package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The hand-written matchers the Outlook 2000-2002 parser runs on every line give exactly the matches of the regular
 * expressions they replace: on every line of every test file, on lines glued from pieces of them, and on damaged
 * variants (cut short, characters changed at random).
 */
class LegacyLineScanTest {

    private static List<String> corpus() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("testfiles"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                lines.addAll(Arrays.asList(text.split("\n")));
            }
        }
        lines.addAll(List.of("2003.07.11 08:00:2003.07.11 08:00:00 x", "2003.07.11 08:00:00", "2003.07.11 08:00:00 ",
                "x2003.07.11 08:00:00y2003.07.11 08:00:01", "[THIS: ] [THIS:00af] [THIS: 00AF]x", "[THIS: 00ag] [THIS: 1]",
                "hrStatus = 0x hrStatus = 0x800ccc0f12 hrStatus = 0xg", "POP3: [tx] PASS x", "POP3: [tx]x", "POP3: <rx>",
                "HTTPMail: [rx]  two", "IMAP: [tx>x", "SMTP: <tx> a\rb", "NNTP: [db] x", "POP3:  [tx] x", "POP3: [ix] x",
                "2003.07.11 08:00:00 \"POP3: <rx> +OK\")"));
        Random random = new Random(15);
        List<String> damaged = new ArrayList<>();
        for (int i = 0; i < 20_000 && !lines.isEmpty(); i++) {
            String a = lines.get(random.nextInt(lines.size()));
            String b = lines.get(random.nextInt(lines.size()));
            char[] glued = (a.substring(0, random.nextInt(a.length() + 1)) + b).toCharArray();
            for (int k = random.nextInt(3); k > 0 && glued.length > 0; k--) {
                glued[random.nextInt(glued.length)] = ".: []<>0a9x\"\r".charAt(random.nextInt(13));
            }
            damaged.add(new String(glued));
        }
        lines.addAll(damaged);
        return lines;
    }

    @Test
    void timestampsAreFoundWhereTheExpressionFindsThem() throws IOException {
        int found = 0;
        for (String line : corpus()) {
            Matcher m = LegacyLineScan.TIMESTAMP.matcher(line);
            int from = 0;
            while (true) {
                boolean expected = m.find();
                int actual = LegacyLineScan.nextTimestamp(line, from);
                assertEquals(expected ? m.start() : -1, actual, line);
                if (!expected) {
                    break;
                }
                found++;
                from = m.end();
            }
            Matcher leading = LegacyLineScan.LEADING_TIMESTAMP.matcher(line);
            boolean leads = leading.find();
            assertEquals(leads, LegacyLineScan.timestampAt(line, 0), line);
            if (line.chars().allMatch(c -> c < 0x80)) {
                // the bytes' check (the entry lines the parse thread takes on their bytes), also at a later start
                byte[] bytes = ("ab" + line).getBytes(StandardCharsets.US_ASCII);
                assertEquals(leads, LegacyLineScan.timestampAt(bytes, 2, bytes.length), line);
            }
        }
        assertTrue(found > 1000, "timestamps in the corpus: " + found);
    }

    @Test
    void contextsStatusesAndWireLinesAreReadAsByTheExpressions() throws IOException {
        int wires = 0;
        for (String line : corpus()) {
            for (String text : List.of(line, line.length() > 21 ? line.substring(21) : line,
                    line.indexOf('"') >= 0 ? line.substring(line.indexOf('"') + 1) : line)) {
                Matcher context = LegacyLineScan.THIS.matcher(text);
                int[] scanned = LegacyLineScan.findThis(text);
                if (context.find()) {
                    assertEquals(List.of(context.start(), context.end(), context.start(1), context.end(1)),
                            scanned == null ? null : Arrays.stream(scanned).boxed().toList(), text);
                } else {
                    assertEquals(null, scanned, text);
                }
                Matcher hr = LegacyLineScan.HR_STATUS_PATTERN.matcher(text);
                assertEquals(hr.find() ? hr.group(1) : null, LegacyLineScan.findHrStatus(text), text);
                Matcher wire = LegacyLineScan.WIRE.matcher(text);
                LegacyLineScan.Wire w = LegacyLineScan.wire(text);
                if (wire.matches()) {
                    wires++;
                    assertEquals(new LegacyLineScan.Wire(wire.group(1), wire.group(2).contains("tx"), wire.group(3)), w, text);
                } else {
                    assertEquals(null, w, text);
                }
            }
        }
        assertTrue(wires > 100, "wire lines in the corpus: " + wires);
    }
}
