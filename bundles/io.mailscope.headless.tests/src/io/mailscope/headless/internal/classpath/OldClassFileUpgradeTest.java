package io.mailscope.headless.internal.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine;

/**
 * The class path preparation's copy of picocli's jar (Java 5 class files) holds the same entries with every class
 * file at a version the AOT cache keeps, and those classes load, pass the JVM's verifier (on by default for classes
 * not loaded by the boot loader) and build the same usage help as the original jar's.
 */
class OldClassFileUpgradeTest {

    @TempDir
    Path temp;

    @Test
    void picocliCopyIsCacheableVerifiesAndBehavesAlike() throws Exception {
        if (Runtime.version().feature() < 24) {
            // no class-file library before Java 24: no upgrade, and no AOT cache that would need one
            assertTrue(OldClassFileUpgrade.available(getClass().getClassLoader()).isEmpty());
            return;
        }
        Path original = FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(CommandLine.class))
                .orElseThrow(() -> new IllegalStateException("picocli has no file location")).toPath();
        assertTrue(oldClassFiles(original) > 100, "picocli's jar is expected to hold Java 5 class files");
        Path copy = temp.resolve("picocli.jar");
        List<String> notUpgraded = new ArrayList<>();
        try (URLClassLoader originals = new URLClassLoader(new URL[] { original.toUri().toURL() }, null)) {
            Optional<OldClassFileUpgrade> upgrade = OldClassFileUpgrade.available(originals);
            assertTrue(upgrade.isPresent());
            ClassPathPreparation.copy(original, copy, upgrade, notUpgraded);
        }
        assertEquals(List.of(), notUpgraded);
        assertEquals(entryNames(original), entryNames(copy));
        assertEquals(0, oldClassFiles(copy));

        List<String> classes = entryNames(copy).stream()
                .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("-info.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).toList();
        try (URLClassLoader upgraded = new URLClassLoader(new URL[] { copy.toUri().toURL() }, ClassLoader.getPlatformClassLoader())) {
            for (String name : classes) {
                // initializing links the class, and linking verifies it: a missing or wrong stack map fails here
                Class.forName(name, true, upgraded);
            }
            assertEquals(usage(CommandLine.class.getClassLoader()), usage(upgraded));
        }
    }

    /** @return the usage help of a command built through picocli's programmatic API, with picocli from {@code loader} */
    private static String usage(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> commandSpec = loader.loadClass("picocli.CommandLine$Model$CommandSpec");
        Class<?> optionSpec = loader.loadClass("picocli.CommandLine$Model$OptionSpec");
        Class<?> positionalSpec = loader.loadClass("picocli.CommandLine$Model$PositionalParamSpec");
        Object spec = call(commandSpec, null, "create");
        call(commandSpec, spec, "name", "probe");
        Object option = call(optionSpec, null, "builder", (Object) new String[] { "-n", "--count" });
        call(option.getClass(), option, "type", int.class);
        call(option.getClass(), option, "description", (Object) new String[] { "How many probes." });
        call(commandSpec, spec, "addOption", call(option.getClass(), option, "build"));
        Object positional = call(positionalSpec, null, "builder");
        call(positional.getClass(), positional, "paramLabel", "HOST");
        call(positional.getClass(), positional, "description", (Object) new String[] { "The server." });
        call(commandSpec, spec, "addPositional", call(positional.getClass(), positional, "build"));
        Class<?> commandLine = loader.loadClass("picocli.CommandLine");
        Object cli = commandLine.getConstructor(Object.class).newInstance(spec);
        call(commandLine, cli, "parseArgs", (Object) new String[] { "--count", "3", "mail.example.net" });
        return (String) call(commandLine, cli, "getUsageMessage");
    }

    /** Calls the public method {@code name} of {@code type} that takes {@code args}; the builders' are declared in package-private classes. */
    private static Object call(Class<?> type, Object target, String name, Object... args) throws ReflectiveOperationException {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length && accepts(method.getParameterTypes(), args)) {
                method.setAccessible(true);
                return method.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }

    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!parameters[i].isInstance(args[i]) && !(parameters[i] == Class.class && args[i] instanceof Class<?>)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> entryNames(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }

    private static int oldClassFiles(Path jar) throws IOException {
        int old = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().endsWith(".class")) {
                    int major = OldClassFileUpgrade.majorVersion(zip.getInputStream(entry).readAllBytes());
                    old += major >= 0 && major < OldClassFileUpgrade.FIRST_CACHEABLE_MAJOR ? 1 : 0;
                }
            }
        }
        return old;
    }
}
