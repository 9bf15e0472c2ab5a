package io.mailscope.headless.internal;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.headless.internal.commands.CodeCommand;
import io.mailscope.headless.internal.commands.DiagnoseCommand;
import io.mailscope.headless.internal.commands.ImportCommand;
import io.mailscope.headless.internal.commands.ProbeCommand;
import io.mailscope.headless.internal.commands.TestServerCommand;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.report.TextStyle;
import io.mailscope.session.SessionService;
import io.mailscope.testserver.TestServerService;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.masking.CredentialMasking;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code ./mailscope <command>} command line, parsed by picocli: help, {@code --version}, {@code --opt=value},
 * "did you mean", completion and manual pages all come from the commands' annotations.
 * <p>
 * <b>Adding a command</b> (e.g. {@code probe}):
 * <ol>
 * <li>Write a class in {@code io.mailscope.headless.internal.commands} annotated
 * {@code @Command(name = "probe", description = …, exitCodeListHeading = …, exitCodeList = …)} that implements
 * {@code Callable<Integer>} and returns an {@link ExitCode}. Declare its options with {@code @Option} (short and long
 * names, e.g. {@code {"-o", "--output"}}; picocli accepts {@code --output=F} and {@code --output F}) and its
 * arguments with {@code @Parameters}. {@code -h/--help} and {@code -V/--version} are inherited from
 * {@link MailscopeCommand}; do not declare them.</li>
 * <li>Take the core service it needs as a {@code Supplier} in its constructor, so that help and completion never
 * start a service and tests can pass a stub: {@code new ProbeCommand(() -> runtime.service(ProbeService.class))}.
 * A command that needs a service the plain class path launch does not provide must also be left out of the fast
 * path in {@code ./mailscope} (see {@code ClassPathRuntime}).</li>
 * <li>Write results to {@code spec.commandLine().getOut()} and problems to {@code getErr()} (inject
 * {@code @Spec CommandSpec spec}); report a wrong command line by throwing {@link ParameterException} (exit 3 with
 * the message and the usage), everything else by the returned exit code.</li>
 * <li>Add one line to {@link #commands()}, then regenerate the completion script and the manual pages
 * ({@code tools/cli-docs/generate.sh}); {@code CliDocsTest} fails while they are stale.</li>
 * </ol>
 */
public final class MailscopeCli {

    private MailscopeCli() {
    }

    /** The registry of sub-commands on the OSGi framework's services, in the order the overview lists them. */
    public static List<Object> commands() {
        return commands(OsgiRuntime.INSTANCE);
    }

    /** The registry of sub-commands on the services of {@code runtime}, in the order the overview lists them. */
    public static List<Object> commands(CommandRuntime runtime) {
        return List.of( //
                new CodeCommand(() -> runtime.service(CatalogService.class)),
                new ImportCommand(() -> runtime.service(TraceImportService.class)),
                new DiagnoseCommand(() -> runtime.service(DiagnosisService.class),
                        () -> runtime.service(TraceImportService.class)),
                new ProbeCommand(() -> runtime.service(SessionService.class)),
                new TestServerCommand(() -> runtime.service(TestServerService.class)));
    }

    /** Runs one command line with the installed commands and services, on this process's terminal. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(OsgiRuntime.INSTANCE, args, out, err);
    }

    /**
     * Runs one command line with the commands on the services of {@code runtime}, on this process's terminal: the
     * same command line whichever way {@code ./mailscope} was launched.
     */
    public static int run(CommandRuntime runtime, List<String> args, PrintStream out, PrintStream err) {
        return run(commandLine(commands(runtime), Terminal.detect(), runtime), args, out, err);
    }

    /**
     * Runs one command line on this process's standard output and error ({@code out}, {@code err}) with the services
     * of {@code runtime}: what both launches of {@code ./mailscope <command>} do, so their output and exit codes are
     * the same.
     *
     * @return the {@link ExitCode}
     */
    public static int runOnConsole(CommandRuntime runtime, List<String> args, PrintStream out, PrintStream err) {
        try {
            return MailscopeCli.run(runtime, args, out, err);
        } catch (OutOfMemoryError e) {
            // outside any one input (the commands catch it per input): nothing partial is presented as complete
            err.println("mailscope: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) //$NON-NLS-1$
                    + " MB); the output above is incomplete"); //$NON-NLS-1$
            return ExitCode.OUT_OF_MEMORY;
        }
    }

    /** Runs one command line with the given sub-commands (tests pass commands built on stub services) into pipes. */
    public static int run(List<?> commands, List<String> args, PrintStream out, PrintStream err) {
        return run(commands, args, out, err, Terminal.NONE);
    }

    /**
     * Runs one command line with the given sub-commands (tests pass commands built on stub services) as if the output
     * went to {@code terminal}.
     */
    public static int run(List<?> commands, List<String> args, PrintStream out, PrintStream err, Terminal terminal) {
        return run(commandLine(commands, terminal), args, out, err);
    }

    private static int run(CommandLine commandLine, List<String> args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        int exit = commandLine.execute(args.toArray(String[]::new));
        outWriter.flush();
        errWriter.flush();
        return exit;
    }

    /**
     * @return the whole command line: {@link MailscopeCommand}, {@code help} and the given sub-commands, with the
     *         project's error handling. Also what the completion script and the manual pages are generated from.
     */
    public static CommandLine commandLine(List<?> commands, Terminal terminal) {
        return commandLine(commands, terminal, OsgiRuntime.INSTANCE);
    }

    /** {@link #commandLine(List, Terminal)} whose {@code --version} describes the services and bundles of {@code runtime}. */
    static CommandLine commandLine(List<?> commands, Terminal terminal, CommandRuntime runtime) {
        CommandLine commandLine = new CommandLine(new MailscopeCommand(terminal));
        commandLine.getCommandSpec().versionProvider(VersionInfo.of(runtime));
        commands.forEach(commandLine::addSubcommand);
        // set after the sub-commands were added, so that only the overview shows it
        commandLine.getCommandSpec().usageMessage().footerHeading("%n").footer( //$NON-NLS-1$
                "'mailscope help COMMAND' or 'mailscope COMMAND --help' shows a command's options and exit codes. " //$NON-NLS-1$
                        + "Results go to standard output, problems to standard error; docs/command-line.md describes every command."); //$NON-NLS-1$
        commandLine.setColorScheme(Help.defaultColorScheme(terminal.autoStyle() == TextStyle.ANSI ? Help.Ansi.ON : Help.Ansi.OFF));
        commandLine.setParameterExceptionHandler(MailscopeCli::usageError);
        commandLine.setExecutionExceptionHandler(MailscopeCli::internalError);
        commandLine.setExitCodeExceptionMapper(exitCodeOf(ExitCode.INTERNAL_ERROR));
        return commandLine;
    }

    /** A wrong command line: the message, "did you mean", the command's usage; exit 3. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + message(e)); //$NON-NLS-1$
        if (e instanceof UnmatchedArgumentException unmatched && unmatched.isUnknownOption() && unmatched.getSuggestions().isEmpty()) {
            List<String> closest = closestOptions(command, unmatched.getUnmatched().get(0));
            if (!closest.isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", closest) + "?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        } else {
            UnmatchedArgumentException.printSuggestions(e, err);
        }
        err.println();
        command.usage(err, command.getColorScheme());
        return ExitCode.USAGE;
    }

    /**
     * picocli suggests only options that start like the typed one ({@code --formt}), not swapped or dropped letters
     * early in the name ({@code --fromat}); this finds the names at the smallest edit distance, if it is small.
     */
    static List<String> closestOptions(CommandLine command, String typed) {
        String name = typed.split("=", 2)[0]; //$NON-NLS-1$
        int limit = Math.max(1, Math.min(2, name.length() / 4));
        int best = Integer.MAX_VALUE;
        List<String> closest = new ArrayList<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            for (String candidate : option.names()) {
                int distance = editDistance(name, candidate);
                if (distance <= limit && distance < best) {
                    best = distance;
                    closest.clear();
                }
                if (distance <= limit && distance == best) {
                    closest.add(candidate);
                }
            }
        }
        return closest;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** picocli says "Unmatched arguments from index 0: 'diagnoze', 'x'" for a mistyped command; say what it is. */
    private static String message(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException unmatched && !command.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.isUnknownOption()
                && command.getParseResult() != null && command.getParseResult().originalArgs().indexOf(unmatched.getUnmatched().get(0)) == 0) {
            return "unknown command '" + unmatched.getUnmatched().get(0) + "'"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return e.getMessage();
    }

    /** A bug: its own exit code, never the one for bad input (the input may be fine). */
    private static int internalError(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": internal error (please report it): " //$NON-NLS-1$
                + CredentialMasking.maskText(String.valueOf(e)).text());
        e.printStackTrace(err);
        return ExitCode.INTERNAL_ERROR;
    }

    private static IExitCodeExceptionMapper exitCodeOf(int code) {
        return e -> code;
    }
}
