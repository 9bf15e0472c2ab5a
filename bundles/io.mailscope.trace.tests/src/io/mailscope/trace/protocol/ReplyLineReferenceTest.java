package io.mailscope.trace.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Protocol;

/**
 * Rules parse every server line of every exchange as IMAP (to find a {@code * BYE}) and every SMTP reply for its
 * enhanced code, so both are written without {@code String.split} and regular expressions. Here they are compared
 * with the straightforward readings they replaced (kept below as the reference) on every line of the test files, with
 * the words of each line shifted, re-cased and damaged at random.
 */
class ReplyLineReferenceTest {

    private static final Set<String> IMAP_TEMPORARY = Set.of("UNAVAILABLE", "INUSE", "LIMIT", "EXPUNGEISSUED");

    /** The reading by split(" ", 4) that ReplyLine's IMAP parser replaced. */
    private static ReplyLine referenceImap(String text) {
        if (text.equals("+") || text.startsWith("+ ")) {
            return new ReplyLine(Protocol.IMAP, ReplyLine.Kind.CONTINUATION, ReplyLine.Status.INTERMEDIATE, null, -1, null, "+", null,
                    true, text);
        }
        String[] words = text.split(" ", 4);
        ReplyLine other = new ReplyLine(Protocol.IMAP, ReplyLine.Kind.OTHER, ReplyLine.Status.DATA, null, -1, null, "", null, true, text);
        if (words.length < 2) {
            return other;
        }
        if (words[0].equals("*")) {
            boolean numbered = !words[1].isEmpty() && words[1].chars().allMatch(c -> c >= '0' && c <= '9');
            String name = (numbered && words.length > 2 ? words[2] : words[1]).toUpperCase(Locale.ROOT);
            ReplyLine.Status status = switch (name) {
                case "OK" -> ReplyLine.Status.POSITIVE;
                case "NO", "BAD" -> ReplyLine.Status.WARNING;
                case "BYE" -> ReplyLine.Status.BYE;
                case "PREAUTH" -> ReplyLine.Status.PREAUTH;
                default -> ReplyLine.Status.DATA;
            };
            String code = status == ReplyLine.Status.DATA ? null : bracketCode(text, 2 + words[1].length());
            return new ReplyLine(Protocol.IMAP, ReplyLine.Kind.IMAP_UNTAGGED, status, null, -1, null, name, code, true, text);
        }
        String name = words[1].toUpperCase(Locale.ROOT);
        if (!CommandLine.isTag(words[0]) || !(name.equals("OK") || name.equals("NO") || name.equals("BAD"))) {
            return other;
        }
        String code = bracketCode(text, words[0].length() + 1 + words[1].length());
        ReplyLine.Status status = name.equals("OK") ? ReplyLine.Status.POSITIVE
                : name.equals("NO") && code != null && IMAP_TEMPORARY.contains(code) ? ReplyLine.Status.TRANSIENT_FAILURE
                        : ReplyLine.Status.PERMANENT_FAILURE;
        return new ReplyLine(Protocol.IMAP, ReplyLine.Kind.IMAP_TAGGED, status, words[0], -1, null, name, code, true, text);
    }

    private static String bracketCode(String text, int from) {
        int open = from;
        while (open < text.length() && text.charAt(open) == ' ') {
            open++;
        }
        if (open >= text.length() || text.charAt(open) != '[') {
            return null;
        }
        int end = open + 1;
        while (end < text.length() && text.charAt(end) != ']' && text.charAt(end) != ' ') {
            end++;
        }
        return end > open + 1 ? text.substring(open + 1, end).toUpperCase(Locale.ROOT) : null;
    }

    private static List<String> corpus() throws IOException {
        List<String> lines = new ArrayList<>(List.of("* BYE idle", "* 3 EXISTS", "* 3", "* ", "*", "* OK [ALERT] x", "a1 ok done",
                "a1 NO [UNAVAILABLE] later", "a1 BAD", "a1  OK", "A1 Ok [inuse]", " a1 OK", "* 12 fetch (FLAGS ())", "+ go", "+",
                "250 2.1.0 Ok", "550 5.7.1 no", "250 2.1.0", "250 2.1.0. x", "250 1.2.3 x", "250 5.1234.1 x", "250 5.1.1234 x",
                "250 5..1 x", "250 5.1. x", "250 5.1", "421-4.3.2 bye", "220 ok"));
        try (Stream<Path> files = Files.walk(Path.of("testfiles"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n")) {
                    lines.add(line);
                    int space = line.indexOf(' ');
                    if (space > 0) {
                        lines.add(line.substring(space + 1)); // a prefix such as "S: " or a timestamp taken away
                    }
                }
            }
        }
        Random random = new Random(16);
        int n = lines.size();
        for (int i = 0; i < 20_000; i++) {
            char[] c = lines.get(random.nextInt(n)).toCharArray();
            for (int k = random.nextInt(4); k > 0 && c.length > 0; k--) {
                c[random.nextInt(c.length)] = "* .0123459[]okOKnNbByYeE-".charAt(random.nextInt(25));
            }
            lines.add(new String(c));
        }
        return lines;
    }

    @Test
    void imapReadingIsTheSplitReading() throws IOException {
        int untagged = 0;
        for (String line : corpus()) {
            ReplyLine expected = referenceImap(line);
            assertEquals(expected, ReplyLine.parse(Protocol.IMAP, line), line);
            untagged += expected.kind() == ReplyLine.Kind.IMAP_UNTAGGED ? 1 : 0;
        }
        assertTrue(untagged > 100, "untagged lines compared: " + untagged);
    }

    @Test
    void smtpEnhancedCodesAreThoseOfTheExpression() throws IOException {
        int codes = 0;
        for (String line : corpus()) {
            ReplyLine r = ReplyLine.parse(Protocol.SMTP, line);
            if (r.kind() != ReplyLine.Kind.SMTP || line.length() <= 4) {
                continue;
            }
            int end = line.indexOf(' ', 4);
            String word = line.substring(4, end < 0 ? line.length() : end);
            String expected = word.matches("[245]\\.\\d{1,3}\\.\\d{1,3}") ? word : null;
            assertEquals(expected, r.enhancedCode(), line);
            codes += expected != null ? 1 : 0;
        }
        assertTrue(codes > 20, "enhanced codes compared: " + codes);
        assertEquals(Arrays.asList("5.7.1", null), List.of("550 5.7.1 x", "550 5.7.x y").stream()
                .map(l -> ReplyLine.parse(Protocol.SMTP, l).enhancedCode()).toList());
    }
}
