package io.mailscope.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.model.Catalog;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.ProtocolReply;
import io.mailscope.model.internal.catalog.CatalogResources;

/** The shipped catalog against the researched reference data (testfiles/reference, copied from shared/reference). */
class CatalogCoverageTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() throws IOException {
        catalog = CatalogResources.loadBuiltIn();
    }

    static List<String[]> rows(String file) throws IOException {
        var url = FrameworkUtil.getBundle(CatalogCoverageTest.class).getEntry("testfiles/reference/" + file);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            in.readLine(); // header
            for (String line; (line = in.readLine()) != null;) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    @Test
    void everyReferenceCodeIsCataloguedWithItsValueAndSymbol() throws IOException {
        Map<Integer, ErrorCode> byValue = new TreeMap<>();
        catalog.getCodes().forEach(c -> byValue.put(c.getValue(), c));
        List<String> missing = new ArrayList<>();
        List<String[]> rows = rows("error-codes.tsv");
        for (String[] row : rows) {
            int value = Integer.parseUnsignedInt(row[0].substring(2), 16);
            ErrorCode code = byValue.get(value);
            if (code == null) {
                missing.add(row[0] + " " + row[1]);
            } else if (row[1].matches("[A-Z][A-Z0-9_]+( .*)?")) {
                // the reference annotates some symbols ("POP3_NO_STORE (as listed)"); the identifier is what counts
                assertEquals(row[1].split(" ")[0], code.getSymbol(), row[0]);
            }
        }
        assertTrue(missing.isEmpty(), "not catalogued: " + missing);
        assertTrue(rows.size() >= 148, "reference has " + rows.size() + " rows");
    }

    @Test
    void everyErrorCodeExplainsItselfAndHasACauseWithARemedy() {
        for (ErrorCode code : catalog.getCodes()) {
            String hex = new HResult(code.getValue()).hex();
            assertTrue(code.getMeaning() != null && !code.getMeaning().isBlank(), hex + " has a meaning");
            if (code.getValue() < 0) {
                assertTrue(!code.getCauses().isEmpty(), hex + " has a cause");
                code.getCauses().forEach(cause -> {
                    assertTrue(!cause.getChecks().isEmpty(), cause.getId() + " has a check");
                    assertTrue(!cause.getUserRemedies().isEmpty(), cause.getId() + " has a user remedy");
                });
            }
        }
    }

    @Test
    void everyReferenceReplyIsCatalogued() throws IOException {
        List<String[]> rows = rows("protocol-replies.tsv");
        List<String> missing = new ArrayList<>();
        for (String[] row : rows) {
            if (row[0].equals("protocol")) {
                continue;
            }
            boolean found = false;
            for (ProtocolReply reply : catalog.getReplies()) {
                found |= reply.getProtocol().getLiteral().equalsIgnoreCase(row[0]) && reply.getReply().equals(row[1]);
            }
            if (!found) {
                missing.add(row[0] + " " + row[1]);
            }
        }
        assertTrue(missing.isEmpty(), "replies not catalogued: " + missing);
    }

    @Test
    void seedCaseCauseHasChecksAndRemediesForBothAudiences() {
        var cause = catalog.getCodes().stream().flatMap(c -> c.getCauses().stream())
                .filter(c -> c.getId().equals("0x800CCC97.server-bug.hidden-control-message")).findFirst().orElseThrow();
        assertEquals(0x800CCC97, cause.getErrorCode().getValue());
        assertEquals("server-bug", cause.getCategory().getLiteral());
        assertTrue(cause.getChecks().size() >= 2);
        assertTrue(!cause.getAdminRemedies().isEmpty());
    }
}
