package io.mailscope.testserver.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.internal.protocol.ClientChannel;
import io.mailscope.testserver.internal.protocol.ScriptedSession;
import io.mailscope.testserver.internal.script.ProtocolScript;
import io.mailscope.testserver.internal.tls.TlsContexts;
import io.mailscope.testserver.spi.ScenarioBehaviour;
import io.mailscope.testserver.spi.ScenarioConnection;

/**
 * Serves connections with a contributed {@link ScenarioBehaviour}, inside {@link SafeRunner}: a failure is logged with
 * the contributor's bundle id and ends only that connection. The time budget is the connection's lifetime: the
 * server's watchdog closes the socket, which ends any I/O the contributed code is blocked in.
 */
final class JavaScenarioPlay implements ConnectionPlay {

    private final ScenarioInfo scenario;
    private final ScenarioBehaviour behaviour;
    private final TlsContexts tls;
    private final ILog log;

    JavaScenarioPlay(ScenarioInfo scenario, ScenarioBehaviour behaviour, TlsContexts tls, ILog log) {
        this.scenario = scenario;
        this.behaviour = behaviour;
        this.tls = tls;
        this.log = log;
    }

    @Override
    public void serve(MailProtocol protocol, ClientChannel channel, int openConnections) throws IOException {
        AtomicReference<IOException> ended = new AtomicReference<>();
        ScenarioConnection connection = new Connection(protocol, channel, openConnections);
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() {
                try {
                    behaviour.serve(connection);
                } catch (IOException e) {
                    ended.set(e); // the client left or the connection was cut: not a fault of the scenario
                }
            }

            @Override
            public void handleException(Throwable exception) {
                log.log(new Status(IStatus.ERROR, scenario.contributor(), "Scenario '" + scenario.id() + "' from bundle " //$NON-NLS-1$ //$NON-NLS-2$
                        + scenario.contributor() + " failed on a " + protocol + " connection; the connection was closed: " //$NON-NLS-1$ //$NON-NLS-2$
                        + exception, exception));
            }
        });
        if (ended.get() != null) {
            throw ended.get();
        }
    }

    private final class Connection implements ScenarioConnection {
        private final MailProtocol protocol;
        private final ClientChannel channel;
        private final int openConnections;

        Connection(MailProtocol protocol, ClientChannel channel, int openConnections) {
            this.protocol = protocol;
            this.channel = channel;
            this.openConnections = openConnections;
        }

        @Override
        public MailProtocol protocol() {
            return protocol;
        }

        @Override
        public int openConnections() {
            return openConnections;
        }

        @Override
        public void send(String line) throws IOException {
            if (line.length() > ClientChannel.MAX_LINE || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a reply line must be one line of at most " + ClientChannel.MAX_LINE + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            channel.send(line);
        }

        @Override
        public String readLine() throws IOException {
            return channel.readLine();
        }

        @Override
        public void serveNormally(boolean greetingSent) throws IOException {
            new ScriptedSession(protocol, channel, ProtocolScript.builtIn(protocol), tls).run(greetingSent);
        }

        @Override
        public void close() {
            channel.close();
        }
    }
}
