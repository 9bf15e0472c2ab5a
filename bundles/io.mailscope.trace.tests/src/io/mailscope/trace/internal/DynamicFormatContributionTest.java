package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.tests.Imports;

/**
 * A plug-in that contributes a format is installed while the runtime is up (as from a p2 repository) and removed
 * again: the import service sees the format appear and disappear without a restart.
 */
class DynamicFormatContributionTest {

    private static final String FORMAT_ID = "io.mailscope.trace.tests.dynamic.format";

    @Test
    void formatsFollowPluginsInstalledAndUninstalledAtRuntime() throws Exception {
        assumeTrue(Imports.inOsgi(), "needs the OSGi runtime and the extension registry");
        BundleContext context = FrameworkUtil.getBundle(DynamicFormatContributionTest.class).getBundleContext();
        Bundle plugin = context.installBundle("mailscope-test:dynamic-format", new ByteArrayInputStream(pluginJar()));
        try {
            context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));
            assertTrue(eventually(() -> ids().contains(FORMAT_ID)), "contributed format listed after install: " + ids());
        } finally {
            plugin.uninstall();
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(plugin));
        }
        assertTrue(eventually(() -> !ids().contains(FORMAT_ID)), "format gone after uninstall: " + ids());
    }

    private static List<String> ids() {
        return Imports.service().formats().stream().map(TraceFormatInfo::id).toList();
    }

    /** Registry change events are delivered asynchronously. */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    /** A plug-in with only a plugin.xml; its format reuses the tests bundle's gateway format class. */
    private static byte[] pluginJar() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "io.mailscope.trace.tests.dynamic;singleton:=true");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Require-Bundle", "io.mailscope.trace.tests");
        String pluginXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <plugin>
                   <extension point="io.mailscope.trace.formats">
                      <format id="%s" name="Installed at runtime" class="io.mailscope.trace.tests.stubs.GatewayLogFormat"/>
                   </extension>
                </plugin>
                """.formatted(FORMAT_ID);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("plugin.xml"));
            jar.write(pluginXml.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
