package io.mailscope.headless.internal;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.headless.internal.commands.CodeCommand;
import io.mailscope.headless.internal.commands.DiagnoseCommand;
import io.mailscope.headless.internal.commands.ImportCommand;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.masking.CredentialMasking;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExitCodeExceptionMapper;
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
 * start a service and tests can pass a stub: {@code new ProbeCommand(() -> OsgiServices.get(ProbeService.class))}.</li>
 * <li>Write results to {@code spec.commandLine().getOut()} and problems to {@code getErr()} (inject
 * {@code @Spec CommandSpec spec}); report a wrong command line by throwing {@link ParameterException} (exit 3 with
 * the message and the usage), everything else by the returned exit code.</li>
 * <li>Add one line to {@link #commands()}.</li>
 * </ol>
 */
public final class MailscopeCli {

    private MailscopeCli() {
    }

    /** The registry of sub-commands, in the order the overview lists them. */
    public static List<Object> commands() {
        return List.of( //
                new CodeCommand(() -> OsgiServices.get(CatalogService.class)),
                new ImportCommand(() -> OsgiServices.get(TraceImportService.class)),
                new DiagnoseCommand(() -> OsgiServices.get(DiagnosisService.class)));
    }

    /** Runs one command line with the installed commands and services. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(commands(), args, out, err);
    }

    /** Runs one command line with the given sub-commands (tests pass commands built on stub services). */
    public static int run(List<?> commands, List<String> args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(commands);
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
    public static CommandLine commandLine(List<?> commands) {
        CommandLine commandLine = new CommandLine(new MailscopeCommand());
        commandLine.getCommandSpec().versionProvider(new VersionInfo(() -> OsgiServices.get(TraceImportService.class),
                () -> OsgiServices.get(DiagnosisService.class)));
        commands.forEach(commandLine::addSubcommand);
        // set after the sub-commands were added, so that only the overview shows it
        commandLine.getCommandSpec().usageMessage().footerHeading("%n").footer( //$NON-NLS-1$
                "'mailscope help COMMAND' or 'mailscope COMMAND --help' shows a command's options and exit codes. " //$NON-NLS-1$
                        + "Results go to standard output, problems to standard error; docs/command-line.md describes every command."); //$NON-NLS-1$
        commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
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
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        command.usage(err, command.getColorScheme());
        return ExitCode.USAGE;
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
