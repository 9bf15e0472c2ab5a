package io.mailscope.diagnosis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Protocol;
import io.mailscope.tests.harness.LogEntries;

/** Reading the rules extension point: metadata only, invalid contributions logged with the contributor and skipped. */
class RuleRegistryReaderTest {

    private static final String TEST_BUNDLE = "io.mailscope.diagnosis.tests";

    @RegisterExtension
    final LogEntries log = new LogEntries();

    @Test
    void validContributionsAreListedWithTheirMetadata() {
        List<RuleDescriptor> rules = new RuleRegistryReader(ILog.of(getClass())).read(RegistryFactory.getRegistry());
        RuleInfo pop3 = info(rules, "io.mailscope.diagnosis.pop3.stat-count-mismatch");
        assertEquals(java.util.Set.of(Protocol.POP3), pop3.protocols());
        assertEquals(CauseCategory.SERVER_BUG, pop3.category());
        assertEquals("io.mailscope.diagnosis", pop3.contributor());
        assertEquals(RuleInfo.Kind.JAVA, pop3.kind());
        RuleInfo declarative = info(rules, "io.mailscope.diagnosis.tests.declarative-busy");
        assertEquals(RuleInfo.Kind.DECLARATIVE, declarative.kind());
        assertEquals(CauseCategory.QUOTA_EXCEEDED, declarative.category(), "category read from the cause id");
        assertEquals(1, rules.stream().filter(r -> r.info().id().equals("io.mailscope.diagnosis.tests.throwing")).count());
        assertTrue(rules.stream().noneMatch(r -> r.info().id().contains("invalid")), rules.toString());
        assertEquals(12, rules.stream().filter(r -> r.info().contributor().equals("io.mailscope.diagnosis")).count());
    }

    @Test
    void invalidContributionsAreLoggedWithTheContributorsBundleId() {
        new RuleRegistryReader(ILog.of(getClass())).read(RegistryFactory.getRegistry());
        List<String> expected = List.of("invalid-no-class\">): missing attribute 'class'",
                "invalid-protocol\">): unknown protocol 'GOPHER'", "invalid-regex\">): replyPattern is not a valid regular expression",
                "invalid-code\">): code 0x00000000 is not a failure code", "duplicate rule id 'io.mailscope.diagnosis.tests.throwing'");
        for (String part : expected) {
            assertTrue(log.any(s -> s.getPlugin().equals(TEST_BUNDLE) && s.getSeverity() == IStatus.WARNING
                    && s.getMessage().contains("from bundle " + TEST_BUNDLE) && s.getMessage().contains(part)), part + " in " + log.all());
        }
    }

    private static RuleInfo info(List<RuleDescriptor> rules, String id) {
        return rules.stream().map(RuleDescriptor::info).filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + rules));
    }
}
