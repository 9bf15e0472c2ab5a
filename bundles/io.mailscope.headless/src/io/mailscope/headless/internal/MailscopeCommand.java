package io.mailscope.headless.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mailscope}: the top of the command line. Its standard help options ({@code -h/--help},
 * {@code -V/--version}) are inherited by every sub-command; the sub-commands and the footer (which only the overview
 * shows) are added by {@link MailscopeCli}.
 */
@Command(name = "mailscope", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, subcommands = HelpCommand.class, //
        synopsisSubcommandLabel = "COMMAND", //
        description = { "Diagnoses e-mail client failures (Outlook 0x800CCCxx and others) from client logs and protocol transcripts.",
                "Without a command, ./mailscope starts the support workbench." }, //
        commandListHeading = "%nCommands:%n", //
        exitCodeListHeading = "%nExit codes:%n", //
        exitCodeList = { "0:done; nothing wrong found", "1:a failure was diagnosed in the input",
                "2:an input is not a recognised trace (for code: not catalogued)", "3:usage error: the command line is wrong",
                "4:the results could not be written", "5:an input could not be read (missing, permission, socket, link loop)",
                "6:internal error in Mailscope (please report it)", "7:out of memory",
                "(one table for every command: io.mailscope.headless.internal.ExitCode, docs/command-line.md)" })
public final class MailscopeCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    public MailscopeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** @return where the output of the command line that {@code command} belongs to goes (for colour and progress) */
    public static Terminal terminal(CommandSpec command) {
        return command.root().userObject() instanceof MailscopeCommand root ? root.terminal : Terminal.NONE;
    }

    /** No command: the launcher starts the workbench then, so here it is a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("mailscope: give a command"); //$NON-NLS-1$
        spec.commandLine().usage(spec.commandLine().getErr());
        return Integer.valueOf(ExitCode.USAGE);
    }
}
