package io.mailscope.headless.internal.classpath;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * A bundle jar on the plain class path, read as the OSGi framework reads it: manifest headers, {@code plugin.xml}
 * and the translations of the {@code %keys} in it ({@code Bundle-Localization}).
 *
 * @param jar where it is
 * @param headers the manifest's main attributes
 * @param pluginXml the bytes of {@code plugin.xml}, if the bundle has one
 * @param translations the default-locale localization file of {@code plugin.xml}, if there is one
 */
record BundleJar(Path jar, Map<String, String> headers, Optional<byte[]> pluginXml, Optional<ResourceBundle> translations) {

    /** The framework's default for {@code Bundle-Localization}. */
    private static final String DEFAULT_LOCALIZATION = "OSGI-INF/l10n/bundle"; //$NON-NLS-1$

    /** @return the bundle's symbolic name (without directives) */
    String id() {
        return headers.get("Bundle-SymbolicName").split(";", 2)[0].trim(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the bundle's version as the manifest gives it */
    String version() {
        return headers.getOrDefault("Bundle-Version", "0.0.0").trim(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the bundle in {@code jar}, or empty when the jar is no OSGi bundle */
    static Optional<BundleJar> read(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) { //$NON-NLS-1$
                return Optional.empty();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            manifest.getMainAttributes().forEach((name, value) -> headers.put(name.toString(), value.toString()));
            Optional<byte[]> pluginXml = bytes(file, "plugin.xml"); //$NON-NLS-1$
            Optional<ResourceBundle> translations = Optional.empty();
            if (pluginXml.isPresent()) {
                String localization = headers.getOrDefault("Bundle-Localization", DEFAULT_LOCALIZATION); //$NON-NLS-1$
                Optional<byte[]> properties = bytes(file, localization + ".properties"); //$NON-NLS-1$
                if (properties.isPresent()) {
                    translations = Optional.of(new PropertyResourceBundle(new ByteArrayInputStream(properties.get())));
                }
            }
            return Optional.of(new BundleJar(jar, Map.copyOf(headers), pluginXml, translations));
        }
    }

    private static Optional<byte[]> bytes(JarFile file, String entryName) throws IOException {
        ZipEntry entry = file.getEntry(entryName);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream(entry)) {
            return Optional.of(in.readAllBytes());
        }
    }
}
