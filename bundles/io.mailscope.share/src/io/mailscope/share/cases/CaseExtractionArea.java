package io.mailscope.share.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder where the traces of opened case files are extracted (in the workbench, its state area), and their
 * cleanup. Each opened case gets a folder of its own with a record of the files Mailscope wrote there, their sizes
 * and modification times. Only a file of that record that is still as it was written is ever deleted: a file someone
 * put into the folder or changed afterwards stays (and so does its folder), so cleaning up never loses a user's file.
 * <pre>
 * root/20261206-0905-ticket.mailscope-case-123/.extracted      1/seed.log\t7412\t1765011900000 (one line per file)
 * root/20261206-0905-ticket.mailscope-case-123/1/seed.log
 * </pre>
 * A folder still holding {@code .extracting} was being filled when the program stopped: nobody saw its files, which
 * are removed as a whole.
 */
public final class CaseExtractionArea {

    static final String RECORD = ".extracted"; //$NON-NLS-1$
    static final String IN_PROGRESS = ".extracting"; //$NON-NLS-1$

    private final Path root;

    /** @param root the area's folder (created when a case is opened) */
    public CaseExtractionArea(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** What a cleanup did: the extracted files deleted, and the files left in the area with the reason. */
    public record Cleanup(int deleted, List<String> kept) {
        public Cleanup {
            kept = List.copyOf(kept);
        }
    }

    /**
     * Reads a case file into a new folder of the area (see {@link CaseFiles#read}) and records what was extracted.
     *
     * @param folderPrefix the start of the new folder's name (the rest is made unique)
     */
    public OpenedCase open(Path caseFile, String folderPrefix) throws IOException {
        Files.createDirectories(root);
        Path folder = Files.createTempDirectory(root, folderPrefix);
        Path inProgress = Files.createFile(folder.resolve(IN_PROGRESS));
        OpenedCase opened;
        try {
            opened = CaseFiles.read(caseFile, folder);
        } catch (IOException | RuntimeException e) {
            removeNewFolder(folder); // created above, filled only by the read that failed: nobody has seen its files
            throw e;
        }
        StringBuilder record = new StringBuilder();
        for (OpenedCase.OpenedTrace trace : opened.traces()) {
            BasicFileAttributes attributes = Files.readAttributes(trace.file(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            record.append(folder.relativize(trace.file().toAbsolutePath().normalize()).toString().replace('\t', ' ')).append('\t')
                    .append(attributes.size()).append('\t').append(attributes.lastModifiedTime().toMillis()).append('\n');
        }
        Path written = Files.writeString(folder.resolve(RECORD + ".tmp"), record, StandardCharsets.UTF_8); //$NON-NLS-1$
        Files.move(written, folder.resolve(RECORD), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(inProgress);
        return opened;
    }

    /** @return true when {@code file} lies in a folder of this area (it may be one Mailscope extracted) */
    public boolean holds(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return normal.startsWith(root) && normal.getNameCount() > root.getNameCount() + 1;
    }

    /**
     * Deletes an extracted trace that is no longer shown, if it is still as Mailscope wrote it, and its case's folder
     * when nothing else is left in it.
     *
     * @return what was deleted and what was kept
     */
    public Cleanup release(Path file) throws IOException {
        if (!holds(file)) {
            return new Cleanup(0, List.of(file + ": not in " + root)); //$NON-NLS-1$
        }
        Path normal = file.toAbsolutePath().normalize();
        Path folder = root.resolve(normal.subpath(root.getNameCount(), root.getNameCount() + 1));
        List<Extracted> record = record(folder);
        List<String> kept = new ArrayList<>();
        int deleted = 0;
        List<Extracted> remaining = new ArrayList<>();
        for (Extracted extracted : record) {
            if (folder.resolve(extracted.path()).normalize().equals(normal)) {
                deleted += delete(folder, extracted, kept) ? 1 : 0;
            } else {
                remaining.add(extracted);
            }
        }
        if (record.stream().noneMatch(e -> folder.resolve(e.path()).normalize().equals(normal))) {
            kept.add(normal + ": not extracted by Mailscope (not in " + folder.resolve(RECORD) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (remaining.stream().noneMatch(e -> Files.exists(folder.resolve(e.path()), LinkOption.NOFOLLOW_LINKS))) {
            removeIfEmpty(folder);
        }
        return new Cleanup(deleted, kept);
    }

    /**
     * Deletes every extracted trace of the area that is still as it was written, and the folders left empty: at the
     * start of the workbench for what an earlier run left behind (it ended without closing its traces), and when it
     * exits. Call it only when no extracted trace is shown.
     */
    public Cleanup cleanAll() throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return new Cleanup(0, List.of());
        }
        int deleted = 0;
        List<String> kept = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path folder : folders) {
            if (Files.exists(folder.resolve(IN_PROGRESS), LinkOption.NOFOLLOW_LINKS) && !Files.exists(folder.resolve(RECORD))) {
                removeNewFolder(folder);
                continue;
            }
            if (!Files.exists(folder.resolve(RECORD), LinkOption.NOFOLLOW_LINKS)) {
                kept.add(folder + ": no record of what Mailscope extracted there; left as it is"); //$NON-NLS-1$
                continue;
            }
            for (Extracted extracted : record(folder)) {
                deleted += delete(folder, extracted, kept) ? 1 : 0;
            }
            removeIfEmpty(folder);
        }
        return new Cleanup(deleted, kept);
    }

    /** One file Mailscope wrote: where (relative to its case's folder), its size and modification time then. */
    private record Extracted(String path, long size, long modified) {
    }

    private static List<Extracted> record(Path folder) throws IOException {
        List<Extracted> files = new ArrayList<>();
        Path record = folder.resolve(RECORD);
        if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t"); //$NON-NLS-1$
            try {
                if (fields.length == 3) {
                    files.add(new Extracted(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2])));
                }
            } catch (NumberFormatException e) {
                // a damaged line names no file Mailscope can prove it wrote: that file is kept
            }
        }
        return files;
    }

    /** Deletes the file when it is still the regular file Mailscope wrote (same size and time), else says why not. */
    private boolean delete(Path folder, Extracted extracted, List<String> kept) throws IOException {
        Path file = folder.resolve(extracted.path()).normalize();
        if (!file.startsWith(folder)) {
            kept.add(folder.resolve(RECORD) + ": names a file outside its folder: " + extracted.path()); //$NON-NLS-1$
            return false;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false; // deleted already
        }
        if (!attributes.isRegularFile() || attributes.size() != extracted.size() || attributes.lastModifiedTime().toMillis() != extracted.modified()) {
            kept.add(file + ": changed since Mailscope extracted it; left as it is"); //$NON-NLS-1$
            return false;
        }
        boolean deleted = Files.deleteIfExists(file); // false: a cleanup at exit came first
        removeIfEmpty(file.getParent());
        return deleted;
    }

    /**
     * Removes a case's folder when its record is all that is left in it (with sub-folders left empty), or a
     * sub-folder when it is empty.
     */
    private void removeIfEmpty(Path folder) throws IOException {
        boolean caseFolder = root.equals(folder.getParent());
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    removeIfEmpty(p);
                }
            }
        } catch (NoSuchFileException e) {
            return;
        }
        try (Stream<Path> list = Files.list(folder)) {
            List<String> names = list.map(p -> p.getFileName().toString()).toList();
            if (names.isEmpty() || caseFolder && names.equals(List.of(RECORD))) {
                Files.deleteIfExists(folder.resolve(RECORD));
                Files.delete(folder);
            }
        } catch (DirectoryNotEmptyException e) {
            // something appeared meanwhile: it stays
        }
    }

    /** Removes a folder this area created for an extraction that did not finish (its files were never shown). */
    private static void removeNewFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
