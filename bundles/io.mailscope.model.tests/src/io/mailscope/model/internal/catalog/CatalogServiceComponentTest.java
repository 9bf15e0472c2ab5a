package io.mailscope.model.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mailscope.model.Catalog;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.tests.harness.LogEntries;
import io.mailscope.tests.harness.Services;

/**
 * The catalog service with its shipped catalog from elsewhere ({@code ./mailscope} on a plain class path loads it on
 * a thread of its own while the registry is read): the contributions are merged into it as into the one the service
 * loads itself, and a failed load is tried again on the next use.
 */
class CatalogServiceComponentTest {

    @RegisterExtension
    final LogEntries log = new LogEntries(); // the contributions this test bundle rejects are logged again

    @Test
    void aCatalogLoadedOnAnotherThreadBecomesTheSameCatalogAsTheServicesOwn() throws Exception {
        CompletableFuture<Catalog> ahead = CompletableFuture.supplyAsync(() -> {
            try {
                return CatalogResources.loadBuiltIn();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CatalogServiceComponent loadedAhead = new CatalogServiceComponent(ahead::join);
        CatalogService own = Services.await(CatalogService.class);

        assertEquals("ACME_E_MAILBOX_FROZEN", loadedAhead.byValue(0x800400FF).orElseThrow().getSymbol(),
                "this test bundle's contribution is merged");
        assertTrue(EcoreUtil.equals(own.catalog(), loadedAhead.catalog()), "the same codes, causes and replies");
        assertEquals(own.problems(), loadedAhead.problems());
    }

    @Test
    void aShippedCatalogThatCannotBeLoadedIsLoadedAgainOnTheNextUse() {
        AtomicInteger loads = new AtomicInteger();
        CatalogServiceComponent service = new CatalogServiceComponent(() -> {
            if (loads.incrementAndGet() == 1) {
                throw new IOException("the first load fails");
            }
            return CatalogResources.loadBuiltIn();
        });

        assertThrows(UncheckedIOException.class, service::catalog);
        assertEquals("IXP_E_CONNECTION_DROPPED", service.byValue(0x800CCC0F).orElseThrow().getSymbol());
        assertEquals(2, loads.get());
    }
}
