package io.mailscope.testserver.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ScenarioInfo;

/**
 * What {@code ./mailscope testserver} prints and how it waits: the command in io.mailscope.headless only parses its
 * options and calls these.
 */
public final class TestServerConsole {

    private TestServerConsole() {
    }

    /** Lists scenarios: id, cause, fault protocols and contributor, then the name. */
    public static void printList(List<ScenarioInfo> scenarios, PrintWriter out) {
        int width = scenarios.stream().mapToInt(s -> s.id().length()).max().orElse(10);
        int causeWidth = scenarios.stream().mapToInt(s -> cause(s).length()).max().orElse(10);
        for (ScenarioInfo s : scenarios) {
            out.printf(Locale.ROOT, "%-" + width + "s  %-" + causeWidth + "s  %-14s  %s%s%n", s.id(), cause(s), protocols(s), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    s.contributor().equals("io.mailscope.testserver") ? "built-in" : "from " + s.contributor(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    s.kind() == ScenarioInfo.Kind.JAVA ? " (Java)" : ""); //$NON-NLS-1$ //$NON-NLS-2$
            out.printf(Locale.ROOT, "%-" + width + "s  %s%n", "", s.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static String cause(ScenarioInfo s) {
        return s.causeId().isEmpty() ? "(no fault)" : s.causeId(); //$NON-NLS-1$
    }

    private static String protocols(ScenarioInfo s) {
        return s.faultProtocols().isEmpty() ? "-" //$NON-NLS-1$
                : s.faultProtocols().stream().sorted().map(MailProtocol::key).collect(Collectors.joining(",")); //$NON-NLS-1$
    }

    /** Prints where the started server listens, one protocol per line ({@code pop3 127.0.0.1:40123}). */
    public static void printStarted(RunningServer server, PrintWriter out) {
        ScenarioInfo s = server.scenario();
        out.println("testserver: scenario " + s.id() + " (" + cause(s) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.println("  " + s.name()); //$NON-NLS-1$
        server.ports().forEach((protocol, port) -> out.println(protocol.key() + " " + server.address().getHostAddress() + ":" + port)); //$NON-NLS-1$ //$NON-NLS-2$
        out.println("listening; stop with Ctrl+C or SIGTERM"); //$NON-NLS-1$
        out.flush();
    }

    /**
     * Blocks until the JVM is asked to stop (SIGTERM, SIGINT), then stops the server: its sockets are closed and its
     * connection threads ended before the JVM exits.
     */
    public static void serveUntilStopped(RunningServer server, PrintWriter out) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            out.println("testserver: stopped"); //$NON-NLS-1$
            out.flush();
            stopped.countDown();
        }, "mailscope-testserver-shutdown"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
