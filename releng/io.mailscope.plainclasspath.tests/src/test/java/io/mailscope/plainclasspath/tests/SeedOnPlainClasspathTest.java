package io.mailscope.plainclasspath.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.standalone.StandaloneDiagnosis;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.trace.ImportOptions;

/**
 * Seed case 002 diagnosed with the core jars on a plain classpath: no OSGi framework, no extension registry, rules
 * found through {@link java.util.ServiceLoader}. The expected lines are those of the customer's log (see the
 * README's example): STAT, "+OK 1 554", UIDL and its empty listing, LIST and its "[1 control message(s) hidden]"
 * reply.
 */
class SeedOnPlainClasspathTest {

    private static final int POPID_OUT_OF_RANGE = 0x800CCC97;

    @Test
    void noOsgiFrameworkIsOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.osgi.framework.FrameworkUtil"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.core.runtime.Platform"));
    }

    @Test
    void theBuiltInRulesAreFoundThroughServiceLoader() {
        try (StandaloneDiagnosis diagnosis = StandaloneDiagnosis.create()) {
            List<String> ids = diagnosis.rules().stream().map(RuleInfo::id).toList();
            assertTrue(ids.contains("io.mailscope.diagnosis.pop3.stat-count-mismatch"), ids.toString());
            assertTrue(ids.contains("io.mailscope.diagnosis.connection"), ids.toString());
            assertTrue(ids.contains("io.mailscope.diagnosis.error-texts"), ids.toString());
            // the same built-in rules as the OSGi launch registers from the diagnosis bundle's plugin.xml
            assertEquals(new TreeSet<>(ruleIdsOfPluginXml()), new TreeSet<>(ids));
        }
    }

    private static List<String> ruleIdsOfPluginXml() {
        try {
            String xml = Files.readString(Path.of("../../bundles/io.mailscope.diagnosis/plugin.xml"));
            List<String> ids = Pattern.compile("<javaRule id=\"([^\"]+)\"").matcher(xml).results()
                    .map(m -> m.group(1)).toList();
            assertTrue(ids.size() >= 12, ids.toString());
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void seed002IsAServerBugWithTheStatUidlAndListLinesAsEvidence() throws Exception {
        try (StandaloneDiagnosis diagnosis = StandaloneDiagnosis.create()) {
            FileDiagnosis result = diagnosis.diagnose(Path.of("testfiles/outlook2002-pop3-0x800ccc97.log"), ImportOptions.DEFAULT, null);
            Diagnosis d = result.diagnosis();
            assertEquals("io.mailscope.trace.outlook.legacy", result.importResult().format().formatId());
            List<Finding> determined = d.getFindings().stream().filter(Finding::isDetermined).toList();
            assertEquals(1, determined.size(), describe(d));
            Finding f = determined.get(0);
            assertEquals(POPID_OUT_OF_RANGE, f.getErrorCode().getValue());
            assertEquals("IXP_E_POP3_POPID_OUT_OF_RANGE", f.getErrorCode().getSymbol());
            assertEquals(CauseCategory.SERVER_BUG, f.getCategory());
            assertEquals("0x800CCC97.server-bug.hidden-control-message", f.getCause().getId());
            assertEquals(List.of("57 STAT", "86 +OK 1 554", "91 UIDL", "94 +OK", "97 .", "127 LIST",
                    "132-133 +OK 0 messages (554 octets) [1 control message(s) hidden]"),
                    f.getEvidence().stream().map(SeedOnPlainClasspathTest::line).toList(), describe(d));
            assertTrue(d.getRuleFailures().stream().allMatch(r -> r.getMessage().contains("not in the catalog")), describe(d));
        }
    }

    private static String line(Evidence e) {
        String lines = e.getFirstLine() == e.getLastLine() ? String.valueOf(e.getFirstLine()) : e.getFirstLine() + "-" + e.getLastLine();
        return lines + " " + e.getText().strip();
    }

    private static String describe(Diagnosis d) {
        return d.getFindings().stream().map(f -> f.getRuleId() + " " + (f.getCause() == null ? "-" : f.getCause().getId()) + " "
                + f.getEvidence().stream().map(SeedOnPlainClasspathTest::line).toList()).collect(Collectors.joining("\n"))
                + d.getRuleFailures().stream().map(r -> "\nFAILURE " + r.getMessage()).collect(Collectors.joining());
    }
}
