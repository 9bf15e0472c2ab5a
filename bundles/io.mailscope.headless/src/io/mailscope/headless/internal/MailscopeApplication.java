package io.mailscope.headless.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.headless.internal.commands.CodeCommand;
import io.mailscope.headless.internal.commands.DiagnoseCommand;
import io.mailscope.headless.internal.commands.ImportCommand;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.TraceImportService;

/**
 * The {@code io.mailscope.headless.application} Equinox application: {@code ./mailscope <command> …}.
 * Writes results to stdout, problems to stderr, and returns an {@link ExitCode}.
 */
public final class MailscopeApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return Integer.valueOf(run(args == null ? List.of() : Arrays.asList(args), out, err));
    }

    /** Runs one command line; separated from {@link #start} so tests can call it. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (args.size() > 1 && commands.containsKey(args.get(1))) {
                out.println(commands.get(args.get(1)).usage());
                return ExitCode.OK;
            }
            printOverview(commands, args.isEmpty() ? err : out);
            return args.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("mailscope: unknown command '" + args.get(0) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            printOverview(commands, err);
            return ExitCode.USAGE;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (RuntimeException e) {
            err.println("mailscope " + command.name() + ": internal error: " + e); //$NON-NLS-1$ //$NON-NLS-2$
            e.printStackTrace(err);
            return ExitCode.BAD_INPUT;
        }
    }

    private static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command c : List.<Command>of(new CodeCommand(() -> OsgiServices.get(CatalogService.class)),
                new ImportCommand(() -> OsgiServices.get(TraceImportService.class)),
                new DiagnoseCommand(() -> OsgiServices.get(DiagnosisService.class),
                        () -> OsgiServices.get(TraceImportService.class)))) {
            commands.put(c.name(), c);
        }
        return commands;
    }

    private static void printOverview(Map<String, Command> commands, PrintStream to) {
        to.println("usage: mailscope <command> [options]   (no command: start the workbench)"); //$NON-NLS-1$
        to.println();
        commands.values().forEach(c -> to.printf("  %-10s %s%n", c.name(), c.summary())); //$NON-NLS-1$
        to.println();
        to.println("mailscope help <command> shows a command's options."); //$NON-NLS-1$
    }

    @Override
    public void stop() {
        // commands run to completion; nothing to interrupt
    }
}
