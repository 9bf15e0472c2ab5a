package io.mailscope.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.mailscope.model.ErrorCode;
import io.mailscope.tests.harness.Services;

/**
 * The catalog as the running product sees it: the DS service, with this test bundle's plugin.xml contributing one
 * valid catalog and three broken ones.
 */
class CatalogServiceTest {

    private static final String TEST_BUNDLE = "io.mailscope.model.tests";
    private static CatalogService service;

    @BeforeAll
    static void findService() {
        service = Services.await(CatalogService.class);
    }

    @Test
    void validContributionAddsACodeAndACauseToAnExistingCode() {
        ErrorCode frozen = service.byValue(0x800400FF).orElseThrow();
        assertEquals("ACME_E_MAILBOX_FROZEN", frozen.getSymbol());
        assertEquals(1, frozen.getReplies().size(), "the contributed reply is linked to the contributed code");
        ErrorCode dropped = service.byValue(0x800CCC0F).orElseThrow();
        assertEquals("IXP_E_CONNECTION_DROPPED", dropped.getSymbol(), "the shipped symbol is kept");
        assertTrue(dropped.getCauses().stream().anyMatch(c -> c.getId().equals("acme.0x800CCC0F.edge-proxy-idle")));
        assertTrue(service.cause("acme.0x800CCC0F.edge-proxy-idle").isPresent());
    }

    @Test
    void brokenContributionsAreReportedWithTheContributorAndLeaveTheCatalogIntact() {
        List<CatalogProblem> problems = service.problems();
        assertTrue(problems.stream().allMatch(p -> p.contributor().equals(TEST_BUNDLE)), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.location().contains("not-xml.xmi") && p.message().contains("cannot be read")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.location().contains("does-not-exist.xmi") && p.message().contains("not found")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("conflicts with the catalogued symbol IXP_E_CONNECTION_DROPPED")), problems.toString());
        assertFalse(service.cause("acme.should-not-appear").isPresent(), "causes of a rejected code are not merged");
        assertEquals(3 + 6, problems.size(), problems.toString());
    }

    @Test
    void contributedReplyKnowledgeIsConsultedFirstAndItsBadEntriesAreReportedWithTheContributor() {
        List<String> ids = service.replies().entries().stream().map(k -> k.getId()).toList();
        assertEquals(List.of("acme.edge-proxy-idle", "acme.imap-throttled"), ids.subList(0, 2), "valid contributed entries come first");
        assertEquals("acme.0x800CCC0F.edge-proxy-idle", service.replies().match("-ERR ACME-EDGE idle for 30 s, closing").orElseThrow().causeId());
        assertEquals("0x800CCC67.server-busy", service.replies().match("a1 NO [ACME-THROTTLED] slow down").orElseThrow().causeId());
        assertEquals("0x800CCC79.relay-denied", service.replies().match("554 5.7.1 Relay access denied").orElseThrow().causeId(),
                "the shipped knowledge is still there");
        List<CatalogProblem> knowledge = service.problems().stream().filter(p -> p.location().contains("acme-knowledge.xmi")).toList();
        assertEquals(6, knowledge.size(), knowledge.toString());
        assertTrue(knowledge.stream().allMatch(p -> p.contributor().equals(TEST_BUNDLE) && p.message().endsWith("entry skipped")),
                knowledge.toString());
        for (String expected : List.of("acme.unknown-cause: names the cause acme.no-such-cause, which is not in the catalog",
                "acme.bad-pattern: has an invalid pattern", "smtp.relay-denied: id smtp.relay-denied is already used",
                "acme.half-code: code '5.7' is not a valid enhanced-status code", "acme.no-phrases: needs at least one phrase",
                "acme.too-sure: has a confidence outside 0..1")) {
            assertTrue(knowledge.stream().anyMatch(p -> (p.location() + ": " + p.message()).contains(expected)), expected + " in " + knowledge);
        }
    }
}
