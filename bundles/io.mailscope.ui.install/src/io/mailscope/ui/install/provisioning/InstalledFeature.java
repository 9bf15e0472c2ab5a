package io.mailscope.ui.install.provisioning;

import java.util.Locale;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;

/** A feature the engineer installed into the product (a root of its profile that is not the product itself). */
public record InstalledFeature(IInstallableUnit unit) {

    public String id() {
        return AvailableFeature.featureId(unit.getId());
    }

    public String version() {
        return unit.getVersion().toString();
    }

    public String name() {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, Locale.getDefault().toString());
        return name == null || name.isBlank() ? id() : name;
    }

    public String provider() {
        String provider = unit.getProperty(IInstallableUnit.PROP_PROVIDER, Locale.getDefault().toString());
        return provider == null ? "" : provider; //$NON-NLS-1$
    }
}
