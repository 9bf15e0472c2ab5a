package io.mailscope.model.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import io.mailscope.model.internal.requests.TraceRequestFile;
import io.mailscope.tests.harness.Services;

/** The catalog of texts to ask customers for a trace, as the DS service reads it from the extension point. */
class TraceRequestCatalogTest {

    static TraceRequestCatalog catalog() {
        return Services.await(TraceRequestCatalog.class);
    }

    @Test
    void outlook2002HasTheTextOfItsCatalogFile() throws Exception {
        TraceRequest outlook = catalog().find("outlook-2002-2003").orElseThrow();
        String file = read("trace-requests/outlook-2002-2003.txt");
        assertEquals(file.substring(file.indexOf("\n---\n") + 5).strip(), outlook.text());
        assertTrue(outlook.client().contains("Outlook 2002"), outlook.client());
        assertTrue(outlook.text().contains("OPMLog.log") && outlook.text().contains("Enable logging (troubleshooting)"), outlook.text());
        assertEquals("io.mailscope.model", outlook.contributor());
        assertEquals(List.of("POP3", "IMAP", "SMTP"), outlook.protocols());
    }

    @Test
    void everyClientFamilyTheProductReadsHasARequest() throws Exception {
        List<TraceRequest> requests = catalog().requests();
        List<String> families = requests.stream().map(TraceRequest::family).distinct().toList();
        assertTrue(families.containsAll(List.of("Outlook", "Outlook Express", "Windows Live Mail", "Thunderbird", "Mobile")), families.toString());
        assertTrue(catalog().find("thunderbird").orElseThrow().text().contains("MOZ_LOG=IMAP:5,POP3:5,SMTP:5"));
        assertTrue(catalog().problems().isEmpty(), catalog().problems().toString());
    }

    @Test
    void aMalformedFileIsRejectedWithTheLineAndWhy() {
        IllegalArgumentException noSeparator = assertThrows(IllegalArgumentException.class,
                () -> TraceRequestFile.parse("id: x\nclient: X\nfamily: X\nPlease send the log\n", "acme", "a.txt"));
        assertTrue(noSeparator.getMessage().contains("line 4"), noSeparator.getMessage());
        IllegalArgumentException noId = assertThrows(IllegalArgumentException.class,
                () -> TraceRequestFile.parse("client: X\nfamily: X\n---\ntext\n", "acme", "a.txt"));
        assertTrue(noId.getMessage().contains("'id:'"), noId.getMessage());
        TraceRequest parsed = TraceRequestFile.parse("id: acme\r\nclient: ACME Mail\r\nfamily: ACME\r\n---\r\nLine one\r\n\r\nLine two\r\n", "acme", "a.txt");
        assertEquals("Line one\n\nLine two", parsed.text());
    }

    private static String read(String path) throws IOException {
        try (InputStream in = Platform.getBundle("io.mailscope.model").getEntry(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
