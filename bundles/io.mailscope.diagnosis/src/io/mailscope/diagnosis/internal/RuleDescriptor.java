package io.mailscope.diagnosis.internal;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.model.Protocol;

/** One valid contribution to {@code io.mailscope.diagnosis.rules}: its metadata and how to make the rule. */
public sealed interface RuleDescriptor {

    RuleInfo info();

    /**
     * Creates the rule. For a Java rule this loads and instantiates the contributed class, so the engine calls it only
     * inside its isolation.
     *
     * @throws CoreException when the class cannot be loaded or instantiated
     * @throws ClassCastException when the class does not implement {@link DiagnosisRule}
     */
    DiagnosisRule createRule() throws CoreException;

    /**
     * @return true when the rule's class declares {@link io.mailscope.diagnosis.api.RoutineExchangesIgnored}; false
     *         when it does not, or when its class cannot be had now (the engine then reports the failure when it
     *         starts the rule, inside its isolation, as for every rule)
     */
    default boolean routineExchangesIgnored() {
        try {
            return createRule().getClass().isAnnotationPresent(RoutineExchangesIgnored.class);
        } catch (CoreException | RuntimeException | LinkageError e) {
            return false; // reported by the engine when it starts the rule
        }
    }

    /** A {@code javaRule}: the class is created on first use and then reused. */
    final class JavaRule implements RuleDescriptor {
        private final RuleInfo info;
        private final IConfigurationElement element;
        private volatile DiagnosisRule rule;

        public JavaRule(RuleInfo info, IConfigurationElement element) {
            this.info = info;
            this.element = element;
        }

        @Override
        public RuleInfo info() {
            return info;
        }

        @Override
        public DiagnosisRule createRule() throws CoreException {
            DiagnosisRule result = rule;
            if (result == null) {
                Object created = element.createExecutableExtension(RuleRegistryReader.ATTR_CLASS);
                if (!(created instanceof DiagnosisRule r)) {
                    throw new ClassCastException(created.getClass().getName() + " does not implement " //$NON-NLS-1$
                            + DiagnosisRule.class.getName());
                }
                result = r;
                rule = r;
            }
            return result;
        }

        /** Reads the annotation from the contributed class without creating it (contributed code runs isolated). */
        @Override
        public boolean routineExchangesIgnored() {
            DiagnosisRule created = rule;
            if (created != null) {
                return created.getClass().isAnnotationPresent(RoutineExchangesIgnored.class);
            }
            Bundle bundle;
            try {
                bundle = Platform.getBundle(element.getContributor().getName());
            } catch (RuntimeException | LinkageError e) {
                bundle = null;
            }
            if (bundle == null) {
                // No OSGi framework (the headless commands on the product's plain class path, where the registry's
                // strategy loads the classes): the class can only be had by creating the rule. Answering false here
                // silently sent every trace down the slow path there (a third of the in-framework throughput).
                return RuleDescriptor.super.routineExchangesIgnored();
            }
            try {
                String className = element.getAttribute(RuleRegistryReader.ATTR_CLASS);
                return className != null && bundle.loadClass(className)
                        .isAnnotationPresent(RoutineExchangesIgnored.class);
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                return false; // reported by the engine when it creates the rule
            }
        }

        @Override
        public String toString() {
            return "javaRule " + info.id(); //$NON-NLS-1$
        }
    }

    /**
     * A {@code declarativeRule}.
     *
     * @param commandPattern matched (find) against the command line; null: any exchange
     * @param replyPattern matched (find) against each reply line
     * @param withinExchanges how many exchanges after the matching command the reply may come; 0: the same exchange
     * @param code the HRESULT to report
     * @param causeId the catalog cause to report
     * @param confidence 0..1
     */
    record Declarative(RuleInfo info, Protocol protocol, Pattern commandPattern, Pattern replyPattern, int withinExchanges,
            int code, String causeId, double confidence) implements RuleDescriptor {

        @Override
        public DiagnosisRule createRule() {
            return context -> new DeclarativeRuleRun(this, context);
        }
    }

    /**
     * A rule offered by a {@link io.mailscope.diagnosis.api.RuleProvider} (plain classpath): created on first use
     * (inside the engine's isolation) and then reused, like a {@code javaRule}.
     */
    final class Supplied implements RuleDescriptor {
        private final RuleInfo info;
        private final Supplier<DiagnosisRule> supplier;
        private volatile DiagnosisRule rule;

        public Supplied(RuleInfo info, Supplier<DiagnosisRule> supplier) {
            this.info = info;
            this.supplier = supplier;
        }

        @Override
        public RuleInfo info() {
            return info;
        }

        @Override
        public DiagnosisRule createRule() {
            DiagnosisRule result = rule;
            if (result == null) {
                result = Objects.requireNonNull(supplier.get(), "the provider created no rule"); //$NON-NLS-1$
                rule = result;
            }
            return result;
        }

        @Override
        public String toString() {
            return "supplied rule " + info.id(); //$NON-NLS-1$
        }
    }

    /** A rule that is not contributed through plugin.xml (built by code, e.g. by tests). */
    record Programmatic(RuleInfo info, DiagnosisRule rule) implements RuleDescriptor {
        @Override
        public DiagnosisRule createRule() {
            return rule;
        }
    }
}
