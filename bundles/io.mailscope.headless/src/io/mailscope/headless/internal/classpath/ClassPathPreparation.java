package io.mailscope.headless.internal.classpath;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Prepares the plain class path of {@code ./mailscope}'s headless commands, once per product build (the launcher runs
 * it when the product's {@code bundles.info} is newer than the class path it wrote): copies the jars of
 * {@link #BUNDLES} into {@code headless/lib.N/} in {@code bundles.info} order and writes their paths to
 * {@code headless/classpath}.
 * <p>
 * The copies are the product's jars without their signature files ({@code META-INF/*.SF}, {@code *.RSA},
 * {@code *.DSA}, {@code *.EC}) and the manifest's digests of the signed entries; every class and resource is the
 * same. The JVM keeps classes from signed jars out of its AOT cache (class data sharing), and the Eclipse and EMF jars
 * are signed, so without the copies most of what the commands load would be loaded, verified and linked again on
 * every start. Class files older than Java 6 (picocli's) are written as Java 8 class files with stack maps, for the
 * same reason ({@link OldClassFileUpgrade}); one that cannot be rewritten is copied as it is (it then stays out of the
 * cache), which is reported once.
 * <p>
 * Uses only the JDK: the launcher runs it with the headless bundle's jar alone on the class path.
 */
public final class ClassPathPreparation {

    /**
     * The bundles the commands that start on the plain class path need. io.mailscope.session and .testserver only
     * for the command classes that {@code help} lists; org.eclipse.osgi only for the OSGi types the Eclipse runtime's
     * log refers to (the framework is never started).
     */
    static final List<String> BUNDLES = List.of("io.mailscope.headless", "io.mailscope.model", "io.mailscope.trace", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "io.mailscope.diagnosis", "io.mailscope.report", "io.mailscope.session", "io.mailscope.testserver", "picocli", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "tools.jackson.core.jackson-core", "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "org.eclipse.equinox.common", "org.eclipse.equinox.registry", "org.eclipse.core.runtime", "org.eclipse.osgi"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"); //$NON-NLS-1$

    private ClassPathPreparation() {
    }

    /** {@code ClassPathPreparation PRODUCT-DIR}; exit 0 done, 1 a bundle is missing or a file cannot be written. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ClassPathPreparation PRODUCT-DIR"); //$NON-NLS-1$
            System.exit(3);
        }
        try {
            prepare(Path.of(args[0]));
        } catch (IOException | IllegalStateException e) {
            System.err.println("mailscope: cannot prepare the plain class path of the headless commands: " + e.getMessage()); //$NON-NLS-1$
            System.exit(1);
        }
    }

    /** @return the class path written to {@code PRODUCT-DIR/headless/classpath} */
    static List<Path> prepare(Path product) throws IOException {
        Path headless = product.resolve("headless"); //$NON-NLS-1$
        Map<String, Path> jars = jarsOf(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), product); //$NON-NLS-1$
        Files.createDirectories(headless);
        Path lib = Files.createTempDirectory(headless, "lib."); //$NON-NLS-1$
        List<Path> classPath = new ArrayList<>();
        List<String> notUpgraded = new ArrayList<>();
        try (URLClassLoader originals = new URLClassLoader(urls(jars.values()), null)) {
            Optional<OldClassFileUpgrade> upgrade = OldClassFileUpgrade.available(originals);
            for (Path jar : jars.values()) {
                Path copy = lib.resolve(jar.getFileName().toString());
                copy(jar, copy, upgrade, notUpgraded);
                classPath.add(copy);
            }
        }
        if (!notUpgraded.isEmpty()) {
            System.err.println("mailscope: " + notUpgraded.size() + " class files older than Java 6 could not be rewritten for the AOT cache" //$NON-NLS-1$
                    + " and start slower, copied as they are; the first: " + notUpgraded.get(0)); //$NON-NLS-1$
        }
        Path list = headless.resolve("classpath." + ProcessHandle.current().pid()); //$NON-NLS-1$
        Files.writeString(list, String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()) + "\n", //$NON-NLS-1$
                StandardCharsets.UTF_8);
        Files.move(list, headless.resolve("classpath"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE); //$NON-NLS-1$
        deleteOtherLibraries(headless, lib);
        return classPath;
    }

    /** @return the jar of each of {@link #BUNDLES}, in the order bundles.info lists them (the framework's order) */
    private static Map<String, Path> jarsOf(Path bundlesInfo, Path product) throws IOException {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String line : Files.readAllLines(bundlesInfo, StandardCharsets.UTF_8)) {
            String[] fields = line.split(","); //$NON-NLS-1$
            if (line.startsWith("#") || fields.length < 3 || !BUNDLES.contains(fields[0]) || jars.containsKey(fields[0])) { //$NON-NLS-1$
                continue;
            }
            Path jar = product.resolve(fields[2]);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(bundlesInfo + " lists " + jar + ", which is not a jar file"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            jars.put(fields[0], jar);
        }
        List<String> missing = BUNDLES.stream().filter(id -> !jars.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(bundlesInfo + " lacks " + String.join(", ", missing)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return jars;
    }

    private static URL[] urls(Collection<Path> jars) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            urls.add(jar.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    /**
     * Copies {@code jar} without its signature files, with its old class files upgraded when {@code upgrade} is there;
     * adds those that could not be upgraded (copied as they are) to {@code notUpgraded}, with the reason.
     */
    public static void copy(Path jar, Path copy, Optional<OldClassFileUpgrade> upgrade, List<String> notUpgraded) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : in.stream().toList()) {
                if (SIGNATURE_FILE.matcher(entry.getName().toUpperCase(Locale.ROOT)).matches()) {
                    continue;
                }
                ZipEntry copied = new ZipEntry(entry.getName());
                copied.setTime(entry.getTime());
                out.putNextEntry(copied);
                byte[] data;
                try (InputStream stream = in.getInputStream(entry)) {
                    data = stream.readAllBytes();
                }
                if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    data = withoutDigests(data);
                }
                if (upgrade.isPresent() && entry.getName().endsWith(".class") && OldClassFileUpgrade.isOld(data)) { //$NON-NLS-1$
                    try {
                        data = upgrade.get().upgrade(data);
                    } catch (IllegalArgumentException e) {
                        notUpgraded.add(jar.getFileName() + "!/" + entry.getName() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                out.write(data);
                out.closeEntry();
            }
        }
    }

    /**
     * @return the manifest without its per-entry sections that hold nothing but digests ({@code SHA-256-Digest: …}):
     *         they belong to the signature the copy does not have, and make up most of a signed Eclipse jar's manifest
     *         (org.eclipse.osgi's: 117 of 118 KB), which the class loader and {@link BundleJar} parse on every start
     */
    static byte[] withoutDigests(byte[] manifestBytes) throws IOException {
        Manifest manifest = new Manifest(new ByteArrayInputStream(manifestBytes));
        boolean removed = manifest.getEntries().values().removeIf(
                attributes -> attributes.keySet().stream().allMatch(name -> name.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"))); //$NON-NLS-1$
        if (!removed) {
            return manifestBytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        manifest.write(out);
        return out.toByteArray();
    }

    /** Earlier builds' copies; a command still running from one keeps its open jars (the files are only unlinked). */
    private static void deleteOtherLibraries(Path headless, Path keep) throws IOException {
        try (Stream<Path> children = Files.list(headless)) {
            for (Path old : children.filter(p -> p.getFileName().toString().startsWith("lib.") && !p.equals(keep)).toList()) { //$NON-NLS-1$
                try (Stream<Path> files = Files.walk(old)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }
}
