package io.mailscope.headless.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.CommandLineTest.Run;

/** {@code mailscope import} through the application's entry point, against the real import service. */
class ImportCommandTest {

    @Test
    void doubleDashEndsTheOptionsSoFilesMayStartWithDashes() throws IOException {
        Path odd = Path.of("--odd-import-test.log"); // relative to the working directory, so the argument starts with --
        Files.copy(Path.of("testfiles/swaks_tls.txt"), odd, StandardCopyOption.REPLACE_EXISTING);
        try {
            assertEquals(ExitCode.USAGE, CodeCommandTest.run("import", "--summary", "--odd-import-test.log").exit(),
                    "without the separator it is an unknown option");
            Run separated = CodeCommandTest.run("import", "--summary", "--", "--odd-import-test.log");
            assertEquals(ExitCode.OK, separated.exit(), separated.err());
            assertTrue(separated.out().contains("swaks"), separated.out());
        } finally {
            Files.delete(odd);
        }
    }

    @Test
    void seedFixturePrintsTheConversationWithSourceLines() {
        Run r = CodeCommandTest.run("import", "testfiles/outlook2002-pop3-0x800ccc97.log");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("Outlook troubleshooting log (Outlook 2000-2002) [io.mailscope.trace.outlook.legacy] confidence 0.97"), out);
        assertTrue(out.contains("L57 POP3 C: STAT" + System.lineSeparator() + "L86 POP3 S: +OK 1 554"), out);
        assertTrue(out.contains("L91 POP3 C: UIDL" + System.lineSeparator() + "L94 POP3 S: +OK " + System.lineSeparator()
                + "L97 POP3 S: ."), out);
        assertTrue(out.contains("L132-133 POP3 S: +OK 0 messages (554 octets) [1 control message(s) hidden]"), out);
        assertTrue(out.contains("L150-151 STATUS 0x800CCC97 IXP_E_POP3_POPID_OUT_OF_RANGE"), out);
        assertTrue(out.contains("L15 POP3 C: PASS ********   [masked]"), out);
        assertTrue(out.contains("repaired:") && out.contains("L132-133 joined-wrapped-line"), out);
        assertTrue(out.contains("session 2: POP3"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = { "text", "json" })
    void secretsNeverAppearInTheOutput(String format) {
        Run r = CodeCommandTest.run("import", "--format", format, "testfiles/swaks_tls.txt", "testfiles/py1.txt",
                "testfiles/msmtp.txt");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        for (String secret : List.of("S3cret!", "UzNjcmV0IQ==", "AGFsaWNlAFMzY3JldCE=")) {
            assertFalse(r.out().contains(secret), secret + " in " + r.out());
        }
        assertTrue(r.out().contains("********"));
    }

    @Test
    void jsonHasTheExchangesAndTheLinkedStatus() {
        Run r = CodeCommandTest.run("import", "--format", "json", "testfiles/outlook2002-pop3-0x800ccc97.log");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("+OK 1 554"), r.out());
        assertTrue(r.out().contains("IXP_E_POP3_POPID_OUT_OF_RANGE"), r.out());
        assertTrue(r.out().trim().startsWith("[") && r.out().trim().endsWith("]"), r.out());
    }

    @Test
    void unrecognisedFileExitsTwoAndListsCandidates() {
        Run r = CodeCommandTest.run("import", "testfiles/not-a-trace.txt");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("not a recognised mail trace; closest formats:"), r.err());
        assertTrue(r.err().contains("[io.mailscope.trace."), r.err());
    }

    @Test
    void missingFileIsUnreadable() {
        Run r = CodeCommandTest.run("import", "testfiles/does-not-exist.log");
        assertEquals(ExitCode.UNREADABLE, r.exit());
        assertTrue(r.err().contains("testfiles/does-not-exist.log: no such file"), r.err());
    }

    @Test
    void forcedFormatAndSummary() {
        Run r = CodeCommandTest.run("import", "--format-id", "io.mailscope.trace.prefixed", "--summary", "testfiles/swaks_tls.txt");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("[io.mailscope.trace.prefixed]"), r.out());
        assertTrue(r.out().contains("MB/s"), r.out());
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, CodeCommandTest.run("import").exit());
        assertEquals(ExitCode.USAGE, CodeCommandTest.run("import", "--bogus", "x").exit());
        assertEquals(ExitCode.USAGE, CodeCommandTest.run("import", "--format", "html", "x").exit());
    }
}
