package io.mailscope.testserver.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ServerEvent;
import io.mailscope.testserver.ServerEventListener;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.internal.protocol.ClientChannel;

/**
 * The listening server: one socket per protocol, one virtual thread per client connection, at most
 * {@link ServerOptions#maxConnections()} connections at once (more are accepted and closed at once), each closed
 * when its lifetime ends. Platform threads: one watchdog, plus the JDK's carrier threads for the virtual ones.
 */
public final class MailTestServer implements RunningServer {

    private static final String BUNDLE = "io.mailscope.testserver"; //$NON-NLS-1$
    private static final long STOP_WAIT_SECONDS = 5;

    private final ScenarioInfo scenario;
    private final ServerOptions options;
    private final ConnectionPlay play;
    private final ILog log;
    private final Map<MailProtocol, ServerSocket> sockets = new EnumMap<>(MailProtocol.class);
    private final Map<MailProtocol, Integer> ports = new EnumMap<>(MailProtocol.class);
    private final Map<MailProtocol, AtomicInteger> openPerProtocol = new EnumMap<>(MailProtocol.class);
    private final Set<ClientChannel> channels = ConcurrentHashMap.newKeySet();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong accepted = new AtomicLong();
    private final Set<ServerEventListener> listeners = new java.util.concurrent.CopyOnWriteArraySet<>();
    private final Set<MailProtocol> startTlsOffered;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("mailscope-testserver-", 0).factory()); //$NON-NLS-1$
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mailscope-testserver-watchdog"); //$NON-NLS-1$
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running;

    private MailTestServer(ScenarioInfo scenario, ServerOptions options, ConnectionPlay play, Set<MailProtocol> startTlsOffered, ILog log) {
        this.scenario = scenario;
        this.startTlsOffered = Set.copyOf(startTlsOffered);
        this.options = options;
        this.play = play;
        this.log = log;
        for (MailProtocol p : MailProtocol.values()) {
            openPerProtocol.put(p, new AtomicInteger());
        }
    }

    /**
     * Binds every port of {@code options} and starts accepting; if one port cannot be bound, none stays bound.
     *
     * @param startTlsOffered the protocols whose port offers STARTTLS/STLS in the scenario (told to the server's users)
     */
    public static MailTestServer start(ScenarioInfo scenario, ServerOptions options, ConnectionPlay play, Set<MailProtocol> startTlsOffered,
            ILog log) throws IOException {
        MailTestServer server = new MailTestServer(scenario, options, play, startTlsOffered, log);
        server.bind();
        return server;
    }

    private void bind() throws IOException {
        if (options.ports().isEmpty()) {
            throw new IOException("no protocol to serve: give at least one port"); //$NON-NLS-1$
        }
        for (MailProtocol protocol : MailProtocol.values()) {
            Integer port = options.ports().get(protocol);
            if (port == null) {
                continue;
            }
            ServerSocket socket = new ServerSocket();
            try {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(options.bindAddress(), port), 50);
            } catch (IOException e) {
                socket.close();
                sockets.values().forEach(MailTestServer::closeQuietly);
                sockets.clear();
                throw new IOException("cannot listen for " + protocol + " on " + options.bindAddress().getHostAddress() + ":" + port //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + ": " + e.getMessage(), e); //$NON-NLS-1$
            }
            sockets.put(protocol, socket);
            ports.put(protocol, socket.getLocalPort());
        }
        running = true;
        sockets.forEach((protocol, socket) -> threads.execute(() -> accept(protocol, socket)));
    }

    private void accept(MailProtocol protocol, ServerSocket listener) {
        while (running) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (running) {
                    log.log(new Status(IStatus.ERROR, BUNDLE, "Test server stopped accepting " + protocol + " connections: " + e.getMessage(), e)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return;
            }
            long number = accepted.incrementAndGet();
            if (active.incrementAndGet() > options.maxConnections()) {
                // over the limit: the client sees an immediate close, the server spends nothing on it
                active.decrementAndGet();
                closeQuietly(client);
                publish(new ServerEvent(java.time.Instant.now(), protocol, number, ServerEvent.Kind.REFUSED,
                        "Refused " + client.getRemoteSocketAddress() + ": " + options.maxConnections() + " connections are open")); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            try {
                threads.execute(() -> serve(protocol, client, number));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                active.decrementAndGet();
                closeQuietly(client); // stopping
            }
        }
    }

    private void serve(MailProtocol protocol, Socket socket, long number) {
        AtomicInteger open = openPerProtocol.get(protocol);
        int openNow = open.incrementAndGet();
        ClientChannel channel = null;
        ScheduledFuture<?> lifetime = null;
        ConnectionLog events = new ConnectionLog(protocol, number, this::publish);
        events.emit(ServerEvent.Kind.CONNECTED, "Connection from " + socket.getRemoteSocketAddress() + " (" + openNow //$NON-NLS-1$ //$NON-NLS-2$
                + " open on this port)"); //$NON-NLS-1$
        String ending = null;
        try {
            socket.setTcpNoDelay(true);
            channel = new ClientChannel(socket);
            channel.observe(events);
            channels.add(channel);
            ClientChannel c = channel;
            lifetime = watchdog.schedule(c::close, options.connectionLifetime().toMillis(), TimeUnit.MILLISECONDS);
            play.serve(protocol, channel, openNow);
        } catch (SocketException | java.io.InterruptedIOException e) {
            // the client left, the scenario cut the connection, or the server is stopping: the normal ends here
            ending = e.getMessage();
        } catch (IOException e) {
            // a client that breaks the protocol or TLS: the connection ends, the server goes on
            ending = e.getMessage();
        } catch (RuntimeException e) {
            ending = "the scenario failed: " + e; //$NON-NLS-1$
            log.log(new Status(IStatus.ERROR, BUNDLE, "Test server scenario '" + scenario.id() + "' failed on a " + protocol //$NON-NLS-1$ //$NON-NLS-2$
                    + " connection: " + e, e)); //$NON-NLS-1$
        } finally {
            if (lifetime != null) {
                lifetime.cancel(false);
            }
            boolean byServer = channel != null && channel.closedByServer() || !running;
            events.emit(byServer ? ServerEvent.Kind.SERVER_CLOSED : ServerEvent.Kind.CLIENT_CLOSED,
                    (byServer ? "Connection closed by the server" : "Connection closed by the client") //$NON-NLS-1$ //$NON-NLS-2$
                            + (ending == null ? "" : " (" + ending + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (channel != null) {
                channel.close();
                channels.remove(channel);
            } else {
                closeQuietly(socket);
            }
            open.decrementAndGet();
            active.decrementAndGet();
        }
    }

    @Override
    public ScenarioInfo scenario() {
        return scenario;
    }

    @Override
    public InetAddress address() {
        return options.bindAddress();
    }

    @Override
    public Map<MailProtocol, Integer> ports() {
        return Collections.unmodifiableMap(ports);
    }

    @Override
    public Set<MailProtocol> startTlsOffered() {
        return startTlsOffered;
    }

    @Override
    public void addEventListener(ServerEventListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener")); //$NON-NLS-1$
    }

    @Override
    public void removeEventListener(ServerEventListener listener) {
        listeners.remove(listener);
    }

    /** Tells every listener; one that fails is logged and the connection goes on. */
    private void publish(ServerEvent event) {
        for (ServerEventListener listener : listeners) {
            try {
                listener.event(event);
            } catch (RuntimeException e) {
                log.log(new Status(IStatus.WARNING, BUNDLE, "Test server scenario '" + scenario.id() + "': an event listener failed: " + e, e)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    @Override
    public int activeConnections() {
        return active.get();
    }

    @Override
    public long acceptedConnections() {
        return accepted.get();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void stop() {
        if (!running && sockets.isEmpty()) {
            return;
        }
        running = false;
        sockets.values().forEach(MailTestServer::closeQuietly);
        sockets.clear();
        channels.forEach(ClientChannel::close);
        threads.shutdownNow();
        try {
            if (!threads.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.log(new Status(IStatus.WARNING, BUNDLE, "Test server scenario '" + scenario.id() //$NON-NLS-1$
                        + "': connection threads still running " + STOP_WAIT_SECONDS + " s after stop")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watchdog.shutdownNow();
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // releasing a socket that is already broken: nothing to do
        }
    }
}
