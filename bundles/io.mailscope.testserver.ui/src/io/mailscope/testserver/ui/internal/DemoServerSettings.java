package io.mailscope.testserver.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import io.mailscope.testserver.MailProtocol;

/**
 * Whether the workbench starts the demo test server, in which scenario and on which ports (Window &gt; Preferences &gt;
 * Mailscope &gt; Test Server), kept in the workspace's preferences of this bundle.
 *
 * @param startAtStart start the demo server when the workbench starts
 * @param scenarioId the scenario it plays
 * @param ports the port per protocol it tries first (a taken port is replaced by a free one, and the view says so)
 */
public record DemoServerSettings(boolean startAtStart, String scenarioId, Map<MailProtocol, Integer> ports) {

    static final String NODE = "io.mailscope.testserver.ui"; //$NON-NLS-1$
    static final String START_AT_START = "demoServer.startAtStart"; //$NON-NLS-1$
    static final String SCENARIO = "demoServer.scenario"; //$NON-NLS-1$
    static final String PORT_PREFIX = "demoServer.port."; //$NON-NLS-1$

    /**
     * The defaults: on, the healthy {@code normal} scenario, on 1110/1143/1025 (the standard ports plus 1000, bindable
     * without root), so a demo can say "telnet localhost 1110".
     */
    public static final DemoServerSettings DEFAULTS = new DemoServerSettings(true, "normal", //$NON-NLS-1$
            Map.of(MailProtocol.POP3, 1110, MailProtocol.IMAP, 1143, MailProtocol.SMTP, 1025));

    public DemoServerSettings {
        ports = Map.copyOf(ports);
    }

    /** @return the settings kept, defaults for what was never set */
    public static DemoServerSettings load() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        Map<MailProtocol, Integer> ports = new EnumMap<>(MailProtocol.class);
        for (MailProtocol p : MailProtocol.values()) {
            int port = node.getInt(PORT_PREFIX + p.key(), DEFAULTS.ports().get(p));
            ports.put(p, port < 0 || port > 65535 ? DEFAULTS.ports().get(p) : port);
        }
        return new DemoServerSettings(node.getBoolean(START_AT_START, DEFAULTS.startAtStart()),
                node.get(SCENARIO, DEFAULTS.scenarioId()), ports);
    }

    /** Keeps these settings in the workspace. */
    public void save() throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.putBoolean(START_AT_START, startAtStart);
        node.put(SCENARIO, scenarioId);
        ports.forEach((p, port) -> node.putInt(PORT_PREFIX + p.key(), port));
        node.flush();
    }
}
