package io.mailscope.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Window > Preferences of the product lists what a support engineer uses and nothing else: the preference pages that
 * the built product's bundles contribute (their plugin.xml, as the workbench reads them) are Mailscope's and the help
 * system's, and each page's category is a page the product has. (The UI tests run in Tycho's test harness, which adds
 * IDE bundles of its own; this test looks at exactly what ships.)
 */
class ProductPreferencePagesTest {

    /** Page id to contributing bundle, as the product must have them. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.of(
            "io.mailscope.ui.preferences.mailscope", "io.mailscope.ui",
            "io.mailscope.testserver.ui.preferences.testServer", "io.mailscope.testserver.ui",
            "org.eclipse.help.ui.browsersPreferencePage", "org.eclipse.help.ui",
            "org.eclipse.help.ui.contentPreferencePage", "org.eclipse.help.ui"));

    private record Page(String id, String bundle, String category) {
    }

    @Test
    void theProductContributesOnlyMailscopeAndHelpPreferencePages() throws Exception {
        assertTrue(Files.isDirectory(Mailscope.PRODUCT.resolve("plugins")), "no product at " + Mailscope.PRODUCT + ": build it first (./mvnw -B verify)");
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> plugins = Files.list(Mailscope.PRODUCT.resolve("plugins"))) {
            for (Path plugin : plugins.toList()) {
                pages.addAll(preferencePages(plugin));
            }
        }
        Map<String, String> contributed = new TreeMap<>();
        pages.forEach(p -> contributed.put(p.id(), p.bundle()));
        assertEquals(EXPECTED, contributed, "the preference pages of " + Mailscope.PRODUCT);
        for (Page page : pages) {
            assertTrue(page.category() == null || contributed.containsKey(page.category()),
                    page + ": its category is no page of the product (the workbench logs 'Invalid preference category path')");
        }
    }

    /** @return the preference pages the bundle (a jar or a folder) contributes in its plugin.xml */
    private static List<Page> preferencePages(Path plugin) throws Exception {
        String bundle;
        Document pluginXml;
        if (Files.isDirectory(plugin)) {
            Path xml = plugin.resolve("plugin.xml");
            Path manifest = plugin.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(xml) || !Files.isRegularFile(manifest)) {
                return List.of();
            }
            try (InputStream in = Files.newInputStream(manifest)) {
                bundle = symbolicName(new Manifest(in));
            }
            try (InputStream in = Files.newInputStream(xml)) {
                pluginXml = parse(in);
            }
        } else if (plugin.toString().endsWith(".jar")) {
            try (JarFile jar = new JarFile(plugin.toFile())) {
                ZipEntry xml = jar.getEntry("plugin.xml");
                if (xml == null || jar.getManifest() == null) {
                    return List.of();
                }
                bundle = symbolicName(jar.getManifest());
                try (InputStream in = jar.getInputStream(xml)) {
                    pluginXml = parse(in);
                }
            }
        } else {
            return List.of();
        }
        List<Page> pages = new ArrayList<>();
        NodeList extensions = pluginXml.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            Element extension = (Element) extensions.item(i);
            if (!"org.eclipse.ui.preferencePages".equals(extension.getAttribute("point"))) {
                continue;
            }
            NodeList contributions = extension.getElementsByTagName("page");
            for (int j = 0; j < contributions.getLength(); j++) {
                Element page = (Element) contributions.item(j);
                String category = page.getAttribute("category");
                pages.add(new Page(page.getAttribute("id"), bundle, category.isEmpty() ? null : category));
            }
        }
        return pages;
    }

    private static String symbolicName(Manifest manifest) {
        return manifest.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].strip();
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(in);
    }
}
