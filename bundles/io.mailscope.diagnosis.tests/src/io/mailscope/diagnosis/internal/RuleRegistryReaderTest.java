package io.mailscope.diagnosis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
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

    /**
     * The headless commands run on the product's plain class path with an extension registry whose contributors are
     * no OSGi bundles (as ClassPathRuntime builds it). The built-in rules must still be seen to ignore routine
     * exchanges there, or every trace takes the slow path (it did: three times the CPU of the OSGi launch).
     */
    @Test
    void routineExchangesIgnoredIsReadInARegistryWithoutOsgiBundles() throws IOException {
        Object token = new Object();
        RegistryStrategy classPath = new RegistryStrategy(null, null) {
            @Override
            public Object createExecutableExtension(RegistryContributor contributor, String className, String overridenContributorName)
                    throws CoreException {
                try {
                    return Class.forName(className, true, RuleRegistryReader.class.getClassLoader()).getConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(className, e);
                }
            }
        };
        IExtensionRegistry registry = RegistryFactory.createRegistry(classPath, token, null);
        String pluginXml;
        try (InputStream in = RuleRegistryReader.class.getResourceAsStream("/plugin.xml")) {
            pluginXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the extension point under its own namespace; the built-in rules from a contributor no installed bundle has,
        // so that Platform.getBundle cannot answer for them, as on the class path
        String point = "<?xml version=\"1.0\"?><plugin><extension-point id=\"rules\" name=\"Rules\"/></plugin>";
        registry.addContribution(new ByteArrayInputStream(point.getBytes(StandardCharsets.UTF_8)),
                ContributorFactorySimple.createContributor("io.mailscope.diagnosis"), false, "io.mailscope.diagnosis", null, token);
        String rulesOnly = pluginXml.replaceAll("<extension-point [^>]*/>", "");
        assertTrue(rulesOnly.length() < pluginXml.length(), "the diagnosis bundle's plugin.xml declares the extension point");
        registry.addContribution(new ByteArrayInputStream(rulesOnly.getBytes(StandardCharsets.UTF_8)),
                ContributorFactorySimple.createContributor("io.mailscope.diagnosis.on-a-class-path"), false,
                "io.mailscope.diagnosis.on-a-class-path", null, token);
        try {
            List<RuleDescriptor> rules = new RuleRegistryReader(ILog.of(getClass())).read(registry);
            assertEquals(12, rules.size(), rules.toString());
            for (RuleDescriptor rule : rules) {
                boolean declared = assertInstanceOf(RuleDescriptor.JavaRule.class, rule).createRule().getClass()
                        .isAnnotationPresent(RoutineExchangesIgnored.class);
                assertTrue(declared, rule + " declares @RoutineExchangesIgnored");
                assertEquals(declared, new RuleDescriptor.JavaRule(rule.info(), element(registry, rule.info().id())).routineExchangesIgnored(),
                        rule.info().id());
            }
        } catch (CoreException e) {
            throw new AssertionError(e);
        } finally {
            registry.stop(token);
        }
    }

    private static IConfigurationElement element(IExtensionRegistry registry, String ruleId) {
        for (IConfigurationElement element : registry.getConfigurationElementsFor(RuleRegistryReader.EXTENSION_POINT)) {
            if (ruleId.equals(element.getAttribute(RuleRegistryReader.ATTR_ID))) {
                return element;
            }
        }
        throw new AssertionError(ruleId);
    }

    private static RuleInfo info(List<RuleDescriptor> rules, String id) {
        return rules.stream().map(RuleDescriptor::info).filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + rules));
    }
}
