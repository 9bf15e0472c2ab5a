package net.examplenet.mailscope.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/writing-rules.md shows LargeMessageDropRule in full as its example; the guide must show the code that is
 * compiled and tested here (test bundles run in their own folder, so the repository root is two levels up).
 */
class WritingRulesGuideTest {

    @Test
    void theGuideShowsTheRuleAsItIs() throws Exception {
        String guide = Files.readString(Path.of("../../docs/writing-rules.md"));
        int start = guide.indexOf("```java\npackage net.examplenet.mailscope.rules;");
        assertTrue(start >= 0, "the guide shows the rule's source");
        String shown = guide.substring(start + "```java\n".length(), guide.indexOf("```", start + 7));
        String source = Files.readString(Path.of("../io.mailscope.examples.rules/src/net/examplenet/mailscope/rules/LargeMessageDropRule.java"));
        // the guide leaves out the class comment, which the text around the listing says in its own words
        int comment = source.indexOf("/**\n * ExampleNet POP3 2.3.x");
        int classStart = source.indexOf("public final class LargeMessageDropRule");
        assertTrue(comment >= 0 && comment < classStart, "the class comment precedes the class");
        assertEquals(source.substring(0, comment) + source.substring(classStart), shown);
    }
}
