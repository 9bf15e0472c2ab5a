package io.mailscope.model.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mailscope.model.Catalog;
import io.mailscope.model.catalog.CatalogProblem;
import io.mailscope.tests.harness.LogEntries;

class CatalogContributionReaderTest {

    @RegisterExtension
    final LogEntries log = new LogEntries();

    @Test
    void everyRejectedContributionGoesToTheErrorLogUnderTheContributorsBundleId() throws Exception {
        Catalog catalog = CatalogResources.loadBuiltIn();
        int before = catalog.getCodes().size();
        List<CatalogProblem> problems = new CatalogContributionReader(RegistryFactory.getRegistry()).contributeTo(catalog);

        assertEquals(before + 1, catalog.getCodes().size(), "the valid contribution's new code is merged");
        assertEquals(problems.size(), log.all().size());
        for (IStatus status : log.all()) {
            assertEquals(IStatus.ERROR, status.getSeverity());
            assertEquals("io.mailscope.model.tests", status.getPlugin());
            assertTrue(status.getMessage().startsWith("Catalog contribution rejected: testfiles/contributions/"), status.getMessage());
        }
    }
}
