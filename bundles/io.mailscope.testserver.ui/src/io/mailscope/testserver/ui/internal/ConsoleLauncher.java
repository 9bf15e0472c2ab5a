package io.mailscope.testserver.ui.internal;

import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

import io.mailscope.testserver.MailProtocol;

/**
 * Opens a Session Console against a test server through the console's command ({@value #COMMAND}, contributed by
 * io.mailscope.session.ui), executed through the command and handler services: this bundle does not depend on the
 * console's bundle, and says clearly when it is not installed.
 */
public final class ConsoleLauncher {

    /** The Session Console's "open a console" command. */
    public static final String COMMAND = "io.mailscope.session.ui.openConsole"; //$NON-NLS-1$
    static final String PROTOCOL = "io.mailscope.session.ui.protocol"; //$NON-NLS-1$
    static final String HOST = "io.mailscope.session.ui.host"; //$NON-NLS-1$
    static final String PORT = "io.mailscope.session.ui.port"; //$NON-NLS-1$
    static final String SECURITY = "io.mailscope.session.ui.security"; //$NON-NLS-1$
    static final String CONNECT = "io.mailscope.session.ui.connect"; //$NON-NLS-1$

    /** The console could not be opened; the message says why, for the engineer. */
    public static final class ConsoleUnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        ConsoleUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ConsoleLauncher() {
    }

    /** @return true if a Session Console is installed (its command is defined) */
    public static boolean isAvailable(IServiceLocator locator) {
        ICommandService commands = locator.getService(ICommandService.class);
        return commands != null && commands.getCommand(COMMAND).isDefined();
    }

    /**
     * Opens a console on {@code host:port} in plain text (the test server's ports are plain; STARTTLS can be typed),
     * connecting at once when {@code connect}.
     */
    public static void open(IServiceLocator locator, MailProtocol protocol, String host, int port, boolean connect)
            throws ConsoleUnavailableException {
        ICommandService commands = locator.getService(ICommandService.class);
        IHandlerService handlers = locator.getService(IHandlerService.class);
        Command command = commands == null ? null : commands.getCommand(COMMAND);
        if (command == null || !command.isDefined() || handlers == null) {
            throw new ConsoleUnavailableException(Messages.Console_NotInstalled, null);
        }
        Map<String, String> parameters = Map.of(PROTOCOL, protocol.key(), HOST, host, PORT, Integer.toString(port), SECURITY,
                "none", CONNECT, Boolean.toString(connect)); //$NON-NLS-1$
        ParameterizedCommand call = ParameterizedCommand.generateCommand(command, parameters);
        if (call == null) {
            throw new ConsoleUnavailableException(Messages.Console_ParametersRefused, null);
        }
        try {
            handlers.executeCommand(call, null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            throw new ConsoleUnavailableException(org.eclipse.osgi.util.NLS.bind(Messages.Console_Failed,
                    protocol.name() + " " + host + ":" + port, e.getMessage()), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return "pop3://127.0.0.1:1110", for messages */
    public static String address(MailProtocol protocol, String host, int port) {
        return protocol.key().toLowerCase(Locale.ROOT) + "://" + host + ":" + port; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
