package io.mailscope.ui.install.provisioning;

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
        return AvailableFeature.displayName(unit);
    }

    public String provider() {
        return AvailableFeature.localized(unit, IInstallableUnit.PROP_PROVIDER);
    }
}
