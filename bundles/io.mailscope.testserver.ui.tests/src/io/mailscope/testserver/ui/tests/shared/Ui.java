package io.mailscope.testserver.ui.tests.shared;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.testserver.ui.internal.TestServers;

/**
 * What these tests need besides the workbench helpers of io.mailscope.ui.tests ({@code Workbench}): this bundle's
 * test files, the test servers, and a socket of our own to a server's port.
 */
public final class Ui {

    private Ui() {
    }

    public static Path testFile(String name) {
        try {
            return Path.of(FileLocator.toFileURL(FrameworkUtil.getBundle(Ui.class).getEntry("testfiles/" + name)).toURI()); //$NON-NLS-1$
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(name, e);
        }
    }

    public static TestServers servers() {
        TestServers servers = PlatformUI.getWorkbench().getService(TestServers.class);
        assertNotNull(servers, "the TestServers service is registered (DS)");
        return servers;
    }

    /** @return the first line a server sends on a fresh connection to {@code port}, with a socket of our own */
    public static String greeting(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) { //$NON-NLS-1$
            socket.setSoTimeout(20_000);
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    /** @return true if nothing accepts connections on {@code port} */
    public static boolean refused(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) { //$NON-NLS-1$
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
