package io.mailscope.testserver.ui.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ScenarioException;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;

/**
 * The test servers the workbench runs, at most one per scenario: started from the Test Server view, by Reproduce on
 * Test Server, by a live sample or as the demo server at start-up; all stopped when the workbench shuts down (and when
 * this component goes away). A DS service, so the view, the handlers and the start-up share it without a singleton.
 */
@Component(service = TestServers.class)
public final class TestServers {

    private final ILog log = ILog.of(TestServers.class);
    private final Map<String, ManagedServer> running = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private TestServerService service;
    private volatile String demoServerProblem;

    public TestServers() {
        // DS
    }

    @Reference
    void setService(TestServerService testServerService) {
        this.service = testServerService;
    }

    @Deactivate
    void deactivate() {
        stopAll();
    }

    /** @return every installed scenario, built-in ones first */
    public List<ScenarioInfo> scenarios() {
        return service.scenarios();
    }

    public Optional<ScenarioInfo> scenario(String id) {
        return service.scenario(id);
    }

    /**
     * Starts the scenario on free loopback ports for all three protocols, or returns its server when it runs already.
     */
    public ManagedServer start(String scenarioId, ManagedServer.Origin origin) throws IOException, ScenarioException {
        return start(scenarioId, origin, Map.of(MailProtocol.POP3, 0, MailProtocol.IMAP, 0, MailProtocol.SMTP, 0));
    }

    /**
     * Starts the scenario on loopback, each protocol on its preferred port where that port is free and on a free port
     * chosen by the system where it is not (the server's {@link ManagedServer#portNotes()} say which); returns the
     * scenario's server when it runs already.
     *
     * @param preferredPorts port per protocol, 0 for any free port
     */
    public synchronized ManagedServer start(String scenarioId, ManagedServer.Origin origin, Map<MailProtocol, Integer> preferredPorts)
            throws IOException, ScenarioException {
        ManagedServer existing = running.get(scenarioId);
        if (existing != null && existing.isRunning()) {
            return existing;
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        Map<MailProtocol, Integer> ports = new EnumMap<>(MailProtocol.class);
        List<String> notes = new ArrayList<>();
        preferredPorts.forEach((protocol, port) -> ports.put(protocol, port != 0 && !isFree(loopback, port) ? 0 : port));
        ServerOptions options = ServerOptions.loopbackFreePorts().withPorts(ports);
        RunningServer server;
        try {
            server = service.start(scenarioId, options);
        } catch (IOException e) {
            // a port taken between the check and the bind: every protocol on a free port instead
            notes.add(e.getMessage());
            Map<MailProtocol, Integer> free = new EnumMap<>(MailProtocol.class);
            ports.keySet().forEach(p -> free.put(p, 0));
            server = service.start(scenarioId, options.withPorts(free));
            ports.keySet().forEach(p -> ports.put(p, 0));
        }
        List<String> portNotes = new ArrayList<>(notes);
        for (var e : ports.entrySet()) {
            Integer preferred = preferredPorts.get(e.getKey());
            if (e.getValue() == 0 && preferred != null && preferred != 0) {
                portNotes.add(e.getKey() + " port " + preferred + " is in use by another program: listening on port " //$NON-NLS-1$ //$NON-NLS-2$
                        + server.port(e.getKey()) + " instead"); //$NON-NLS-1$
            }
        }
        ManagedServer managed = new ManagedServer(server, origin, portNotes);
        running.put(scenarioId, managed);
        log.info("Test server started in scenario '" + scenarioId + "' on " + server.ports() //$NON-NLS-1$ //$NON-NLS-2$
                + (portNotes.isEmpty() ? "" : " (" + String.join("; ", portNotes) + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        changed();
        return managed;
    }

    private static boolean isFree(InetAddress address, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the running server of the scenario */
    public Optional<ManagedServer> running(String scenarioId) {
        ManagedServer server = running.get(scenarioId);
        return server != null && server.isRunning() ? Optional.of(server) : Optional.empty();
    }

    /** @return the servers running now */
    public List<ManagedServer> running() {
        return running.values().stream().filter(ManagedServer::isRunning).toList();
    }

    /** Stops the scenario's server, if it runs. */
    public void stop(String scenarioId) {
        ManagedServer server = running.remove(scenarioId);
        if (server != null) {
            server.server().stop();
            changed();
        }
    }

    /** Stops every server the workbench started. */
    public void stopAll() {
        for (String id : List.copyOf(running.keySet())) {
            stop(id);
        }
    }

    /** Remembers why the demo server did not start, for the Test Server view. */
    void demoServerFailed(String message) {
        demoServerProblem = message;
        changed();
    }

    /** @return why the demo server did not start at start-up, or null */
    public String demoServerProblem() {
        return demoServerProblem;
    }

    /** @return the demo server, when it runs */
    public Optional<ManagedServer> demoServer() {
        return running().stream().filter(s -> s.origin() == ManagedServer.Origin.DEMO).findFirst();
    }

    /** {@code listener} runs (on any thread) when a server was started or stopped. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.error("A test-server change listener failed: " + e, e); //$NON-NLS-1$
            }
        }
    }
}
