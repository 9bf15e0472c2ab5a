package io.mailscope.help.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Generates the extension-point reference of the user guide (bundles/io.mailscope.help/reference) from the
 * {@code .exsd} schemas of our bundles: one page per extension point (description, configuration markup with every
 * element and attribute, examples, API information, supplied implementation), an index page and the table of contents
 * the guide links in. The schemas are found through the {@code <extension-point schema="…">} declarations in each
 * bundle's plugin.xml, so a point declared without a schema is an error, not a missing page.
 * <p>
 * The documentation in a schema is HTML (as PDE writes it) and is copied as it is; names, types and use are escaped.
 */
public final class ExtensionPointReference {

    /** The repository root, seen from a test bundle's folder (the tycho-surefire working directory). */
    public static final Path REPOSITORY = Path.of("../.."); //$NON-NLS-1$
    /** Where the generated pages go, relative to {@link #REPOSITORY}. */
    public static final Path OUTPUT = Path.of("bundles/io.mailscope.help/reference"); //$NON-NLS-1$
    private static final String XSD = "http://www.w3.org/2001/XMLSchema"; //$NON-NLS-1$

    /**
     * One extension point.
     *
     * @param id the full id, e.g. {@code io.mailscope.diagnosis.rules}
     * @param name the name its schema gives
     * @param schema the schema file
     * @param schemaPath the schema's path in the repository, for the page
     */
    public record Point(String id, String name, Path schema, String schemaPath) {
        String page() {
            return id + ".html"; //$NON-NLS-1$
        }
    }

    private ExtensionPointReference() {
    }

    /**
     * Writes the reference (tools/exsd-docs/generate.sh runs this file with Java's source launcher, no build needed):
     * {@code java ExtensionPointReference.java REPOSITORY}. Pages of points that no longer exist are deleted.
     */
    public static void main(String[] args) throws IOException {
        Path repository = Path.of(args.length > 0 ? args[0] : "."); //$NON-NLS-1$
        Path output = repository.resolve(OUTPUT);
        Map<Path, String> files = generate(repository);
        Files.createDirectories(output);
        try (Stream<Path> old = Files.list(output)) {
            for (Path file : old.toList()) {
                if (!files.containsKey(file.getFileName())) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.writeString(output.resolve(file.getKey()), file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + files.size() + " files to " + output); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return every extension point our bundles declare, sorted by id */
    public static List<Point> points(Path repository) throws IOException {
        List<Point> points = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(repository.resolve("bundles"))) { //$NON-NLS-1$
            for (Path bundle : bundles.sorted().toList()) {
                Path pluginXml = bundle.resolve("plugin.xml"); //$NON-NLS-1$
                if (!Files.isRegularFile(pluginXml)) {
                    continue;
                }
                Document plugin = parse(pluginXml);
                NodeList declared = plugin.getElementsByTagName("extension-point"); //$NON-NLS-1$
                for (int i = 0; i < declared.getLength(); i++) {
                    Element point = (Element) declared.item(i);
                    String schema = point.getAttribute("schema"); //$NON-NLS-1$
                    if (schema.isEmpty()) {
                        throw new IOException(pluginXml + ": extension point " + point.getAttribute("id") //$NON-NLS-1$ //$NON-NLS-2$
                                + " has no schema: write one (schema/*.exsd), the reference is generated from it"); //$NON-NLS-1$
                    }
                    Path schemaFile = bundle.resolve(schema);
                    Element meta = first(parse(schemaFile).getDocumentElement(), "meta.schema"); //$NON-NLS-1$
                    points.add(new Point(bundle.getFileName() + "." + point.getAttribute("id"), //$NON-NLS-1$ //$NON-NLS-2$
                            meta == null ? point.getAttribute("id") : meta.getAttribute("name"), schemaFile, //$NON-NLS-1$ //$NON-NLS-2$
                            repository.relativize(schemaFile).toString().replace('\\', '/')));
                }
            }
        }
        points.sort((a, b) -> a.id().compareTo(b.id()));
        return points;
    }

    /** @return the generated files by path relative to {@link #OUTPUT}: one page per point, index.html and toc.xml */
    public static Map<Path, String> generate(Path repository) throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        List<Point> points = points(repository);
        for (Point point : points) {
            files.put(Path.of(point.page()), page(point));
        }
        files.put(Path.of("index.html"), index(points)); //$NON-NLS-1$
        files.put(Path.of("toc.xml"), toc(points)); //$NON-NLS-1$
        return files;
    }

    static String page(Point point) throws IOException {
        Document schema = parse(point.schema());
        Element root = schema.getDocumentElement();
        Element meta = first(root, "meta.schema"); //$NON-NLS-1$
        String declaredId = meta == null ? "" : meta.getAttribute("plugin") + "." + meta.getAttribute("id"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (!declaredId.equals(point.id())) {
            throw new IOException(point.schema() + ": meta.schema names '" + declaredId + "', but plugin.xml declares " + point.id()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String name = meta.getAttribute("name"); //$NON-NLS-1$
        StringBuilder html = new StringBuilder();
        head(html, name);
        html.append("<h1>").append(escape(name)).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("<p><b>Identifier:</b> <code>").append(escape(point.id())).append("</code><br>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("<b>Schema:</b> <code>").append(escape(point.schemaPath())).append("</code></p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, String> sections = sections(root);
        section(html, "Since", sections.get("since")); //$NON-NLS-1$ //$NON-NLS-2$
        Element overview = childElement(root, "annotation"); //$NON-NLS-1$
        section(html, "Description", overview == null ? null : documentation(overview)); //$NON-NLS-1$
        html.append("<h2>Configuration markup</h2>\n"); //$NON-NLS-1$
        for (Element element : children(root, "element")) { //$NON-NLS-1$
            element(html, element);
        }
        section(html, "Examples", sections.get("examples")); //$NON-NLS-1$ //$NON-NLS-2$
        section(html, "API information", sections.get("apiinfo")); //$NON-NLS-1$ //$NON-NLS-2$
        section(html, "Supplied implementation", sections.get("implementation")); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("<p class=\"next\">Generated from the schema by ExtensionPointReference (tools/exsd-docs/generate.sh); do not edit.</p>\n"); //$NON-NLS-1$
        html.append("</body>\n</html>\n"); //$NON-NLS-1$
        return html.toString();
    }

    private static void element(StringBuilder html, Element element) {
        String name = element.getAttribute("name"); //$NON-NLS-1$
        Element type = childElement(element, "complexType"); //$NON-NLS-1$
        html.append("<h3 id=\"e.").append(escape(name)).append("\"><code>&lt;").append(escape(name)).append("&gt;</code></h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.append("<pre>&lt;!ELEMENT ").append(escape(name)).append(' ') //$NON-NLS-1$
                .append(escape(type != null ? content(type) : element.hasAttribute("type") ? "(#PCDATA)" : "EMPTY")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("&gt;</pre>\n"); //$NON-NLS-1$
        Element annotation = childElement(element, "annotation"); //$NON-NLS-1$
        String doc = annotation == null ? null : documentation(annotation);
        if (doc != null) {
            html.append("<p>").append(doc).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Element> attributes = type == null ? List.of() : children(type, "attribute"); //$NON-NLS-1$
        if (attributes.isEmpty()) {
            return;
        }
        html.append("<table>\n<tr><th>attribute</th><th>type</th><th>use</th><th>description</th></tr>\n"); //$NON-NLS-1$
        for (Element attribute : attributes) {
            Element attributeAnnotation = childElement(attribute, "annotation"); //$NON-NLS-1$
            String description = attributeAnnotation == null ? null : documentation(attributeAnnotation);
            Element kind = attributeAnnotation == null ? null : first(attributeAnnotation, "meta.attribute"); //$NON-NLS-1$
            StringBuilder typeText = new StringBuilder(attributeType(attribute));
            if (kind != null && !kind.getAttribute("kind").isEmpty()) { //$NON-NLS-1$
                typeText.append(" (").append(kind.getAttribute("kind")); //$NON-NLS-1$ //$NON-NLS-2$
                String basedOn = kind.getAttribute("basedOn"); //$NON-NLS-1$
                if (!basedOn.isEmpty()) {
                    typeText.append(", implements ").append(basedOn.replaceFirst("^:", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                typeText.append(')');
            }
            if (kind != null && "true".equals(kind.getAttribute("translatable"))) { //$NON-NLS-1$ //$NON-NLS-2$
                typeText.append(" (translatable)"); //$NON-NLS-1$
            }
            String use = attribute.getAttribute("use"); //$NON-NLS-1$
            String byDefault = attribute.getAttribute("value"); //$NON-NLS-1$
            html.append("<tr><td><code>").append(escape(attribute.getAttribute("name"))).append("</code></td><td>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(escape(typeText.toString())).append("</td><td>") //$NON-NLS-1$
                    .append(escape(use.isEmpty() ? "optional" : use)) //$NON-NLS-1$
                    .append(byDefault.isEmpty() ? "" : escape(", default " + byDefault)).append("</td><td>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(description == null ? "" : description).append("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.append("</table>\n"); //$NON-NLS-1$
    }

    /** @return the type of an attribute: its XML Schema type, or the values of its enumeration */
    private static String attributeType(Element attribute) {
        Element restriction = first(attribute, "restriction"); //$NON-NLS-1$
        if (restriction != null) {
            List<String> values = children(restriction, "enumeration").stream().map(e -> e.getAttribute("value")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
            if (!values.isEmpty()) {
                return "one of " + String.join(", ", values); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return restriction.getAttribute("base").replaceFirst("^.*:", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String type = attribute.getAttribute("type"); //$NON-NLS-1$
        return type.isEmpty() ? "string" : type.replaceFirst("^.*:", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the content model in DTD notation: {@code (javaRule | declarativeRule)+}, {@code (request+)}, {@code EMPTY} */
    private static String content(Element complexType) {
        for (Element child : children(complexType, null)) {
            if (child.getLocalName().equals("sequence") || child.getLocalName().equals("choice")) { //$NON-NLS-1$ //$NON-NLS-2$
                return group(child);
            }
        }
        return "true".equals(complexType.getAttribute("mixed")) ? "(#PCDATA)" : "EMPTY"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String group(Element group) {
        String separator = group.getLocalName().equals("choice") ? " | " : " , "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<String> parts = new ArrayList<>();
        for (Element child : children(group, null)) {
            switch (child.getLocalName()) {
                case "element" -> parts.add(child.getAttribute("ref") + occurrence(child)); //$NON-NLS-1$ //$NON-NLS-2$
                case "sequence", "choice" -> parts.add(group(child)); //$NON-NLS-1$ //$NON-NLS-2$
                default -> { // annotations inside a group carry no content
                }
            }
        }
        return "(" + String.join(separator, parts) + ")" + occurrence(group); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return {@code ""}, {@code ?}, {@code *}, {@code +} or {@code {min,max}} */
    private static String occurrence(Element particle) {
        String min = particle.getAttribute("minOccurs").isEmpty() ? "1" : particle.getAttribute("minOccurs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String max = particle.getAttribute("maxOccurs").isEmpty() ? "1" : particle.getAttribute("maxOccurs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return switch (min + ".." + max) { //$NON-NLS-1$
            case "1..1" -> ""; //$NON-NLS-1$ //$NON-NLS-2$
            case "0..1" -> "?"; //$NON-NLS-1$ //$NON-NLS-2$
            case "0..unbounded" -> "*"; //$NON-NLS-1$ //$NON-NLS-2$
            case "1..unbounded" -> "+"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> "{" + min + "," + ("unbounded".equals(max) ? "" : max) + "}"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        };
    }

    /** @return the documentation of the schema's top-level meta.section annotations, by type (examples, apiinfo, ...) */
    private static Map<String, String> sections(Element root) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (Element annotation : children(root, "annotation")) { //$NON-NLS-1$
            Element section = first(annotation, "meta.section"); //$NON-NLS-1$
            if (section != null) {
                sections.put(section.getAttribute("type"), documentation(annotation)); //$NON-NLS-1$
            }
        }
        return sections;
    }

    private static void section(StringBuilder html, String title, String documentation) {
        if (documentation != null && !documentation.isBlank()) {
            html.append("<h2>").append(title).append("</h2>\n<div>").append(documentation).append("</div>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** @return the annotation's documentation (HTML, lines stripped of the schema's indentation), null when it has none */
    private static String documentation(Element annotation) {
        Element documentation = childElement(annotation, "documentation"); //$NON-NLS-1$
        if (documentation == null) {
            return null;
        }
        String text = documentation.getTextContent().strip();
        if (text.contains("<pre>")) { //$NON-NLS-1$
            return text; // preformatted examples keep their indentation
        }
        return String.join("\n", text.lines().map(String::strip).toList()); //$NON-NLS-1$
    }

    static String index(List<Point> points) {
        StringBuilder html = new StringBuilder();
        head(html, "Extension-point reference"); //$NON-NLS-1$
        html.append("<h1>Extension-point reference</h1>\n"); //$NON-NLS-1$
        html.append("<p>Plug-ins extend Mailscope through these extension points: diagnosis rules, trace formats, catalog ") //$NON-NLS-1$
                .append("entries, texts to ask the customer for a trace and test-server scenarios. Each page is generated ") //$NON-NLS-1$
                .append("from the point's schema, the same file PDE uses to check a plugin.xml.</p>\n<table>\n") //$NON-NLS-1$
                .append("<tr><th>extension point</th><th>identifier</th></tr>\n"); //$NON-NLS-1$
        for (Point point : points) {
            html.append("<tr><td><a href=\"").append(point.page()).append("\">").append(escape(point.name())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("</a></td><td><code>").append(escape(point.id())).append("</code></td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.append("</table>\n</body>\n</html>\n"); //$NON-NLS-1$
        return html.toString();
    }

    static String toc(List<Point> points) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?NLS TYPE=\"org.eclipse.help.toc\"?>\n"); //$NON-NLS-1$
        xml.append("<!-- generated from the .exsd schemas by ExtensionPointReference (tools/exsd-docs/generate.sh); do not edit -->\n"); //$NON-NLS-1$
        xml.append("<toc label=\"Extension-point reference\" topic=\"reference/index.html\">\n"); //$NON-NLS-1$
        for (Point point : points) {
            xml.append("   <topic label=\"").append(escape(point.name())).append("\" href=\"reference/").append(point.page()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\"/>\n"); //$NON-NLS-1$
        }
        xml.append("</toc>\n"); //$NON-NLS-1$
        return xml.toString();
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title)) //$NON-NLS-1$
                .append("</title>\n<link rel=\"stylesheet\" href=\"../html/book.css\">\n</head>\n<body>\n"); //$NON-NLS-1$
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }

    private static Document parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in, file.toString());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** @return the first descendant element with that local name (appInfo content such as meta.schema has no namespace) */
    private static Element first(Element from, String localName) {
        NodeList all = from.getElementsByTagNameNS("*", localName); //$NON-NLS-1$
        return all.getLength() == 0 ? null : (Element) all.item(0);
    }

    private static Element childElement(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** @return the child elements in the XML Schema namespace with that local name (all when null) */
    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && XSD.equals(element.getNamespaceURI())
                    && (localName == null || localName.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }
}
