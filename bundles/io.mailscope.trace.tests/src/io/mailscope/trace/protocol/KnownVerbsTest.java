package io.mailscope.trace.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Protocol;

/**
 * {@link CommandLine#parse} finds known verbs in place ({@code KnownVerbs}) instead of upper-casing a copy: the verb
 * it gives must be exactly {@code word.toUpperCase(Locale.ROOT)} for every verb of every protocol in any case, for
 * words that differ from a verb in one character (also by characters beyond ASCII whose upper case is an ASCII
 * letter: the dotless i, the long s, the Kelvin sign), and for random words.
 */
class KnownVerbsTest {

    private static final String LOOKALIKES = "\u0131\u017f\u212a\u00e9\u00df"; // ı ſ K é ß

    private static List<String> words() {
        Random random = new Random(16);
        List<String> words = new ArrayList<>();
        for (Protocol p : Protocol.values()) {
            for (CommandForm form : ProtocolVocabulary.commands(p)) {
                for (String verb : form.verb().split(" ")) {
                    words.add(verb);
                    words.add(verb.toLowerCase(Locale.ROOT));
                    StringBuilder mixed = new StringBuilder();
                    for (char c : verb.toCharArray()) {
                        mixed.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
                    }
                    words.add(mixed.toString());
                    for (int i = 0; i < verb.length(); i++) {
                        char lookalike = LOOKALIKES.charAt(random.nextInt(LOOKALIKES.length()));
                        words.add(verb.substring(0, i) + lookalike + verb.substring(i + 1));
                        words.add(verb.substring(0, i) + (char) (verb.charAt(i) + 1) + verb.substring(i + 1));
                    }
                    words.add(verb + "X");
                    words.add(verb.substring(1));
                }
            }
        }
        for (int n = 0; n < 5_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                word.append(random.nextInt(10) == 0 ? LOOKALIKES.charAt(random.nextInt(LOOKALIKES.length()))
                        : (char) ('A' + random.nextInt(26) + (random.nextBoolean() ? 32 : 0)));
            }
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void verbIsTheWordUpperCased() {
        List<String> words = words();
        assertTrue(words.size() > 6_000, "words: " + words.size());
        for (String word : words) {
            String expected = word.toUpperCase(Locale.ROOT);
            for (Protocol p : List.of(Protocol.POP3, Protocol.SMTP, Protocol.UNKNOWN)) {
                assertEquals(expected, CommandLine.parse(p, word + " argument").verb(), p + " '" + word + "'");
                assertEquals(expected, CommandLine.parse(p, word).verb(), p + " '" + word + "' alone");
            }
            CommandLine tagged = CommandLine.parse(Protocol.IMAP, "a1 " + word + " argument");
            if (!expected.equals("UID")) {
                assertEquals(expected, tagged.verb(), "IMAP '" + word + "'");
            }
        }
    }
}
