package io.mailscope.headless.internal.classpath;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.mailscope.headless.internal.MailscopeCli;

/**
 * The training run {@code ./mailscope} records its AOT cache from ({@code -XX:AOTCacheOutput}, JDK 25): the commands
 * that start on the plain class path, each once, on the traces given as arguments (the bundled samples), with their
 * output discarded. What they load, link and run here is ready at the start of every later command.
 */
public final class ClassPathTraining {

    private ClassPathTraining() {
    }

    public static void main(String[] traces) throws IOException {
        // as the commands start (ClassPathMain): what the catalog's own thread loads is in the cache too
        ClassPathRuntime runtime = ClassPathRuntime.start(true);
        List<List<String>> commands = new ArrayList<>(List.of( //
                List.of("code", "0x800CCC0F"), //$NON-NLS-1$ //$NON-NLS-2$
                List.of("code", "--format", "json", "-2146644841"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                List.of("code", "--list"), //$NON-NLS-1$ //$NON-NLS-2$
                List.of("--version"), //$NON-NLS-1$
                List.of("help"), //$NON-NLS-1$
                List.of("help", "diagnose"), //$NON-NLS-1$ //$NON-NLS-2$
                List.of("diagnose", "--no-such-option"))); //$NON-NLS-1$ //$NON-NLS-2$
        for (String trace : traces) {
            commands.add(List.of("diagnose", trace)); //$NON-NLS-1$
            commands.add(List.of("diagnose", "--format", "json", trace)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            commands.add(List.of("diagnose", "--format", "html", trace)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            commands.add(List.of("import", trace)); //$NON-NLS-1$
            commands.add(List.of("import", "--format", "json", trace)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (List<String> command : commands) {
            MailscopeCli.run(runtime, command, discard, discard);
        }
        System.exit(0);
    }
}
