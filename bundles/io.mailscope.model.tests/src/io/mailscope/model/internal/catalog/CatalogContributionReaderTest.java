package io.mailscope.model.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import io.mailscope.model.Catalog;
import io.mailscope.model.catalog.CatalogProblem;

class CatalogContributionReaderTest {

    @Test
    void everyRejectedContributionGoesToTheErrorLogUnderTheContributorsBundleId() throws Exception {
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            Catalog catalog = CatalogResources.loadBuiltIn();
            int before = catalog.getCodes().size();
            List<CatalogProblem> problems = new CatalogContributionReader(RegistryFactory.getRegistry()).contributeTo(catalog);

            assertEquals(before + 1, catalog.getCodes().size(), "the valid contribution's new code is merged");
            assertEquals(problems.size(), logged.size());
            for (IStatus status : logged) {
                assertEquals(IStatus.ERROR, status.getSeverity());
                assertEquals("io.mailscope.model.tests", status.getPlugin());
                assertTrue(status.getMessage().startsWith("Catalog contribution rejected: testfiles/contributions/"), status.getMessage());
            }
        } finally {
            Platform.removeLogListener(listener);
        }
    }
}
