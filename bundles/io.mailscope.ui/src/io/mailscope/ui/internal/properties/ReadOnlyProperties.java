package io.mailscope.ui.internal.properties;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** Named values shown read-only in the Properties view, in the order they were added, grouped by category. */
final class ReadOnlyProperties implements IPropertySource {

    private record Value(String category, Object value) {
    }

    private final Map<String, Value> values = new LinkedHashMap<>();

    ReadOnlyProperties put(String category, String name, Object value) {
        values.put(name, new Value(category, value == null ? "" : value)); //$NON-NLS-1$
        return this;
    }

    /** Adds the value unless it is null or blank: for what only some entries have (a pattern, a product, a source). */
    ReadOnlyProperties putIfPresent(String category, String name, Object value) {
        return value == null || String.valueOf(value).isBlank() ? this : put(category, name, value);
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return values.entrySet().stream().map(e -> {
            PropertyDescriptor d = new PropertyDescriptor(e.getKey(), e.getKey());
            d.setCategory(e.getValue().category());
            return d;
        }).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        Value v = values.get(id);
        return v == null ? null : String.valueOf(v.value());
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}
