package io.mailscope.share.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import io.mailscope.share.cases.OpenedCase.OpenedTrace;
import io.mailscope.share.internal.MaskedTraceCopy;

/**
 * Writes and reads case files. A case file is a zip archive:
 * <pre>
 * case.xml            &lt;mailscopeCase formatVersion="1" saved="2026-12-06T05:00:00Z" producer="1.0.0"&gt;
 *                       &lt;notes&gt;the engineer's notes on the case&lt;/notes&gt;
 *                       &lt;trace name="seed.log" origin="/home/me/tickets/seed.log" entry="traces/1/seed.log" bytes="7412"&gt;
 *                         &lt;bookmark firstLine="57" lastLine="57" excerpt="STAT"&gt;the note&lt;/bookmark&gt;
 *                       &lt;/trace&gt;
 *                     &lt;/mailscopeCase&gt;
 * traces/1/seed.log   the trace, every credential masked, line for line (line numbers and endings unchanged)
 * </pre>
 * A newer {@code formatVersion} is refused with a message; unknown elements and attributes are ignored, so later
 * versions may add to the format. Reading never trusts the archive: entry names are never used as paths, XML
 * entities and DTDs are refused, and a trace or bookmark that cannot be read is reported while the others open.
 */
public final class CaseFiles {

    /** The file name extension of case files. */
    public static final String EXTENSION = ".mailscope-case"; //$NON-NLS-1$
    /** The format version written; files with a higher one are refused. */
    public static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "case.xml"; //$NON-NLS-1$

    private CaseFiles() {
    }

    /** @return true when the path names a case file (by its extension) */
    public static boolean isCaseFile(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** What saving wrote. */
    public record SavedCase(Path file, int traces, int bookmarks, int maskedLines) {
    }

    /**
     * Writes the case to {@code target} through a temporary file next to it, renamed when complete: a failed save
     * leaves an older case file as it was.
     *
     * @param producer the saving Mailscope's version, recorded in the file
     */
    public static SavedCase write(Path target, String notes, List<TraceToSave> traces, String producer) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".case", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        int masked = 0;
        try {
            List<Long> sizes = new ArrayList<>();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temporary))) {
                for (int i = 0; i < traces.size(); i++) {
                    TraceToSave trace = traces.get(i);
                    zip.putNextEntry(new ZipEntry(entry(i, trace.name())));
                    CountingStream counted = new CountingStream(zip);
                    try (InputStream in = trace.content().open()) {
                        masked += MaskedTraceCopy.copy(in, counted, trace.secretLines());
                    }
                    sizes.add(Long.valueOf(counted.count));
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifest(notes, traces, sizes, producer));
                zip.closeEntry();
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new SavedCase(target, traces.size(), traces.stream().mapToInt(t -> t.bookmarks().size()).sum(), masked);
    }

    /**
     * Reads a case file and extracts its traces into {@code folder} (created if needed; one file per trace, named after
     * it).
     *
     * @throws CaseFileException when the file is no case file (not a zip, no {@code case.xml}, a newer format, XML that
     *             does not parse); a trace missing from the archive or a bookmark that is not valid is reported in
     *             {@link OpenedCase#problems()} instead, and the rest opens
     * @throws IOException when the file or the folder cannot be read or written
     */
    public static OpenedCase read(Path caseFile, Path folder) throws IOException {
        if (!Files.isRegularFile(caseFile)) {
            throw Files.exists(caseFile) ? new CaseFileException(caseFile, "not a regular file") //$NON-NLS-1$
                    : new java.nio.file.NoSuchFileException(caseFile.toString());
        }
        ZipFile zip;
        try {
            zip = new ZipFile(caseFile.toFile());
        } catch (ZipException e) {
            throw new CaseFileException(caseFile, "not a Mailscope case file (not a zip archive: " + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try (zip) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new CaseFileException(caseFile, "not a Mailscope case file (the archive holds no " + MANIFEST + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Element root = parse(caseFile, zip, manifestEntry);
            if (!root.getTagName().equals("mailscopeCase")) { //$NON-NLS-1$
                throw new CaseFileException(caseFile, MANIFEST + " is not a case description (root element " + root.getTagName() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            int version = integer(root, "formatVersion", -1); //$NON-NLS-1$
            if (version < 1) {
                throw new CaseFileException(caseFile, MANIFEST + " has no valid formatVersion"); //$NON-NLS-1$
            }
            if (version > FORMAT_VERSION) {
                throw new CaseFileException(caseFile, "saved by a newer Mailscope (" + root.getAttribute("producer") //$NON-NLS-1$ //$NON-NLS-2$
                        + ", case format " + version + "; this one reads format " + FORMAT_VERSION + "): update Mailscope to open it"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            Instant saved;
            try {
                saved = Instant.parse(root.getAttribute("saved")); //$NON-NLS-1$
            } catch (DateTimeParseException e) {
                saved = null;
            }
            Files.createDirectories(folder);
            List<String> problems = new ArrayList<>();
            List<OpenedTrace> traces = new ArrayList<>();
            int index = 0;
            for (Element trace : children(root, "trace")) { //$NON-NLS-1$
                index++;
                OpenedTrace opened = extract(caseFile, zip, trace, index, folder, problems);
                if (opened != null) {
                    traces.add(opened);
                }
            }
            Element notes = children(root, "notes").stream().findFirst().orElse(null); //$NON-NLS-1$
            return new OpenedCase(caseFile, notes == null ? "" : notes.getTextContent(), saved, root.getAttribute("producer"), traces, problems); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static OpenedTrace extract(Path caseFile, ZipFile zip, Element trace, int index, Path folder, List<String> problems)
            throws IOException {
        String name = trace.getAttribute("name"); //$NON-NLS-1$
        String entryName = trace.getAttribute("entry"); //$NON-NLS-1$
        ZipEntry entry = entryName.isEmpty() ? null : zip.getEntry(entryName);
        String shown = name.isEmpty() ? "trace " + index : name; //$NON-NLS-1$
        if (entry == null || entry.isDirectory()) {
            problems.add(caseFile + ": " + shown + " is missing from the archive (entry '" + entryName + "'): not opened"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
        }
        // the entry name is never a path: the file is named after the trace, made safe, in a folder of its own per index
        Path target = folder.resolve(Integer.toString(index)).resolve(safeFileName(name.isEmpty() ? "trace" : name)); //$NON-NLS-1$
        Files.createDirectories(target.getParent());
        long declared = longValue(trace, "bytes", -1); //$NON-NLS-1$
        long written;
        try (InputStream in = zip.getInputStream(entry)) {
            written = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (ZipException e) {
            problems.add(caseFile + ": " + shown + " is damaged in the archive (" + e.getMessage() + "): not opened"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Files.deleteIfExists(target);
            return null;
        }
        if (declared >= 0 && declared != written) {
            problems.add(caseFile + ": " + shown + " holds " + written + " bytes, the case says " + declared + ": not opened"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Files.deleteIfExists(target);
            return null;
        }
        List<Bookmark> bookmarks = new ArrayList<>();
        for (Element bookmark : children(trace, "bookmark")) { //$NON-NLS-1$
            int first = integer(bookmark, "firstLine", -1); //$NON-NLS-1$
            int last = integer(bookmark, "lastLine", first); //$NON-NLS-1$
            try {
                bookmarks.add(new Bookmark(first, last, bookmark.getAttribute("excerpt"), bookmark.getTextContent())); //$NON-NLS-1$
            } catch (IllegalArgumentException e) {
                problems.add(caseFile + ": a bookmark of " + shown + " is left out: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new OpenedTrace(name, trace.getAttribute("origin"), target, bookmarks); //$NON-NLS-1$
    }

    private static byte[] manifest(String notes, List<TraceToSave> traces, List<Long> sizes, String producer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8"); //$NON-NLS-1$
            xml.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
            xml.writeCharacters("\n"); //$NON-NLS-1$
            xml.writeStartElement("mailscopeCase"); //$NON-NLS-1$
            xml.writeAttribute("formatVersion", Integer.toString(FORMAT_VERSION)); //$NON-NLS-1$
            xml.writeAttribute("saved", Instant.now().toString()); //$NON-NLS-1$
            xml.writeAttribute("producer", producer); //$NON-NLS-1$
            xml.writeCharacters("\n  "); //$NON-NLS-1$
            xml.writeStartElement("notes"); //$NON-NLS-1$
            xml.writeCharacters(xmlSafe(notes));
            xml.writeEndElement();
            for (int i = 0; i < traces.size(); i++) {
                TraceToSave trace = traces.get(i);
                xml.writeCharacters("\n  "); //$NON-NLS-1$
                xml.writeStartElement("trace"); //$NON-NLS-1$
                xml.writeAttribute("name", xmlSafe(trace.name())); //$NON-NLS-1$
                xml.writeAttribute("origin", xmlSafe(trace.origin())); //$NON-NLS-1$
                xml.writeAttribute("entry", entry(i, trace.name())); //$NON-NLS-1$
                xml.writeAttribute("bytes", sizes.get(i).toString()); //$NON-NLS-1$
                for (Bookmark bookmark : trace.bookmarks()) {
                    xml.writeCharacters("\n    "); //$NON-NLS-1$
                    xml.writeStartElement("bookmark"); //$NON-NLS-1$
                    xml.writeAttribute("firstLine", Integer.toString(bookmark.firstLine())); //$NON-NLS-1$
                    xml.writeAttribute("lastLine", Integer.toString(bookmark.lastLine())); //$NON-NLS-1$
                    xml.writeAttribute("excerpt", xmlSafe(bookmark.excerpt())); //$NON-NLS-1$
                    xml.writeCharacters(xmlSafe(bookmark.note()));
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  "); //$NON-NLS-1$
                xml.writeEndElement();
            }
            xml.writeCharacters("\n"); //$NON-NLS-1$
            xml.writeEndElement();
            xml.writeCharacters("\n"); //$NON-NLS-1$
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the case description: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return bytes.toByteArray();
    }

    /** @return the text without characters XML 1.0 cannot hold (control characters a pasted log may carry) */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF ? c : 0xFFFD));
        return safe.toString();
    }

    private static String entry(int index, String name) {
        return "traces/" + (index + 1) + "/" + safeFileName(name); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return a file name without path separators, control characters or a leading dot, at most 100 characters */
    static String safeFileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        safe = safe.replaceFirst("^\\.+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100);
        }
        return safe.isEmpty() ? "trace" : safe; //$NON-NLS-1$
    }

    private static Element parse(Path caseFile, ZipFile zip, ZipEntry manifest) throws IOException {
        try (InputStream in = zip.getInputStream(manifest)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getDocumentElement();
        } catch (SAXException e) {
            throw new CaseFileException(caseFile, MANIFEST + " cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (ZipException e) {
            throw new CaseFileException(caseFile, MANIFEST + " is damaged in the archive: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses secure processing", e); //$NON-NLS-1$
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static int integer(Element element, String attribute, int otherwise) {
        long value = longValue(element, attribute, otherwise);
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? otherwise : (int) value;
    }

    private static long longValue(Element element, String attribute, long otherwise) {
        try {
            return Long.parseLong(element.getAttribute(attribute).strip());
        } catch (NumberFormatException e) {
            return otherwise; // the caller reports what a missing number means there
        }
    }

    /** Counts the bytes written through it into an entry (the zip stream stays open). */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
