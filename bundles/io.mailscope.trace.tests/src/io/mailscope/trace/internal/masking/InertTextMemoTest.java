package io.mailscope.trace.internal.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.masking.MaskedLine;

/**
 * The memo of texts proved inert answers as {@link CredentialHints#inert} does, for texts asked again as the same
 * object, as an equal copy and as texts of the same length; and a masking session that asks it masks every line of
 * the test files as one that does not, lines repeated as the same objects included.
 */
class InertTextMemoTest {

    private static List<String> corpus() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("testfiles"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                lines.addAll(Arrays.asList(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n")));
            }
        }
        return lines;
    }

    @Test
    void theMemoAnswersAsTheHintsDo() throws IOException {
        InertTextMemo memo = new InertTextMemo();
        List<String> asked = new ArrayList<>();
        // texts that are not inert among inert ones of the same length, each asked twice in a row and later again
        asked.addAll(List.of("USER alice", "PASS alice", "PASS alice", "USER alice", "NOOP", "pass", "NOOP", "pass", "",
                "x", "+OK 1 2", "a1 LOGIN alice pw", "a1 NOOPY alice pw", "a1 LOGIN alice pw"));
        asked.addAll(corpus());
        int inert = 0;
        int held = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < asked.size(); i++) {
                String text = asked.get(i);
                boolean expected = CredentialHints.inert(text);
                assertEquals(expected, memo.inert(text), text);
                assertEquals(expected, memo.inert(text), "asked again: " + text);
                assertEquals(expected, memo.inert(new String(text.toCharArray())), "a copy: " + text);
                if (i > 0) {
                    String before = asked.get(i - 1);
                    assertEquals(CredentialHints.inert(before), memo.inert(before), "the one before: " + before);
                }
                if (expected) {
                    inert++;
                } else {
                    held++;
                }
            }
        }
        assertTrue(inert > 1_000 && held > 100, "inert " + inert + ", held back " + held);
    }

    @Test
    void aSessionThatAsksTheMemoMasksAsOneThatDoesNot() throws IOException {
        List<String> lines = corpus();
        // each line also right after itself, as the same object: the second is answered by the memo
        List<String> texts = new ArrayList<>();
        for (String line : lines) {
            texts.add(line);
            texts.add(line);
        }
        for (boolean fastPath : new boolean[] { true, false }) {
            SyntaxMaskingSession plain = new SyntaxMaskingSession(fastPath);
            SyntaxMaskingSession memoised = new SyntaxMaskingSession(fastPath);
            InertTextMemo memo = new InertTextMemo();
            int changed = 0;
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                // the protocol lines around the free text as the builder would see them: the state the text meets
                if (i % 7 == 3) {
                    assertMaskedAlike(plain.client(text), memoised.client(text), text);
                } else if (i % 7 == 5) {
                    assertMaskedAlike(plain.server(text), memoised.server(text), text);
                } else {
                    MaskedLine expected = plain.text(text);
                    assertMaskedAlike(expected, memoised.text(text, memo), text);
                    changed += expected.changed() ? 1 : 0;
                }
            }
            assertTrue(changed > 20, "lines masked: " + changed);
        }
    }

    private static void assertMaskedAlike(MaskedLine expected, MaskedLine actual, String text) {
        assertEquals(expected.text(), actual.text(), text);
        assertEquals(expected.changed(), actual.changed(), text);
        assertEquals(expected.credentials(), actual.credentials(), text);
    }
}
