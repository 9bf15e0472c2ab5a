package io.mailscope.headless.internal.classpath;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.MailscopeCli;

/**
 * {@code ./mailscope <command>} on a plain class path ({@link ClassPathRuntime}): the same command line, output and
 * exit codes as the {@code io.mailscope.headless.application} in the OSGi framework, without starting the framework.
 * <p>
 * Without a framework log, the Eclipse runtime prints its log entries (a contribution that cannot be read, say) to
 * {@code System.out}; standard output is kept for the command's results, so {@code System.out} is pointed at standard
 * error before anything else runs.
 */
public final class ClassPathMain {

    private ClassPathMain() {
    }

    public static void main(String[] args) {
        PrintStream results = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream problems = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        int exit;
        try {
            exit = MailscopeCli.runOnConsole(ClassPathRuntime.start(), List.of(args), results, problems);
        } catch (IOException e) {
            problems.println("mailscope: cannot read the Mailscope installation: " + e.getMessage()); //$NON-NLS-1$
            exit = ExitCode.INTERNAL_ERROR;
        }
        results.flush();
        problems.flush();
        System.exit(exit);
    }
}
