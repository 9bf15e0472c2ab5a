package io.mailscope.diagnosis.internal;

import java.util.List;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;

/**
 * The contributed rules, read once on first use by {@link RuleRegistryReader} and read again after bundles that
 * contribute to the extension point are installed or removed.
 */
public final class RuleRegistry implements IRegistryEventListener {

    private final IExtensionRegistry registry;
    private final RuleRegistryReader reader;
    private volatile List<RuleDescriptor> rules;

    public RuleRegistry(IExtensionRegistry registry, ILog log) {
        this.registry = registry;
        this.reader = new RuleRegistryReader(log);
        registry.addListener(this, RuleRegistryReader.EXTENSION_POINT);
    }

    /** @return the valid contributed rules; reads plugin.xml on first call, loads no contributed class */
    public List<RuleDescriptor> rules() {
        List<RuleDescriptor> result = rules;
        if (result == null) {
            synchronized (this) {
                result = rules;
                if (result == null) {
                    result = reader.read(registry);
                    rules = result;
                }
            }
        }
        return result;
    }

    public void dispose() {
        registry.removeListener(this);
    }

    @Override
    public void added(IExtension[] extensions) {
        rules = null;
    }

    @Override
    public void removed(IExtension[] extensions) {
        rules = null;
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // only our own point is listened to; its contributions are handled above
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        rules = null;
    }
}
