package io.mailscope.testserver.internal.registry;

import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;

/**
 * The scenarios, read on first use and read again after plug-ins that contribute scenarios are installed or removed
 * at runtime.
 */
public final class ScenarioRegistry implements AutoCloseable {

    private final IExtensionRegistry registry;
    private final ScenarioRegistryReader reader;
    private final IRegistryEventListener listener = new IRegistryEventListener() {
        @Override
        public void added(IExtension[] extensions) {
            invalidate();
        }

        @Override
        public void removed(IExtension[] extensions) {
            invalidate();
        }

        @Override
        public void added(IExtensionPoint[] extensionPoints) {
            // only extensions to our own point matter
        }

        @Override
        public void removed(IExtensionPoint[] extensionPoints) {
            // only extensions to our own point matter
        }
    };
    private volatile List<ScenarioDescriptor> scenarios;

    public ScenarioRegistry(IExtensionRegistry registry, ILog log) {
        this.registry = registry;
        this.reader = new ScenarioRegistryReader(log);
        registry.addListener(listener, ScenarioRegistryReader.EXTENSION_POINT);
    }

    public List<ScenarioDescriptor> scenarios() {
        List<ScenarioDescriptor> result = scenarios;
        if (result == null) {
            synchronized (this) {
                result = scenarios;
                if (result == null) {
                    result = reader.read(registry);
                    scenarios = result;
                }
            }
        }
        return result;
    }

    private void invalidate() {
        scenarios = null;
    }

    @Override
    public void close() {
        registry.removeListener(listener);
    }
}
