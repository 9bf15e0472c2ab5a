package io.mailscope.model.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The one-pass phrase search finds exactly what searching for each phrase on its own finds. */
class PhraseMatcherTest {

    @Test
    void findsEveryOccurrenceOfOverlappingPhrasesLikeOneSearchPerPhrase() {
        // a small alphabet makes phrases overlap, share prefixes and suffixes, and contain each other
        Random random = new Random(18);
        for (int round = 0; round < 200; round++) {
            List<Map.Entry<Integer, String>> phrases = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                phrases.add(Map.entry(i, word(random, 1 + random.nextInt(5))));
            }
            PhraseMatcher matcher = PhraseMatcher.of(phrases);
            String text = word(random, random.nextInt(60));
            Set<String> found = new TreeSet<>();
            matcher.find(text, (owner, start, end) -> found.add(owner + "@" + start + "-" + end));
            Set<String> expected = new TreeSet<>();
            for (Map.Entry<Integer, String> phrase : phrases) {
                String p = phrase.getValue().toLowerCase(Locale.ROOT);
                String t = text.toLowerCase(Locale.ROOT);
                for (int at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
                    expected.add(phrase.getKey() + "@" + at + "-" + (at + p.length()));
                }
            }
            assertEquals(expected, found, "phrases " + phrases + " in '" + text + "'");
        }
    }

    @Test
    void comparesWithoutCaseAndReportsPositionsInTheOriginalText() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of(Map.entry(7, "Relay Access Denied"), Map.entry(8, "boîte aux lettres")));
        String text = "554 5.7.1 <x@example.org>: RELAY access denied; BOÎTE AUX LETTRES pleine";
        List<String> found = new ArrayList<>();
        matcher.find(text, (owner, start, end) -> found.add(owner + ":" + text.substring(start, end)));
        assertEquals(List.of("7:RELAY access denied", "8:BOÎTE AUX LETTRES"), found);
    }

    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = "abAB".charAt(random.nextInt(4));
            s.append(c);
        }
        return s.toString();
    }
}
