package io.mailscope.share;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.model.Session;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.rows.ModelTraceRows;
import io.mailscope.tests.harness.Services;

/** A sanitised copy of real traces, imported the way the workbench imports them. */
class SanitisedExportTest {

    /** What the test takes as identifying, found in the raw input independently of the code under test. */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern IPV4 = Pattern.compile("\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b");
    /** Host names under the top-level domains these traces use. */
    private static final Pattern HOST = Pattern.compile("(?i)\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:test|com|net|org|example|uk|de)\\b");

    @ParameterizedTest
    @ValueSource(strings = { "outlook2010-pop3-smtp.log", "wlm-smtp-auth.log", "telnet-pop3-0x800ccc0f.txt",
            "fetchmail_pop.txt", "swaks_plain.txt", "curl_imap.txt" })
    void theCopyHoldsNoAddressHostOrIpAddressOfTheInput(String name) throws Exception {
        Path file = testFile(name);
        String input = Files.readString(file, StandardCharsets.ISO_8859_1);
        Trace trace = importer().importFile(file, ImportOptions.DEFAULT, null, null).trace();
        String copy = SanitisedExport.of(ModelTraceRows.of(trace)).text();

        Set<String> identifying = new TreeSet<>();
        collect(ADDRESS, input, identifying);
        collect(IPV4, input, identifying);
        collect(HOST, input, identifying);
        for (Session session : trace.getSessions()) {
            if (session.getHost() != null && !session.getHost().isBlank()) {
                identifying.add(session.getHost());
            }
        }
        assertFalse(identifying.isEmpty(), name + ": the input names someone");
        for (String value : identifying) {
            assertFalse(copy.toLowerCase().contains(value.toLowerCase()), name + ": the copy still holds " + value + "\n" + copy);
        }
        assertTrue(copy.contains("S: "), name + ": the conversation is there\n" + copy);
    }

    @Test
    void messageBodiesAreReplacedAndPasswordsStayMasked() throws Exception {
        Path file = testFile("swaks_plain.txt");
        String copy = SanitisedExport.of(ModelTraceRows.of(importer().importFile(file, ImportOptions.DEFAULT, null, null).trace())).text();
        assertFalse(copy.contains("Subject: test"), copy);
        assertFalse(copy.contains("X-Mailer"), copy);
        assertTrue(copy.contains("[message body removed: "), copy);
        assertFalse(copy.contains("S3cret!"), copy);

        String imap = SanitisedExport.of(ModelTraceRows.of(importer().importFile(testFile("curl_imap.txt"), ImportOptions.DEFAULT, null, null).trace())).text();
        assertTrue(imap.contains("UID FETCH 1 BODY[]"), imap);
        assertFalse(imap.contains("S3cret!"), imap);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group());
        }
    }

    private static Path testFile(String name) throws Exception {
        URL entry = FrameworkUtil.getBundle(SanitisedExportTest.class).getEntry("testfiles/" + name);
        assertNotNull(entry, name);
        return Path.of(FileLocator.toFileURL(entry).toURI());
    }

    private static TraceImportService importer() {
        return Services.await(TraceImportService.class);
    }
}
