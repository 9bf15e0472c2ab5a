package io.mailscope.headless.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.MailscopeApplication;

/**
 * {@code mailscope probe} through the application's entry point with the installed services. The live sessions
 * against real servers are tested in io.mailscope.session.tests; here: options, secrets on the command line, exit
 * codes.
 */
class ProbeCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = MailscopeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpNamesTheOptionsAndThePhaseExitCodes() {
        Run r = run("probe", "--help"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.OK, r.exit(), r.err());
        for (String expected : List.of("--password-env=VAR", "--trust-fingerprint=SHA256", "--starttls", "--timeout=S", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "14   TLS or certificate failed", "15   authentication failed")) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(r.out().contains(expected), expected + " in\n" + r.out()); //$NON-NLS-1$
        }
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedAndNotRepeated() {
        Run option = run("probe", "--password", "Hunter2-cli", "pop3://alice@127.0.0.1:1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(ExitCode.USAGE, option.exit());
        assertTrue(option.err().contains("--password-env"), option.err()); //$NON-NLS-1$
        Run uri = run("probe", "pop3://alice:Hunter2-uri@127.0.0.1:1"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.USAGE, uri.exit());
        assertTrue(uri.err().contains("passwords are never given on the command line"), uri.err()); //$NON-NLS-1$
        for (Run r : List.of(option, uri)) {
            assertFalse((r.out() + r.err()).contains("Hunter2"), r.out() + r.err()); //$NON-NLS-1$
        }
    }

    @Test
    void anUnsetPasswordVariableIsAUsageError() {
        Run r = run("probe", "--password-env", "MAILSCOPE_TEST_SURELY_UNSET", "pop3://alice@127.0.0.1:1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("MAILSCOPE_TEST_SURELY_UNSET is not set"), r.err()); //$NON-NLS-1$
    }

    @Test
    void aRefusedConnectionExitsWithTheConnectPhaseCodeAndReportsIt() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Run r = run("probe", "--timeout", "5", "--format", "json", "imap://127.0.0.1:" + port); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(11, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("\"failedPhase\": \"connect\""), r.out()); //$NON-NLS-1$
        assertTrue(r.out().contains("\"category\": \"connection-refused\""), r.out()); //$NON-NLS-1$
    }
}
