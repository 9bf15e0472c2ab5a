package io.mailscope.testserver.ui.internal;

import static io.mailscope.testserver.ui.tests.shared.Ui.greeting;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.testserver.ui.tests.shared.Ui.refused;
import static io.mailscope.testserver.ui.tests.shared.Ui.servers;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.ui.internal.preferences.TestServerPreferencePage;
import io.mailscope.testserver.ui.internal.views.TestServerView;

/**
 * The demo server: started with the workbench in the healthy scenario on its ports, shown in the Test Server view, a
 * taken port replaced by a free one and said, turned off by the preference, stopped when the workbench's test servers
 * go away.
 */
class DemoServerTest {

    @Test
    void theWorkbenchStartedTheDemoServerInTheHealthyScenarioOnRealPorts() throws Exception {
        waitUntil("the demo server started with the workbench", 60, () -> servers().demoServer().isPresent());
        ManagedServer demo = servers().demoServer().orElseThrow();
        assertEquals("normal", demo.scenario().id());
        for (MailProtocol p : MailProtocol.values()) {
            int port = demo.ports().get(p);
            // 1110/1143/1025 unless another program on this machine holds one; then the note says so
            assertTrue(port == DemoServerSettings.DEFAULTS.ports().get(p) || demo.portNotes().stream().anyMatch(n -> n.startsWith(p.name())),
                    p + " on " + port + " " + demo.portNotes());
        }
        assertTrue(greeting(demo.ports().get(MailProtocol.POP3)).startsWith("+OK"), "the demo POP3 port greets");
        assertTrue(greeting(demo.ports().get(MailProtocol.SMTP)).startsWith("220 "), "the demo SMTP port greets");
        TestServerView view = TestServerView.show(page(), "normal");
        assertTrue(view.demoServerText().startsWith("Demo server: scenario 'normal' on 127.0.0.1, POP3 " + demo.ports().get(MailProtocol.POP3)),
                view.demoServerText());
    }

    @Test
    void aTakenPortIsReplacedByAFreeOneAndTheServerSaysWhich() throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int taken = other.getLocalPort();
            ManagedServer server = servers().start("relay-denied", ManagedServer.Origin.VIEW,
                    Map.of(MailProtocol.POP3, taken, MailProtocol.SMTP, 0));
            try {
                int used = server.ports().get(MailProtocol.POP3);
                assertNotEquals(taken, used);
                assertEquals(java.util.List.of("POP3 port " + taken + " is in use by another program: listening on port " + used + " instead"),
                        server.portNotes());
                assertTrue(greeting(used).startsWith("+OK"));
            } finally {
                servers().stop("relay-denied");
            }
        }
    }

    @Test
    void thePreferenceTurnsTheDemoServerOff() throws Exception {
        waitUntil("the demo server started with the workbench", 60, () -> servers().demoServer().isPresent());
        String scenario = servers().demoServer().orElseThrow().scenario().id();
        Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        TestServerPreferencePage page = new TestServerPreferencePage();
        try {
            page.init(PlatformUI.getWorkbench());
            page.createControl(shell);
            assertTrue(page.shown().startAtStart(), "on by default");
            page.setStartAtStart(false);
            assertTrue(page.performOk());
            assertEquals(false, DemoServerSettings.load().startAtStart());

            servers().stop(scenario);
            DemoServerStartup.startDemoServer(servers(), DemoServerSettings.load());
            assertTrue(servers().demoServer().isEmpty(), "turned off: no demo server is started");
            TestServerView view = TestServerView.show(page(), "normal");
            processEvents();
            assertTrue(view.demoServerText().startsWith("Demo server: not started with the workbench (turned off)."), view.demoServerText());
        } finally {
            page.setStartAtStart(true);
            page.performOk();
            page.dispose();
            shell.dispose();
            DemoServerStartup.startDemoServer(servers(), DemoServerSettings.load());
        }
        assertTrue(servers().demoServer().isPresent(), "turned on again");
    }

    @Test
    void theServersStopWhenTheWorkbenchsTestServerComponentGoesAway() throws Exception {
        waitUntil("the demo server started with the workbench", 60, () -> servers().demoServer().isPresent());
        int pop3 = servers().demoServer().orElseThrow().ports().get(MailProtocol.POP3);
        var context = FrameworkUtil.getBundle(DemoServerTest.class).getBundleContext();
        ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> tracker = new ServiceTracker<>(context, ServiceComponentRuntime.class, null);
        tracker.open();
        try {
            ServiceComponentRuntime scr = tracker.waitForService(10_000);
            assertNotNull(scr);
            ComponentDescriptionDTO component = scr.getComponentDescriptionDTO(FrameworkUtil.getBundle(TestServers.class), TestServers.class.getName());
            assertNotNull(component, "TestServers is a DS component");
            page().hideView(page().findView(TestServerView.ID));
            scr.disableComponent(component).getValue();
            waitUntil("the demo server's port is closed", 20, () -> refused(pop3));
            scr.enableComponent(component).getValue();
        } finally {
            tracker.close();
        }
        // as at start-up: the next workbench start starts it again
        waitUntil("the TestServers service is back", 20, () -> PlatformUI.getWorkbench().getService(TestServers.class) != null);
        DemoServerStartup.startDemoServer(servers(), DemoServerSettings.load());
        assertTrue(servers().demoServer().isPresent());
    }
}
