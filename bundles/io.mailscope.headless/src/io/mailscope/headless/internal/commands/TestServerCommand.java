package io.mailscope.headless.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.mailscope.headless.internal.ExitCode;
import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ScenarioException;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;
import io.mailscope.testserver.internal.TestServerConsole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mailscope testserver}: runs the fault-injecting test server in a scenario until stopped, or lists the
 * scenarios. Only options here; the server and what it prints are in io.mailscope.testserver.
 */
@Command(name = "testserver", sortOptions = false, //
        description = { "Runs the fault-injecting POP3/IMAP/SMTP test server in a scenario until it is stopped "
                + "(Ctrl+C or SIGTERM), or lists the scenarios.", "",
                "Each scenario reproduces one fault a support engineer meets (a drop after the greeting, STAT/UIDL "
                        + "disagreeing, 530 authentication required, a bad certificate, a server that never answers...) "
                        + "and names the catalog cause it reproduces. Port 0 picks a free port; the ports are printed, "
                        + "one line per protocol ('pop3 127.0.0.1:40123'). The server listens on loopback only unless "
                        + "--listen says otherwise." }, //
        exitCodeListHeading = "%nExit codes:%n", //
        exitCodeList = { "0:listed, or the server ran until it was stopped", "2:the scenario cannot be loaded or a port cannot be bound",
                "3:usage error (no or an unknown scenario, a port outside 0..65535)" })
public final class TestServerCommand implements Callable<Integer> {

    private final Supplier<TestServerService> service;

    @Spec
    private CommandSpec spec;

    @Option(names = "--list", description = "list the scenarios (built-in and contributed by plug-ins) with the cause each reproduces")
    private boolean list;

    @Option(names = { "-s", "--scenario" }, paramLabel = "NAME", description = "the scenario to run (see --list)")
    private String scenario;

    @Option(names = "--pop3-port", paramLabel = "N", description = "POP3 port (default 0: a free port)")
    private int pop3Port;

    @Option(names = "--imap-port", paramLabel = "N", description = "IMAP port (default 0: a free port)")
    private int imapPort;

    @Option(names = "--smtp-port", paramLabel = "N", description = "SMTP port (default 0: a free port)")
    private int smtpPort;

    @Option(names = "--listen", paramLabel = "ADDRESS", description = "address to listen on (default: the loopback address); "
            + "any other exposes a deliberately broken server to that network")
    private String listen;

    public TestServerCommand(Supplier<TestServerService> service) {
        this.service = service;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list == (scenario != null)) {
            throw new ParameterException(spec.commandLine(), list ? "--list takes no --scenario" : "give --scenario NAME, or --list"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        TestServerService testServer = service.get();
        if (list) {
            TestServerConsole.printList(testServer.scenarios(), out);
            return Integer.valueOf(ExitCode.OK);
        }
        if (testServer.scenario(scenario).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown scenario '" + scenario + "'; 'mailscope testserver --list' shows them"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ServerOptions options = options();
        RunningServer server;
        try {
            server = testServer.start(scenario, options);
        } catch (IOException | ScenarioException e) {
            err.println("mailscope testserver: " + e.getMessage()); //$NON-NLS-1$
            return Integer.valueOf(ExitCode.BAD_INPUT);
        }
        TestServerConsole.printStarted(server, out);
        TestServerConsole.serveUntilStopped(server, out);
        return Integer.valueOf(ExitCode.OK);
    }

    private ServerOptions options() {
        Map<MailProtocol, Integer> ports = new EnumMap<>(MailProtocol.class);
        ports.put(MailProtocol.POP3, Integer.valueOf(pop3Port));
        ports.put(MailProtocol.IMAP, Integer.valueOf(imapPort));
        ports.put(MailProtocol.SMTP, Integer.valueOf(smtpPort));
        try {
            ServerOptions options = ServerOptions.loopbackFreePorts().withPorts(ports);
            return listen == null ? options : options.withBindAddress(InetAddress.getByName(listen));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, null);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--listen: unknown address '" + listen + "'", e, null, null); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
