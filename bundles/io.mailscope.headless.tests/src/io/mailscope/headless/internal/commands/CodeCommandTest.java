package io.mailscope.headless.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.FrameworkUtil;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.CommandLineTest;
import io.mailscope.headless.internal.CommandLineTest.Run;

/** {@code mailscope code} through the application's entry point, against the real catalog service. */
class CodeCommandTest {

    static Run run(String... args) {
        return CommandLineTest.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0x800CCC97", "-2146644841", "IXP_E_POP3_POPID_OUT_OF_RANGE", "2148322455", "800ccc97" })
    void everyFormPrintsTheSameCode(String form) {
        Run reference = run("code", "0x800CCC97");
        Run r = run("code", form);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertEquals(reference.out(), r.out());
        assertTrue(r.out().startsWith("0x800CCC97  IXP_E_POP3_POPID_OUT_OF_RANGE  (POP3)"), r.out());
    }

    @Test
    void aPastedDialogTextSpreadOverSeveralArgumentsResolves() {
        Run r = run("code", "Task", "'x", "-", "Sending", "and", "Receiving'", "reported", "error", "(0x800CCC97)", ":",
                "'Unknown", "Error", "0x800CCC97'");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("IXP_E_POP3_POPID_OUT_OF_RANGE"));
    }

    @Test
    void garbageExitsNonZeroWithAClearMessage() {
        Run r = run("code", "banana");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("'banana' not an error code"), r.err());
    }

    @Test
    void uncataloguedHresultIsDecoded() {
        Run r = run("code", "0x800CCCFE");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("0x800CCCFE (-2146644738) is not in the catalog: severity failure, facility 0x00C (FACILITY_INTERNET"), r.err());
    }

    @Test
    void usageErrorsExitWithThree() {
        assertEquals(ExitCode.USAGE, run("code").exit());
        assertEquals(ExitCode.USAGE, run("code", "--format", "xml", "0x800CCC0F").exit());
        assertEquals(ExitCode.USAGE, run("frobnicate").exit());
    }

    @Test
    void jsonLookupCarriesTheFullRecord() {
        Run r = run("code", "--format", "json", "0x800ccc0f");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("\"hresult\": \"0x800CCC0F\""), r.out());
        assertTrue(r.out().contains("\"decimal\": -2146644977"), r.out());
        assertTrue(r.out().contains("\"symbol\": \"IXP_E_CONNECTION_DROPPED\""), r.out());
    }

    @Test
    void listCoversEveryCodeOfTheReferenceData() throws IOException {
        Set<String> listed = run("code", "--list").out().lines().map(l -> l.substring(0, 10)).collect(Collectors.toSet());
        URL tsv = FrameworkUtil.getBundle(CodeCommandTest.class).getEntry("testfiles/reference/error-codes.tsv");
        List<String> missing = new ArrayList<>();
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(tsv.openStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null;) {
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                String hex = "0x" + line.split("\t")[0].substring(2).toUpperCase(Locale.ROOT);
                if (!listed.contains(hex)) {
                    missing.add(hex);
                }
            }
        }
        assertTrue(rows >= 148, "reference rows: " + rows);
        assertTrue(missing.isEmpty(), "not listed: " + missing);
    }

    @Test
    void listAsJsonHasOneRecordPerCode() {
        Run text = run("code", "--list");
        Run json = run("code", "--list", "--format", "json");
        assertEquals(ExitCode.OK, json.exit(), json.err());
        long records = json.out().lines().filter(l -> l.startsWith("    \"hresult\": ")).count();
        assertEquals(text.out().lines().count(), records);
    }

    @Test
    void listPrintsOneLinePerCatalogedCodeInValueOrder() {
        Run r = run("code", "--list");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() >= 3);
        List<String> hex = lines.stream().map(l -> l.substring(0, 10)).toList();
        assertEquals(hex.stream().sorted((a, b) -> Long.compare(Long.parseLong(a.substring(2), 16), Long.parseLong(b.substring(2), 16))).toList(), hex);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("0x800CCC0F  IXP_E_CONNECTION_DROPPED")));
    }

    // Reply knowledge: expected titles are the registries' (RFC 3463 / RFC 5248, RFC 5321, RFC 2449, RFC 5530), the
    // Outlook codes are those the client reports for the stage (imnxport.h; testfiles/reference/error-codes.tsv).

    @Test
    void anEnhancedStatusCodeShowsItsRegistryEntry() {
        Run r = run("code", "5.7.1");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("SMTP 5.7.1  (SMTP enhanced status code, smtp.X.7.1)"), r.out());
        assertTrue(r.out().contains("Delivery not authorized, message refused"), r.out()); // RFC 3463 3.8
        assertTrue(r.out().contains("Source: RFC 3463"), r.out());
        assertTrue(r.out().contains("Cause: none from the code alone; the words of the reply decide it"), "5.7.1 alone names no cause: " + r.out());
    }

    @Test
    void aBasicReplyCodeIsNotTakenForADecimalHresult() {
        Run r = run("code", "550");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("SMTP 550  (SMTP reply code, smtp.550)"), r.out());
        // RFC 5321 4.2.3: "mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)"
        assertTrue(r.out().contains("no access, or command rejected for policy reasons"), r.out());
    }

    @Test
    void aWholeRelayRefusalNamesTheCauseThenItsCodes() {
        Run r = run("code", "550 5.7.1 Relaying denied");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        List<String> headings = r.out().lines().filter(l -> l.contains("  (")).toList();
        assertEquals(List.of("\"Relaying denied\"  (server-reply, smtp.relay-denied)", "SMTP 550  (SMTP reply code, smtp.550)",
                "SMTP 5.7.1  (SMTP enhanced status code, smtp.X.7.1)"), headings);
        // a refused RCPT TO is reported by Outlook as 0x800CCC79 IXP_E_SMTP_REJECTED_RECIPIENTS
        assertTrue(r.out().contains("Cause: 0x800CCC79 IXP_E_SMTP_REJECTED_RECIPIENTS [relay-denied] 0x800CCC79.relay-denied: "), r.out());
        assertTrue(r.out().contains("Tell the user: Turn on \"My outgoing server (SMTP) requires authentication\""), r.out());
    }

    @Test
    void aPop3ResponseCodeNamesItsCause() {
        for (String form : new String[] { "IN-USE", "[IN-USE]", "in-use" }) {
            Run r = run("code", form);
            assertEquals(ExitCode.OK, r.exit(), r.err());
            assertTrue(r.out().startsWith("POP3 "), r.out());
            assertTrue(r.out().contains("(POP3 response code, pop3.IN-USE)"), r.out());
            assertTrue(r.out().contains("RFC 2449"), r.out());
            // a -ERR answer is reported by Outlook as 0x800CCC90 IXP_E_POP3_RESPONSE_ERROR
            assertTrue(r.out().contains("Cause: 0x800CCC90 IXP_E_POP3_RESPONSE_ERROR [mailbox-in-use]"), r.out());
        }
    }

    @Test
    void anImapResponseCodeShowsTheRegistryEntryAndTheCauseOfItsText() {
        Run r = run("code", "AUTHENTICATIONFAILED");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("IMAP AUTHENTICATIONFAILED  (IMAP response code, imap.AUTHENTICATIONFAILED)"), r.out());
        assertTrue(r.out().contains("Source: RFC 5530"), r.out());
        // a refused IMAP LOGIN is reported by Outlook as 0x800CCCD1 IXP_E_IMAP_LOGINFAILURE
        assertTrue(r.out().contains("Cause: 0x800CCCD1 IXP_E_IMAP_LOGINFAILURE [auth-failed]"), r.out());
    }

    @Test
    void anEnhancedStatusCodeThatNamesACauseIsShownOnce() {
        Run r = run("code", "5.1.1");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("SMTP 5.1.1  (")).count(), r.out());
        assertTrue(r.out().contains("Bad destination mailbox address"), r.out()); // RFC 3463 3.2
        assertTrue(r.out().contains("Cause: 0x800CCC79 IXP_E_SMTP_REJECTED_RECIPIENTS [recipient-rejected]"), r.out());
    }

    @Test
    void aPop3ErrorReplyIsGivenAfterTheEndOfOptions() {
        Run r = run("code", "--", "-ERR [IN-USE] Unable to lock maildrop");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("\"Unable to lock maildrop\"  (server-reply, pop3.mailbox-locked)"), r.out());
        assertTrue(r.out().contains("(POP3 response code, pop3.IN-USE)"), r.out());
        assertTrue(r.out().contains("Cause: 0x800CCC90 IXP_E_POP3_RESPONSE_ERROR [mailbox-in-use]"), r.out());
    }

    @Test
    void replyKnowledgeAsJson() {
        Run r = run("code", "-f", "json", "550 5.7.1 Relaying denied");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("\"input\": \"550 5.7.1 Relaying denied\""), r.out());
        assertTrue(r.out().contains("\"id\": \"smtp.relay-denied\""), r.out());
        assertTrue(r.out().contains("\"hresult\": \"0x800CCC79\""), r.out());
        assertTrue(r.out().contains("\"symbol\": \"IXP_E_SMTP_REJECTED_RECIPIENTS\""), r.out());
        assertTrue(r.out().contains("\"title\": \"Delivery not authorized, message refused\""), r.out());
    }

    @Test
    void anUnknownReplyCodeKeepsTheClearError() {
        Run r = run("code", "9.9.9");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("'9.9.9' not an error code"), r.err());
        assertTrue(r.err().contains("nor a server reply code"), r.err());
    }
}
