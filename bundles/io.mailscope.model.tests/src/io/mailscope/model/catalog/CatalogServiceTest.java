package io.mailscope.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.mailscope.model.ErrorCode;

/**
 * The catalog as the running product sees it: the DS service, with this test bundle's plugin.xml contributing one
 * valid catalog and three broken ones.
 */
class CatalogServiceTest {

    private static final String TEST_BUNDLE = "io.mailscope.model.tests";
    private static CatalogService service;

    @BeforeAll
    static void findService() throws InterruptedException {
        var context = FrameworkUtil.getBundle(CatalogServiceTest.class).getBundleContext();
        ServiceTracker<CatalogService, CatalogService> tracker = new ServiceTracker<>(context, CatalogService.class, null);
        tracker.open();
        service = tracker.waitForService(10_000);
        assertNotNull(service, "CatalogService is registered by DS");
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
        assertEquals(3, problems.size(), problems.toString());
    }
}
