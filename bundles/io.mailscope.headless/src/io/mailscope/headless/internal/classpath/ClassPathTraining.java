package io.mailscope.headless.internal.classpath;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.mailscope.headless.internal.MailscopeCli;

/**
 * The training run {@code ./mailscope} records its AOT cache from ({@code -XX:AOTCacheOutput}, JDK 25): the commands
 * that start on the plain class path, each once, on the traces given as arguments (the bundled samples), with their
 * output discarded. What they load, link and run here is ready at the start of every later command. Then one
 * {@code diagnose} of a large Outlook 2000-2002 log written for it ({@link LegacyTrainingTrace}, ending with the sample
 * named by the system property {@value #LEGACY_SAMPLE_PROPERTY}), so that a large input's own classes (the parse
 * thread, the byte triage, the run workers and their mapping) are in the cache too instead of being loaded and linked
 * from the jars in the middle of the import.
 */
public final class ClassPathTraining {

    /** System property: the Outlook 2000-2002 sample the large training log ends with (optional). */
    static final String LEGACY_SAMPLE_PROPERTY = "mailscope.training.legacySample"; //$NON-NLS-1$

    private ClassPathTraining() {
    }

    public static void main(String[] traces) throws IOException {
        ClassPathRuntime runtime = ClassPathRuntime.start();
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
        String sample = System.getProperty(LEGACY_SAMPLE_PROPERTY);
        Path large = LegacyTrainingTrace.write(sample == null || !Files.isRegularFile(Path.of(sample)) ? null : Path.of(sample));
        try {
            MailscopeCli.run(runtime, List.of("diagnose", large.toString()), discard, discard); //$NON-NLS-1$
        } finally {
            Files.delete(large);
        }
        System.exit(0);
    }
}
