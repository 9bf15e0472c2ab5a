package io.mailscope.testserver.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.mailscope.testserver.MailProtocol;

/** Script files: what is read, and that each mistake is named with its element and attribute. */
class ScriptReaderTest {

    private static ScenarioScript read(String xml) throws InvalidScriptException {
        return ScriptReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    @Test
    void readsGreetingRepliesConditionsAndActions() throws Exception {
        ScenarioScript script = read("""
                <scenario>
                  <smtp capabilities="PIPELINING, AUTH CRAM-MD5" starttls="none" certificate="expired">
                    <greeting text="220 hello" delayMillis="5"/>
                    <reply command="mail" when="before-tls" text="530 5.7.0 Must issue a STARTTLS command first."/>
                    <reply command="." action="cut" cutAfterBytes="3"/>
                    <reply command="EHLO"><line>250-a</line><line>250 b</line></reply>
                  </smtp>
                </scenario>""");
        ProtocolScript smtp = script.forProtocol(MailProtocol.SMTP);
        assertEquals(List.of("PIPELINING", "AUTH CRAM-MD5"), smtp.capabilities());
        assertEquals(false, smtp.startTls());
        assertEquals("expired", smtp.certificate());
        assertEquals(Duration.ofMillis(5), smtp.greeting().delay());
        assertTrue(smtp.replyTo("MAIL", false, false).isPresent());
        assertTrue(smtp.replyTo("MAIL", true, false).isEmpty(), "before-tls no longer applies after STARTTLS");
        assertEquals(ReplyAction.CUT, smtp.replyTo(".", false, false).orElseThrow().action());
        assertEquals(3, smtp.replyTo(".", false, false).orElseThrow().cutAfterBytes());
        assertEquals(List.of("250-a", "250 b"), smtp.replyTo("EHLO", false, false).orElseThrow().lines());
        assertEquals(java.util.Set.of(MailProtocol.SMTP), script.changedProtocols());
        assertEquals(false, script.forProtocol(MailProtocol.POP3).scriptsAnything(), "unscripted ports behave normally");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<scenario><gopher/></scenario>|unknown element <gopher>",
            "<scenario><pop3/><pop3/></scenario>|<pop3> appears twice",
            "<scenario><pop3><reply text='+OK'/></pop3></scenario>|missing attribute 'command'",
            "<scenario><pop3><reply command='STAT' action='explode'/></pop3></scenario>|action 'explode' is not one of",
            "<scenario><pop3><reply command='STAT' when='sometimes'/></pop3></scenario>|when 'sometimes' is not one of",
            "<scenario><pop3><reply command='STAT' delayMillis='-1'/></pop3></scenario>|delayMillis -1 is outside 0..600000",
            "<scenario><pop3><reply command='STAT' delayMillis='soon'/></pop3></scenario>|delayMillis 'soon' is not a whole number",
            "<scenario><pop3><reply command='STAT' cutAfterBytes='3'/></pop3></scenario>|cutAfterBytes applies only to action 'cut'",
            "<scenario><pop3><reply command='.'/></pop3></scenario>|command '.' (end of message) exists only in SMTP",
            "<scenario><pop3 certificate='mine'/></scenario>|certificate 'mine' is not one of",
            "<scenario><pop3 starttls='maybe'/></scenario>|starttls 'maybe' must be 'offered' or 'none'",
            "<scenario><pop3><greeting action='tls-drop'/></pop3></scenario>|tls-drop answers STARTTLS/STLS, not the greeting",
            "<scenario><pop3><reply command='STAT' text='+OK'><line>x</line></reply></pop3></scenario>|either the attribute 'text' or <line> elements",
            "<rules/>|the root element must be <scenario>",
            "<scenario>|not well-formed XML",
            "<!DOCTYPE scenario [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><scenario/>|not well-formed XML" })
    void mistakesAreNamed(String xml, String why) {
        InvalidScriptException e = assertThrows(InvalidScriptException.class, () -> read(xml));
        assertTrue(e.getMessage().startsWith("test.xml"), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void aReplyLineWithALineBreakIsRefused() {
        InvalidScriptException e = assertThrows(InvalidScriptException.class,
                () -> read("<scenario><smtp><reply command='MAIL'><line>250 a\n250 b</line></reply></smtp></scenario>"));
        assertTrue(e.getMessage().contains("contains a line break"), e.getMessage());
    }
}
