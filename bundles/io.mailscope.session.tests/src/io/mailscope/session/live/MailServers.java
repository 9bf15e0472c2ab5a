package io.mailscope.session.live;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.FrameworkUtil;

/**
 * Real Dovecot and Postfix from Debian's packages, configured and started on loopback high ports by the scripts in
 * {@code testfiles/mail-servers/} (which install the packages when missing), stopped by their own PIDs. A server that
 * cannot be started fails the tests: it never skips them.
 */
public final class MailServers implements AutoCloseable {

    private final Path scripts;
    private final Path dir;
    private final Map<String, String> env;

    private MailServers(Path scripts, Path dir, Map<String, String> env) {
        this.scripts = scripts;
        this.dir = dir;
        this.env = env;
    }

    /** Starts both servers; throws AssertionError (a test failure) with the script's output when that fails. */
    public static MailServers start() throws IOException, InterruptedException {
        Path scripts;
        try {
            scripts = Path.of(FileLocator.toFileURL(FrameworkUtil.getBundle(MailServers.class).getEntry("testfiles/mail-servers/")).toURI()); //$NON-NLS-1$
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        // short (unix socket paths are limited to 107 bytes) and reachable by the daemons' users
        Path dir = Path.of("/tmp", "mailscope-session-test-" + ProcessHandle.current().pid()); //$NON-NLS-1$ //$NON-NLS-2$
        ProcessBuilder pb = new ProcessBuilder("bash", scripts.resolve("start-mail-servers.sh").toString(), dir.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        pb.environment().put("MAIL_PASS", Produced.PASSWORD); //$NON-NLS-1$
        pb.environment().put("MAIL_USER", Produced.USER); //$NON-NLS-1$
        pb.environment().put("KEYTOOL", Path.of(System.getProperty("java.home"), "bin", "keytool").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))); //$NON-NLS-1$
        Path log = Files.createTempFile("mail-servers", ".log"); //$NON-NLS-1$ //$NON-NLS-2$
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("start-mail-servers.sh did not finish within 300 s:\n" + Files.readString(log)); //$NON-NLS-1$
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        if (p.exitValue() != 0) {
            throw new AssertionError("Dovecot/Postfix could not be started (exit " + p.exitValue() + "); these tests need them:\n" + output); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("ports.env"), StandardCharsets.UTF_8)) { //$NON-NLS-1$
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new MailServers(scripts, dir, env);
    }

    public int port(String name) {
        String v = env.get(name);
        if (v == null) {
            throw new AssertionError(name + " missing from ports.env: " + env); //$NON-NLS-1$
        }
        return Integer.parseInt(v);
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("bash", scripts.resolve("stop-mail-servers.sh").toString(), dir.toString())) //$NON-NLS-1$ //$NON-NLS-2$
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start(); //$NON-NLS-1$
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("stop-mail-servers.sh failed:\n" + output); //$NON-NLS-1$
        }
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
