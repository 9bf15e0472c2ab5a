package io.mailscope.testserver.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ServerEventListener;
import io.mailscope.testserver.ScenarioException;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;
import io.mailscope.testserver.internal.protocol.ScriptedSession;
import io.mailscope.testserver.internal.registry.ScenarioDescriptor;
import io.mailscope.testserver.internal.registry.ScenarioRegistry;
import io.mailscope.testserver.internal.tls.TlsContexts;

/** The test server service (DS). Servers it started are stopped when the component goes away. */
@Component(service = TestServerService.class)
public final class TestServerComponent implements TestServerService {

    private final ILog log = ILog.of(TestServerComponent.class);
    private final TlsContexts tls = new TlsContexts();
    private final Set<RunningServer> started = ConcurrentHashMap.newKeySet();
    private ScenarioRegistry registry;

    public TestServerComponent() {
        // DS
    }

    @Activate
    void activate() {
        registry = new ScenarioRegistry(RegistryFactory.getRegistry(), log);
    }

    @Deactivate
    void deactivate() {
        started.forEach(RunningServer::stop);
        started.clear();
        registry.close();
    }

    @Override
    public List<ScenarioInfo> scenarios() {
        return registry.scenarios().stream().map(ScenarioDescriptor::info).toList();
    }

    @Override
    public Optional<ScenarioInfo> scenario(String id) {
        return descriptor(id).map(ScenarioDescriptor::info);
    }

    @Override
    public List<ScenarioInfo> scenariosForCause(String causeId) {
        return scenarios().stream().filter(s -> s.causeId().equalsIgnoreCase(causeId)).toList();
    }

    private Optional<ScenarioDescriptor> descriptor(String id) {
        return registry.scenarios().stream().filter(d -> d.info().id().equals(id)).findFirst();
    }

    @Override
    public RunningServer start(String scenarioId, ServerOptions options) throws IOException, ScenarioException {
        ScenarioDescriptor descriptor = descriptor(scenarioId)
                .orElseThrow(() -> new IllegalArgumentException("no scenario '" + scenarioId + "'")); //$NON-NLS-1$ //$NON-NLS-2$
        ConnectionPlay play = switch (descriptor) {
            case ScenarioDescriptor.Scripted s -> (protocol, channel, open) -> new ScriptedSession(protocol, channel,
                    s.script().forProtocol(protocol), tls).run(false);
            case ScenarioDescriptor.Java j -> new JavaScenarioPlay(j.info(), j.factory().create(scenarioId), tls, log);
        };
        Set<MailProtocol> startTls = switch (descriptor) {
            case ScenarioDescriptor.Scripted s -> java.util.Arrays.stream(MailProtocol.values()).filter(p -> s.script().forProtocol(p).startTls())
                    .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(MailProtocol.class)));
            // a Java scenario serves its connections normally or says nothing about TLS: the built-in ports offer it
            case ScenarioDescriptor.Java j -> java.util.EnumSet.allOf(MailProtocol.class);
        };
        RunningServer server = MailTestServer.start(descriptor.info(), options, play, startTls, log);
        started.add(server);
        return new StoppingServer(server, started);
    }

    /** Forgets a server once it is stopped, so a long-running workbench does not keep stopped servers. */
    private record StoppingServer(RunningServer delegate, Set<RunningServer> started) implements RunningServer {
        @Override
        public ScenarioInfo scenario() {
            return delegate.scenario();
        }

        @Override
        public java.net.InetAddress address() {
            return delegate.address();
        }

        @Override
        public java.util.Map<io.mailscope.testserver.MailProtocol, Integer> ports() {
            return delegate.ports();
        }

        @Override
        public Set<MailProtocol> startTlsOffered() {
            return delegate.startTlsOffered();
        }

        @Override
        public void addEventListener(ServerEventListener listener) {
            delegate.addEventListener(listener);
        }

        @Override
        public void removeEventListener(ServerEventListener listener) {
            delegate.removeEventListener(listener);
        }

        @Override
        public int activeConnections() {
            return delegate.activeConnections();
        }

        @Override
        public long acceptedConnections() {
            return delegate.acceptedConnections();
        }

        @Override
        public boolean isRunning() {
            return delegate.isRunning();
        }

        @Override
        public void stop() {
            delegate.stop();
            started.remove(delegate);
        }
    }
}
