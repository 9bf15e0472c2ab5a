package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The "Connected to host" / "Disconnected from host" line the Outlook 2000-2002 parse thread takes on its bytes
 * ({@link RoutineTriage#routineEntryLine}) is told as its definition says, whether the bytes buffered hold the whole
 * longest such line (the line's kind read from one byte, its terminator right after the text) or fewer (its end
 * searched first): the line up to its LF, without one CR, is a timestamp and exactly one of the two texts. Checked on
 * both lines and on variants damaged at every position, cut short, with other line ends, at offset 0 and further in.
 */
class OutlookLegacyEntryLineTest {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d");
    private static final String CONNECTED = " \"POP3: Connected to host\")";
    private static final String DISCONNECTED = " \"POP3: Disconnected from host\")";
    private static final String PADDING = "2003.07.11 08:00:03 Callback::LogText[THIS: 20000001] (flags =\n";

    /** The definition: the offset after the line when it is one of the two entries, else NOT_ROUTINE. */
    private static int expected(String text) {
        int lf = text.indexOf('\n');
        if (lf < 0) {
            return RoutineTriage.NOT_ROUTINE;
        }
        String line = text.substring(0, lf);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        boolean entry = line.length() > 19 && TIMESTAMP.matcher(line.substring(0, 19)).matches()
                && (line.substring(19).equals(CONNECTED) || line.substring(19).equals(DISCONNECTED));
        return entry ? lf + 1 : RoutineTriage.NOT_ROUTINE;
    }

    private static List<String> variants() {
        List<String> lines = new ArrayList<>();
        for (String text : List.of(CONNECTED, DISCONNECTED)) {
            String line = "2003.07.11 08:00:02" + text;
            for (String end : List.of("\n", "\r\n", "\r\r\n", "\r", "x\n", " \n", "\"\n", "")) {
                lines.add(line + end);
            }
            for (int p = 0; p < line.length(); p++) {
                for (char c : "X\n\r \"9Cc".toCharArray()) {
                    lines.add(line.substring(0, p) + c + line.substring(p + 1) + "\r\n");
                }
                lines.add(line.substring(0, p) + "\n");
                lines.add(line.substring(0, p) + line.substring(p + 1) + "\n");
            }
        }
        return lines;
    }

    @Test
    void entryLinesAreToldAsDefinedOnFewAndOnManyBytes() {
        int entries = 0;
        List<String> variants = variants();
        for (String variant : variants) {
            String text = variant + PADDING + PADDING;
            int want = expected(text);
            entries += want >= 0 ? 1 : 0;
            for (String before : List.of("", "junk\n")) {
                // a fresh parser each time: what it remembers of the last timestamp must not change the answer
                RoutineTriage triage = (RoutineTriage) new OutlookLegacyFormat().newParser();
                byte[] bytes = (before + text).getBytes(StandardCharsets.ISO_8859_1);
                int from = before.length();
                int many = triage.routineEntryLine(bytes, from, bytes.length);
                assertEquals(want < 0 ? want : from + want, many, "all bytes: " + variant);
                // the same parser again (it remembers the timestamp now), on the variant's bytes alone: the same
                // answer, or more bytes asked for
                byte[] few = (before + variant).getBytes(StandardCharsets.ISO_8859_1);
                int fewer = triage.routineEntryLine(few, from, few.length);
                assertTrue(fewer == RoutineTriage.MORE_BYTES || fewer == (want < 0 ? want : from + want),
                        "the variant's bytes alone: " + variant + " gave " + fewer + ", expected " + want);
            }
        }
        // the two lines with LF and with CR LF, and those whose damage left them such a line (a digit for a digit)
        assertTrue(entries >= 4 && entries < variants.size() / 2, entries + " entries of " + variants.size());
    }
}
