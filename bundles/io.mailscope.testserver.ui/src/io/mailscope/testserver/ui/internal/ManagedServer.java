package io.mailscope.testserver.ui.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ServerEvent;

/**
 * A test server the workbench started: the running server, why it was started, the notes on its ports (a preferred port
 * that was taken), and the last {@link #LOG_LIMIT} events of its server-side log.
 */
public final class ManagedServer {

    /** Events kept per server; a long demo keeps the recent ones, never an unbounded list. */
    public static final int LOG_LIMIT = 5000;

    /** Why a server was started. */
    public enum Origin {
        /** The demo server, started with the workbench (Window &gt; Preferences &gt; Mailscope &gt; Test Server). */
        DEMO,
        /** Started from the Test Server view. */
        VIEW,
        /** Reproduce on Test Server, from a finding. */
        REPRODUCE,
        /** A seed case run live from the Samples page. */
        SAMPLE
    }

    private final RunningServer server;
    private final Origin origin;
    private final List<String> portNotes;
    private final ArrayDeque<ServerEvent> log = new ArrayDeque<>();
    private long dropped;

    ManagedServer(RunningServer server, Origin origin, List<String> portNotes) {
        this.server = server;
        this.origin = origin;
        this.portNotes = List.copyOf(portNotes);
        server.addEventListener(this::record);
    }

    private synchronized void record(ServerEvent event) {
        if (log.size() == LOG_LIMIT) {
            log.removeFirst();
            dropped++;
        }
        log.addLast(event);
    }

    public ScenarioInfo scenario() {
        return server.scenario();
    }

    public RunningServer server() {
        return server;
    }

    public Origin origin() {
        return origin;
    }

    /** @return what differs from the ports asked for, one sentence each (e.g. a taken port and the one used instead) */
    public List<String> portNotes() {
        return portNotes;
    }

    /** @return the host a client connects to (the address the server listens on) */
    public String host() {
        return server.address().getHostAddress();
    }

    public Map<MailProtocol, Integer> ports() {
        return server.ports();
    }

    public Set<MailProtocol> startTlsOffered() {
        return server.startTlsOffered();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** @return the events kept, oldest first */
    public synchronized List<ServerEvent> log() {
        return List.copyOf(log);
    }

    /** @return events no longer kept because the log reached {@link #LOG_LIMIT} */
    public synchronized long droppedEvents() {
        return dropped;
    }

    /** @return the protocol a console should use to show the scenario's fault: the first of its fault protocols served */
    public MailProtocol consoleProtocol() {
        for (MailProtocol p : MailProtocol.values()) {
            if (scenario().faultProtocols().contains(p) && ports().containsKey(p)) {
                return p;
            }
        }
        return ports().keySet().stream().sorted().findFirst().orElse(MailProtocol.POP3);
    }
}
