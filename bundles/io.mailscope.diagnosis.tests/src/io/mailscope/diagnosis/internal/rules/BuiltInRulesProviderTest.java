package io.mailscope.diagnosis.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.api.RuleProvider;
import io.mailscope.diagnosis.internal.RuleDescriptor;
import io.mailscope.diagnosis.tests.shared.Diagnoses;

/**
 * The built-in rules are declared twice: in plugin.xml (the product) and in {@link BuiltInRules} (a plain classpath,
 * found through ServiceLoader). Both must describe the same rules with the same classes.
 */
class BuiltInRulesProviderTest {

    @Test
    void theServiceLoaderProviderListsExactlyTheRulesOfPluginXml() throws Exception {
        List<RuleInfo> registry = Diagnoses.builtInRules().stream().map(RuleDescriptor::info).toList();
        List<RuleProvider.Contribution> provided = new BuiltInRules().rules();
        assertEquals(registry, provided.stream().map(RuleProvider.Contribution::info).toList());
        for (int i = 0; i < provided.size(); i++) {
            assertSame(Diagnoses.builtInRules().get(i).createRule().getClass(), provided.get(i).rule().get().getClass(),
                    registry.get(i).id());
        }
    }

    @Test
    void theProviderIsRegisteredForServiceLoader() {
        List<String> found = ServiceLoader.load(RuleProvider.class, BuiltInRules.class.getClassLoader()).stream()
                .map(p -> p.type().getName()).toList();
        assertEquals(List.of(BuiltInRules.class.getName()), found);
    }
}
