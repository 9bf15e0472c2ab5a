package io.mailscope.headless.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The {@code io.mailscope.headless.application} Equinox application: {@code ./mailscope <command> …}.
 * Writes results to stdout, problems to stderr, and returns an {@link ExitCode}. The commands are in
 * {@link MailscopeCli}.
 */
public final class MailscopeApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return Integer.valueOf(MailscopeCli.runOnConsole(OsgiRuntime.INSTANCE, args == null ? List.of() : Arrays.asList(args),
                new PrintStream(System.out, true, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs one command line; separated from {@link #start} so tests can call it. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return MailscopeCli.run(args, out, err);
    }

    @Override
    public void stop() {
        // commands run to completion; nothing to interrupt
    }
}
