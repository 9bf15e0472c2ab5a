package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mailscope.model.Direction;
import io.mailscope.model.Exchange;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.tests.Imports;

/**
 * Protocol lines inside other programs' logs and traces quoted in e-mail threads, on real posted traces
 * (testfiles/realworld, sources in its SOURCES.md).
 */
class TolerantRecognitionTest {

    /** Lines exactly as they appear in the real files: the recogniser finds the protocol text and its direction. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // imapsync (Mail::IMAPClient debug): "Sending:"/"Read:" markers, the shape decides
            "Sending: 4 LOGIN account@domain.com [Redact: Count=4 Showcredentials=OFF]|CLIENT|4 LOGIN account@domain.com [Redact: Count=4 Showcredentials=OFF]",
            "Read:   4 NO [AUTHENTICATIONFAILED] Authentication failed.|SERVER|4 NO [AUTHENTICATIONFAILED] Authentication failed.",
            "Read:   * CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE NAMESPACE LITERAL+ AUTH=PLAIN AUTH=LOGIN|SERVER|* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE NAMESPACE LITERAL+ AUTH=PLAIN AUTH=LOGIN",
            // MailKit protocol log
            "S: 550-Requested action not taken: mailbox unavailable|SERVER|550-Requested action not taken: mailbox unavailable",
            // go-guerrilla: logfmt fields, a message key, escaped line ends
            "time=\"2018-02-23T11:58:51Z\" level=debug msg=\"Client sent: MAIL FROM:<>\"|CLIENT|MAIL FROM:<>",
            "time=\"2018-02-23T11:58:51Z\" level=debug msg=\"Writing response to client: \\n503 5.5.1 Error: No sender\\r\\n\"|SERVER|503 5.5.1 Error: No sender",
            // a telnet session: no marker, lower-case commands
            "mail from:<1501995112@qq.com>|CLIENT|mail from:<1501995112@qq.com>",
            "354 End data with <CR><LF>.<CR><LF>.|SERVER|354 End data with <CR><LF>.<CR><LF>." })
    void findsTheProtocolLineInsideALogLine(String line, Direction direction, String text) {
        Optional<ProtocolLineRecogniser.Found> found = ProtocolLineRecogniser.recognise(line);
        assertTrue(found.isPresent(), line);
        assertEquals(direction, found.get().direction(), line);
        assertEquals(text, found.get().text(), line);
    }

    /** Prose and tool output that merely mention a command are no protocol lines. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Trying 183.3.225.42...",
            "Escape character is '^]'.",
            "Host1: IPaddress_1 says it has CAPABILITY for AUTHENTICATE LOGIN",
            "Data sent successfully",
            "HELO/EHLO first" })
    void leavesProseAlone(String line) {
        assertTrue(ProtocolLineRecogniser.recognise(line).isEmpty(), line);
    }

    /** Lines of real posts: a quoted refusal is an error text, a quoted success reply is not, whatever words they share. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // hMailServer's log of a healthy POP3 logon (github.com/hmailserver/hmailserver/issues/230)
            "\"POP3D\"\t3572\t267\t\"2017-08-07 10:42:01.386\"\t\"xxx.xxx.xxx.xxx\"\t\"SENT: +OK Mailbox locked and ready\"|false",
            // Swift Mailer quoting Office 365 (github.com/swiftmailer/swiftmailer/issues/1030)
            "Expected response code 250 but got code \"550\", with message \"550 5.7.60 SMTP; Client does not have permissions to send as this sender|true",
            // Gmail's IMAP quota refusal in a Home Assistant log (github.com/ljmerza/ha-email-sensor/issues/16)
            "IMAPClient update error: command: FETCH => [OVERQUOTA] Account exceeded command or bandwidth limits.|true",
            // nodemailer/smtp-server issue 144
            "\"421 Timeout - closing connection\"|true" })
    void aQuotedRefusalIsAnErrorTextAndASuccessReplyIsNot(String line, boolean error) {
        assertEquals(error, ErrorTextFormat.errorShape(line), line);
    }

    @Test
    void anImapsyncDebugLogIsReadAsAConversation() throws Exception {
        ImportResult result = Imports.importFile("realworld/imapsync-449-host1-authenticationfailed.txt");
        assertEquals("io.mailscope.trace.tolerant", result.format().formatId(), result.candidates().toString());
        Exchange login = Imports.exchange(result.trace(), "LOGIN");
        assertEquals(List.of("4 NO [AUTHENTICATIONFAILED] Authentication failed."), Imports.replies(login),
                Imports.describe(result.trace()));
    }

    @Test
    void aServerLogInLogfmtIsReadAsAConversation() throws Exception {
        ImportResult result = Imports.importFile("realworld/go-guerrilla-100-null-sender-503.txt");
        assertEquals("io.mailscope.trace.tolerant", result.format().formatId(), result.candidates().toString());
        assertEquals(List.of("503 5.5.1 Error: No sender"), Imports.replies(Imports.exchange(result.trace(), "DATA")),
                Imports.describe(result.trace()));
    }

    @Test
    void aTraceQuotedTwiceInAnEmailThreadIsReadAsTheTraceItself() throws Exception {
        String seed = Files.readString(Imports.file("outlook2002-pop3-0x800ccc97.log"), StandardCharsets.ISO_8859_1);
        String quoted = seed.lines().map(l -> "> " + l).collect(Collectors.joining("\n"));
        String twice = seed.lines().map(l -> ">> " + l).collect(Collectors.joining("\n"));
        String thread = "Hi,\n\nthe customer sent the log again, see below.\n\nOn Mon, 2 Mar 2026, Support wrote:\n" + quoted
                + "\n> \n> -- \n> Support desk\n\n" + twice + "\n\nRegards\n";
        ImportResult plain = Imports.importFile("outlook2002-pop3-0x800ccc97.log");
        ImportResult fromThread = Imports.importText(thread);
        assertEquals("io.mailscope.trace.quoted", fromThread.format().formatId(), fromThread.candidates().toString());
        // the copies share Outlook's thread ids, so their sessions may interleave: every exchange of the trace is there
        // twice, with the same replies
        List<String> once = Imports.exchanges(plain.trace()).stream().map(e -> e.getVerb() + " " + Imports.replies(e)).sorted().toList();
        List<String> read = Imports.exchanges(fromThread.trace()).stream().map(e -> e.getVerb() + " " + Imports.replies(e)).sorted().toList();
        List<String> twiceOver = java.util.stream.Stream.concat(once.stream(), once.stream()).sorted().toList();
        assertEquals(twiceOver, read, Imports.describe(fromThread.trace()));
    }

    /** smtp4dev's EHLO reply names SIZE without "250-" after its last line: the server's line, not a command. */
    @Test
    void anEsmtpKeywordAfterTheEhloReplyIsTheServersLine() throws Exception {
        ImportResult result = Imports.importFile("realworld/smtp4dev-5-ehlo-keywords-without-code.txt");
        assertEquals("io.mailscope.trace.raw", result.format().formatId(), result.candidates().toString());
        assertEquals(List.of("221 See you later aligator"), Imports.replies(Imports.exchange(result.trace(), "QUIT")),
                Imports.describe(result.trace()));
        assertTrue(Imports.exchanges(result.trace()).stream().noneMatch(e -> "SIZE".equals(e.getVerb())), Imports.describe(result.trace()));
    }

    /**
     * "> " before prose is a quote, not a direction (gophish #521): the text is read through its quoting (and the error
     * text inside as one), not as a one-sided protocol log whose only line is no protocol line.
     */
    @Test
    void aMarkerBeforeProseIsAQuoteNotAProtocolLog() throws Exception {
        ImportResult result = Imports.importFile("realworld/gophish-521-422-try-again-in-15-seconds.txt");
        assertEquals("io.mailscope.trace.quoted", result.format().formatId(), result.candidates().toString());
        assertTrue(result.candidates().stream().anyMatch(c -> c.formatId().equals("io.mailscope.trace.prefixed") && c.confidence() == 0),
                result.candidates().toString());
        // a one-sided log whose lines are replies stays the prefixed format's
        ImportResult replies = Imports.importText("S: RUBY0001 NO [UNAVAILABLE] Maximum number of connections from user+IP exceeded\n");
        assertEquals("io.mailscope.trace.prefixed", replies.format().formatId(), replies.candidates().toString());
    }

    /** Found by the CI fuzz slice: a marker with nothing after it ("< ") made the tolerant format's shape check fail. */
    @Test
    void aMarkerWithNothingAfterItIsNoCommand() throws Exception {
        assertEquals(null, ProtocolLineRecogniser.shape("")); //$NON-NLS-1$
        ImportResult result = Imports.importText("220 ready\n> EHLO pc01\n< 250 OK\n< \n> QUIT\n< 221 bye\n"); //$NON-NLS-1$
        assertTrue(result.trace().getProblems().stream().noneMatch(p -> String.valueOf(p.getMessage()).contains("failed")), //$NON-NLS-1$
                () -> result.trace().getProblems().stream().map(p -> p.getMessage()).collect(Collectors.joining("\n"))); //$NON-NLS-1$
        assertEquals(2, result.trace().getSessions().get(0).getExchanges().size() - 1, "greeting, EHLO and QUIT"); //$NON-NLS-1$
    }
}
