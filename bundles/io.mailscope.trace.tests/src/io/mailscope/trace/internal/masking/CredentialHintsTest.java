package io.mailscope.trace.internal.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The masking fast path: a line {@link CredentialHints#inert} lets through must be one the full analysis leaves
 * unchanged and finds no credential in, as a client line, a server line and a free-text line of a fresh session; and
 * every credential-bearing line of the test files is held back.
 */
class CredentialHintsTest {

    private static List<String> corpus() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("testfiles"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                lines.addAll(Arrays.asList(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n")));
            }
        }
        // options next to what is no option
        lines.addAll(List.of("curl -u alice:s3cret pop3://h", "x 1b3-uid", "swaks\t-ap s3cret", "--user=alice:s3cret", "a--user alice:pw",
                "a-u alice:pw", "b-ap s3cret", "-ap s3cret"));
        return lines;
    }

    private static void unchanged(MaskedLine masked, String line) {
        assertEquals(line, masked.text(), line);
        assertFalse(masked.carriesCredential(), line);
    }

    @Test
    void linesLetThroughAreThoseTheFullAnalysisLeavesAlone() throws IOException {
        int inert = 0;
        int held = 0;
        for (String line : corpus()) {
            // one word of the line at a time as well: the analysis reads verbs at the start of a line
            List<String> variants = new ArrayList<>(List.of(line));
            for (String word : line.split(" ")) {
                variants.add(line.substring(line.indexOf(word)));
            }
            for (String text : variants) {
                SyntaxMaskingSession slow = new SyntaxMaskingSession(false);
                boolean carries = slow.client(text).carriesCredential() || new SyntaxMaskingSession(false).server(text).carriesCredential()
                        || new SyntaxMaskingSession(false).text(text).carriesCredential();
                if (CredentialHints.inert(text)) {
                    inert++;
                    unchanged(new SyntaxMaskingSession(false).client(text), text);
                    unchanged(new SyntaxMaskingSession(false).server(text), text);
                    unchanged(new SyntaxMaskingSession(false).text(text), text);
                } else {
                    held++;
                }
                assertTrue(!carries || !CredentialHints.inert(text), text);
            }
        }
        assertTrue(inert > 5_000 && held > 500, "inert " + inert + ", held back " + held);
    }

    @Test
    void everyFragmentHoldsALineBackWhateverItsCase() {
        for (String line : List.of("PASS secret", "a1 LOGIN alice pw", "AUTH PLAIN AGFsaWNl", "apop alice c4c9", "x AuThEnTiCaTe PLAIN",
                "password = x", "client_SECRET: y", "access_token=z", "Authorization: Bearer abcdefgh", "imap://alice:pw@host",
                "curl -u alice:pw", "swaks -ap pw", "curl -U x", "curl --user alice:pw", "-u alice:pw", "x\t-ap pw",
                "ends with pass", "pa")) {
            assertEquals(!line.equals("pa"), !CredentialHints.inert(line), line);
        }
        // case folding beyond Latin-1 (the long s folds to 's') takes the full analysis
        assertFalse(CredentialHints.inert("PA\u017F\u017F x"));
        assertTrue(CredentialHints.inert("+OK 3 messages (13056 octets)"));
        // an option needs white space (or a "-") before it: a UIDL listing's "1b3-uid" is none
        assertTrue(CredentialHints.inert("1 1b3-uid"));
        assertTrue(CredentialHints.inert("x-ap y"));
        assertTrue(CredentialHints.inert(""));
    }
}
