package io.mailscope.ui.install.provisioning;

import java.util.Locale;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.Version;

/**
 * A feature (p2 group) found in a repository, with what the product already has of it.
 *
 * @param unit             the installable unit p2 installs
 * @param installedVersion the version of the same feature in the profile, or {@code null}
 */
public record AvailableFeature(IInstallableUnit unit, Version installedVersion) {

    private static final String GROUP_SUFFIX = ".feature.group"; //$NON-NLS-1$

    /** the feature id as feature.xml names it ({@code io.mailscope.examples.rules.feature}) */
    public String id() {
        return featureId(unit.getId());
    }

    public Version version() {
        return unit.getVersion();
    }

    public String name() {
        return displayName(unit);
    }

    public String provider() {
        return localized(unit, IInstallableUnit.PROP_PROVIDER);
    }

    public String description() {
        return localized(unit, IInstallableUnit.PROP_DESCRIPTION).strip();
    }

    public boolean installed() {
        return installedVersion != null && installedVersion.equals(unit.getVersion());
    }

    /** A newer version of something the product has: installing it updates. */
    public boolean update() {
        return installedVersion != null && unit.getVersion().compareTo(installedVersion) > 0;
    }

    /** Installable now: not there yet, or newer than what is there. */
    public boolean installable() {
        return installedVersion == null || update();
    }

    /** the unit's name in the user's language (feature.properties), else its feature id */
    static String displayName(IInstallableUnit unit) {
        String name = localized(unit, IInstallableUnit.PROP_NAME);
        return name.isBlank() ? featureId(unit.getId()) : name;
    }

    /** a property in the user's language, "" when the unit has none */
    static String localized(IInstallableUnit unit, String key) {
        String value = unit.getProperty(key, Locale.getDefault().toString());
        return value == null ? "" : value; //$NON-NLS-1$
    }

    static String featureId(String iuId) {
        return iuId.endsWith(GROUP_SUFFIX) ? iuId.substring(0, iuId.length() - GROUP_SUFFIX.length()) : iuId;
    }

    static String groupId(String featureId) {
        return featureId.endsWith(GROUP_SUFFIX) ? featureId : featureId + GROUP_SUFFIX;
    }
}
