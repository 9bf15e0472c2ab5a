package io.mailscope.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mailscope.model.Catalog;
import io.mailscope.model.Protocol;
import io.mailscope.model.ReplyCode;
import io.mailscope.model.ReplyCodeKind;
import io.mailscope.model.ReplyText;
import io.mailscope.model.ReplyTextKind;
import io.mailscope.model.internal.catalog.CatalogResources;

/**
 * The shipped reply knowledge (catalog/reply-knowledge.xmi) as the lookup reads it: it loads without a problem, the
 * registries are complete, and texts as servers, providers and interception products send them find their cause.
 */
class ReplyLookupTest {

    private static Catalog catalog;
    private static ReplyLookup lookup;

    @BeforeAll
    static void load() throws Exception {
        catalog = CatalogResources.loadBuiltIn(); // throws when a shipped entry is invalid
        lookup = ReplyLookup.of(catalog);
    }

    @Test
    void everyEntryHasAUniqueIdAndEveryDecidingEntryAFix() {
        Set<String> ids = catalog.getKnowledge().stream().map(k -> k.getId()).collect(Collectors.toSet());
        assertEquals(catalog.getKnowledge().size(), ids.size(), "ids are unique");
        List<String> withoutFix = lookup.entries().stream().filter(k -> k.getFix() == null || k.getFix().isBlank()).map(k -> k.getId()).toList();
        assertEquals(List.of(), withoutFix, "every entry that decides a cause says what to do");
    }

    @Test
    void theRegistriesAreComplete() {
        // RFC 3463 / RFC 5248: every class-independent subject.detail code up to X.7.27
        List<String> enhanced = catalog.getKnowledge().stream().filter(ReplyCode.class::isInstance).map(ReplyCode.class::cast)
                .filter(c -> c.getKind() == ReplyCodeKind.ENHANCED_STATUS && c.getCode().startsWith("X.")).map(ReplyCode::getCode).toList();
        for (String code : List.of("X.0.0", "X.1.1", "X.1.10", "X.2.2", "X.3.4", "X.4.7", "X.5.6", "X.6.9", "X.7.1", "X.7.8", "X.7.14", "X.7.27")) {
            assertTrue(enhanced.contains(code), code);
        }
        assertEquals("Delivery not authorized, message refused", lookup.code(Protocol.SMTP, "5.7.1").orElseThrow().getTitle());
        assertEquals("Delivery not authorized, message refused", lookup.code(Protocol.SMTP, "4.7.1").orElseThrow().getTitle(),
                "a class-specific code is found under the registry's X. form");
        assertEquals("Authentication credentials invalid", lookup.code(Protocol.SMTP, "535").orElseThrow().getTitle());
        for (String pop3 : List.of("IN-USE", "LOGIN-DELAY", "SYS/TEMP", "SYS/PERM", "AUTH")) {
            assertTrue(lookup.code(Protocol.POP3, pop3).orElseThrow().getCauseId() != null, pop3);
        }
        for (String imap : List.of("UNAVAILABLE", "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "EXPIRED", "PRIVACYREQUIRED", "CONTACTADMIN",
                "NOPERM", "INUSE", "EXPUNGEISSUED", "CORRUPTION", "SERVERBUG", "CLIENTBUG", "CANNOT", "LIMIT", "OVERQUOTA", "ALREADYEXISTS",
                "NONEXISTENT")) {
            assertTrue(lookup.code(Protocol.IMAP, imap).isPresent(), imap);
        }
        assertFalse(lookup.code(Protocol.IMAP, "IN-USE").isPresent(), "POP3's code is not IMAP's");
    }

    /** Replies and texts as servers and clients send them; the cause each names. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // what sits in between
            "220 ****************************************2******0*******2**|0x800CCC62.network-interference|interception.banner-asterisks",
            "Your ISP blocks outbound port 25; use the submission port|0x800CCC0E.network-interference|interception.isp-blocks-port-25",
            "unable to verify the first certificate: issuer=CN=Avast Web/Mail Shield Root|0x800CCC1A.network-interference|interception.avast",
            "certificate verify failed (issuer: CN=Barracuda Web Filter CA)|0x800CCC1A.network-interference|interception.barracuda",
            // modern authentication
            "534-5.7.9 Application-specific password required.|0x800CCC61.auth-method-mismatch|provider.app-password-required",
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.|0x800CCC61.auth-method-mismatch|provider.basic-auth-disabled",
            "534-5.7.14 <https://accounts.google.com/signin/continue?...> Please log in via your web browser and|0x800CCC61.auth-method-mismatch|provider.web-login-required",
            "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==|0x800CCC61.auth-failed.oauth|oauth.xoauth2-error-payload",
            "AUTHENTICATE failed: AADSTS70008: The provided authorization code or refresh token has expired|0x800CCC61.auth-failed.oauth|oauth.token-expired",
            // registry codes where no text decides
            "-ERR [SYS/TEMP] Service temporarily unavailable|0x800CCC90.server-busy|pop3.SYS/TEMP",
            "-ERR [LOGIN-DELAY] minimum time between logins not reached|0x800CCC90.server-busy|pop3.LOGIN-DELAY",
            "-ERR [IN-USE] Authentication failed|0x800CCC90.mailbox-in-use|pop3.IN-USE",
            "-ERR [AUTH] Invalid login|0x800CCC90.auth-failed|pop3.AUTH",
            "A3 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)|0x800CCCD2.quota-exceeded|imap.OVERQUOTA",
            "452 4.3.1 Insufficient system resources|0x800CCC6A.server-busy|smtp.4.3.1",
            "550 5.5.2 unexpected command|0x800CCC62.protocol-violation|smtp.5.5.2",
            "Recipient <x@example.com>: 5.1.6 moved|0x800CCC79.recipient-rejected|smtp.5.1.6" })
    void aTextFindsItsCause(String text, String causeId, String entryId) {
        ReplyLookup.Match match = lookup.match(text).orElseThrow(() -> new AssertionError("nothing found in " + text));
        assertEquals(causeId, match.causeId(), text);
        assertEquals(entryId, match.entry().getId(), text);
        assertTrue(match.fix().isPresent(), entryId);
        assertTrue(text.toLowerCase().contains(match.matched().toLowerCase()), "the quoted part is from the text: " + match.matched());
    }

    @Test
    void anOauthbearerErrorPayloadOfRfc7628IsAnOauthFailure() {
        String json = "{\"status\":\"invalid_token\",\"scope\":\"example_scope\",\"openid-configuration\":\"https://example.com/.well-known/openid-configuration\"}";
        String continuation = "334 " + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.US_ASCII));
        assertEquals("0x800CCC61.auth-failed.oauth", lookup.match(continuation).orElseThrow().causeId());
        assertEquals("0x800CCC61.auth-failed.oauth", lookup.match("+ " + json).orElseThrow().causeId());
    }

    /** Words that look like knowledge but are not: a code inside a longer number, a firewall's name in a spam refusal. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "250 2.0.0 Ok: queued as 3C800131E4", "version 15.5.2x of the server", "build 5.5.20 ready",
            "+OK Dovecot ready.", "a OK [CAPABILITY IMAP4rev1] Logged in", "235 2.7.0 Authentication successful" })
    void aHealthyTextFindsNothing(String text) {
        assertTrue(lookup.match(text).isEmpty(), text + " -> " + lookup.match(text));
    }

    @Test
    void truncatedCodesAndEmptyTextsFindNothing() {
        for (String text : new String[] { null, "", "[", "[IN-USE", "-ERR [", "5.", "5.7.", "5.7.1.", "x5.7.10", "[" + "A".repeat(100) + "]",
                "550", "4.3" }) {
            assertTrue(lookup.match(text).isEmpty(), String.valueOf(text));
        }
        assertEquals("smtp.4.3.2", lookup.match("4.3.2").orElseThrow().entry().getId(), "a code alone is found");
    }

    @Test
    void aFirewallsNameOutsideACertificateIsNotInterception() {
        String spam = "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using Barracuda Reputation";
        assertTrue(lookup.match(spam).map(m -> !m.causeId().equals("0x800CCC1A.network-interference")).orElse(true), spam);
    }

    @Test
    void interceptionProductsAreFoundInCertificateNames() {
        assertEquals("Avast", lookup.interceptionProduct("CN=Avast Web/Mail Shield Root,O=Avast").orElseThrow().getProduct());
        assertEquals("Fortinet FortiGate", lookup.interceptionProduct("CN=FortiGate CA,O=Fortinet").orElseThrow().getProduct());
        assertEquals("Kaspersky", lookup.interceptionProduct("CN=Kaspersky Anti-Virus Personal Root Certificate").orElseThrow().getProduct());
        assertTrue(lookup.interceptionProduct("CN=imap.gmail.com,O=Google LLC").isEmpty());
        assertTrue(lookup.interceptionProducts().size() >= 25, "the products the session's list had");
        for (ReplyText product : lookup.interceptionProducts()) {
            assertEquals(ReplyTextKind.CERTIFICATE_ISSUER, product.getKind());
            assertFalse(product.getProductKind() == null || product.getProductKind().isBlank(), product.getId());
        }
    }
}
