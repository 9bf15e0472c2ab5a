package io.mailscope.headless.internal.classpath;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;

/**
 * A bundle jar on the plain class path seen through the OSGi {@link Bundle} interface, read-only: what the Eclipse
 * runtime asks of the bundle a class comes from ({@code ILog.of(Class)}: symbolic name, version, headers, entries).
 * It is {@link #RESOLVED} for good: there is no framework to start, stop or update it, and those operations say so.
 */
final class ClassPathBundle implements Bundle {

    private final long id;
    private final BundleJar jar;
    private final Dictionary<String, String> headers;

    ClassPathBundle(long id, BundleJar jar) {
        this.id = id;
        this.jar = jar;
        this.headers = new Hashtable<>(jar.headers());
    }

    BundleJar jar() {
        return jar;
    }

    private static BundleException noFramework(String operation) {
        return new BundleException(operation + " needs the OSGi framework; ./mailscope runs this command on a plain class path", //$NON-NLS-1$
                BundleException.UNSUPPORTED_OPERATION);
    }

    @Override
    public int getState() {
        return RESOLVED;
    }

    @Override
    public void start(int options) throws BundleException {
        throw noFramework("start"); //$NON-NLS-1$
    }

    @Override
    public void start() throws BundleException {
        start(0);
    }

    @Override
    public void stop(int options) throws BundleException {
        throw noFramework("stop"); //$NON-NLS-1$
    }

    @Override
    public void stop() throws BundleException {
        stop(0);
    }

    @Override
    public void update(InputStream input) throws BundleException {
        throw noFramework("update"); //$NON-NLS-1$
    }

    @Override
    public void update() throws BundleException {
        update(null);
    }

    @Override
    public void uninstall() throws BundleException {
        throw noFramework("uninstall"); //$NON-NLS-1$
    }

    @Override
    public Dictionary<String, String> getHeaders() {
        return headers;
    }

    @Override
    public Dictionary<String, String> getHeaders(String locale) {
        return headers;
    }

    @Override
    public long getBundleId() {
        return id;
    }

    @Override
    public String getLocation() {
        return jar.jar().toUri().toString();
    }

    /** @return null: no framework, so no services are registered */
    @Override
    public ServiceReference<?>[] getRegisteredServices() {
        return null;
    }

    /** @return null: no framework, so no services are in use */
    @Override
    public ServiceReference<?>[] getServicesInUse() {
        return null;
    }

    /** No security manager: every permission. */
    @Override
    public boolean hasPermission(Object permission) {
        return true;
    }

    @Override
    public URL getResource(String name) {
        return getEntry(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) {
        URL entry = getEntry(name);
        return entry == null ? null : Collections.enumeration(List.of(entry));
    }

    @Override
    public String getSymbolicName() {
        return jar.id();
    }

    /** All bundles share the class path's class loader. */
    @Override
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return Class.forName(name, false, ClassPathBundle.class.getClassLoader());
    }

    @Override
    public URL getEntry(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path; //$NON-NLS-1$
        try (JarFile file = new JarFile(jar.jar().toFile(), false)) {
            return file.getEntry(name) == null ? null : entryUrl(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Enumeration<String> getEntryPaths(String path) {
        String folder = folder(path);
        List<String> paths = new ArrayList<>();
        for (String name : entryNames()) {
            if (name.length() > folder.length() && name.startsWith(folder)) {
                int slash = name.indexOf('/', folder.length());
                String child = slash < 0 ? name : name.substring(0, slash + 1);
                if (!paths.contains(child)) {
                    paths.add(child);
                }
            }
        }
        return paths.isEmpty() ? null : Collections.enumeration(paths);
    }

    @Override
    public Enumeration<URL> findEntries(String path, String filePattern, boolean recurse) {
        String folder = folder(path);
        Pattern pattern = Pattern.compile(filePattern == null ? ".*" //$NON-NLS-1$
                : Pattern.quote(filePattern).replace("*", "\\E.*\\Q")); //$NON-NLS-1$ //$NON-NLS-2$
        List<URL> found = new ArrayList<>();
        for (String name : entryNames()) {
            if (!name.startsWith(folder) || name.length() == folder.length()) {
                continue;
            }
            String rest = name.substring(folder.length());
            String trimmed = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest; //$NON-NLS-1$
            boolean direct = trimmed.indexOf('/') < 0;
            String fileName = trimmed.substring(trimmed.lastIndexOf('/') + 1);
            if ((recurse || direct) && pattern.matcher(fileName).matches()) {
                found.add(entryUrl(name));
            }
        }
        return found.isEmpty() ? null : Collections.enumeration(found);
    }

    private static String folder(String path) {
        String folder = path.startsWith("/") ? path.substring(1) : path; //$NON-NLS-1$
        return folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private List<String> entryNames() {
        try (JarFile file = new JarFile(jar.jar().toFile(), false)) {
            return file.stream().map(JarEntry::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URL entryUrl(String name) {
        try {
            return URI.create("jar:" + jar.jar().toUri() + "!/" + name).toURL(); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long getLastModified() {
        try {
            return Files.getLastModifiedTime(jar.jar()).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return null: no framework, so the bundle has no context */
    @Override
    public BundleContext getBundleContext() {
        return null;
    }

    @Override
    public Map<X509Certificate, List<X509Certificate>> getSignerCertificates(int signersType) {
        return Map.of();
    }

    @Override
    public Version getVersion() {
        return Version.parseVersion(jar.version());
    }

    /** @return null: none of the framework's adaptations (wiring, revisions) exist without it */
    @Override
    public <A> A adapt(Class<A> type) {
        return null;
    }

    /** @return null: no framework, so no persistent storage area */
    @Override
    public File getDataFile(String filename) {
        return null;
    }

    @Override
    public int compareTo(Bundle other) {
        return Long.compare(id, other.getBundleId());
    }

    @Override
    public String toString() {
        return jar.id() + "_" + jar.version() + " [" + id + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
