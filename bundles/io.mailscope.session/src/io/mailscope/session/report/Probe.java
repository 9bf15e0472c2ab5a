package io.mailscope.session.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.mailscope.session.AccountTestOptions;
import io.mailscope.session.AccountTestResult;
import io.mailscope.session.Credential;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.SessionLimits;
import io.mailscope.session.SessionService;
import io.mailscope.session.TranscriptListener;

/**
 * What {@code ./mailscope probe} does, behind its command-line parsing: reads the secret from the environment or a
 * prompt (never from an argument), runs the account test, writes the report and returns the exit code.
 */
public final class Probe {

    /** Exit code: healthy, nothing found. */
    public static final int OK = 0;
    /** Exit code: every phase passed but the diagnosis found a failure. */
    public static final int FAILURE_FOUND = 1;
    /** Exit code: the command line is wrong (bad URI, unset variable, bad fingerprint). */
    public static final int USAGE = 3;
    /** Exit code: the report could not be written. */
    public static final int OUTPUT_FAILED = 4;

    /** Asks for a password on the terminal; returns null when there is no terminal. */
    @FunctionalInterface
    public interface PasswordPrompt {
        char[] ask(String prompt);
    }

    private Probe() {
    }

    /**
     * @param environment reads an environment variable (System::getenv)
     * @param prompt asks for the password when no variable names one
     */
    public static int run(SessionService sessions, ProbeRequest request, Function<String, String> environment, PasswordPrompt prompt,
            PrintWriter out, PrintWriter err) {
        MailEndpoint endpoint;
        try {
            endpoint = MailEndpoint.parse(request.uri(), request.startTls());
        } catch (IllegalArgumentException e) {
            err.println("mailscope probe: " + e.getMessage()); //$NON-NLS-1$
            return USAGE;
        }
        if (request.passwordEnv() != null && request.tokenEnv() != null) {
            err.println("mailscope probe: give either --password-env or --token-env, not both"); //$NON-NLS-1$
            return USAGE;
        }
        Credential credential = null;
        String variable = request.passwordEnv() != null ? request.passwordEnv() : request.tokenEnv();
        if (variable != null) {
            String value = environment.apply(variable);
            if (value == null || value.isEmpty()) {
                err.println("mailscope probe: the environment variable " + variable + " is not set or empty"); //$NON-NLS-1$ //$NON-NLS-2$
                return USAGE;
            }
            credential = request.tokenEnv() != null ? Credential.oauthToken(value.toCharArray()) : Credential.password(value.toCharArray());
        } else if (endpoint.user() != null && prompt != null) {
            char[] typed = prompt.ask("Password for " + endpoint.user() + "@" + endpoint.host() + ": "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (typed != null && typed.length > 0) {
                credential = Credential.password(typed);
                java.util.Arrays.fill(typed, '\0');
            }
        }
        Set<String> trusted = new HashSet<>();
        try {
            for (String f : request.trustFingerprints()) {
                trusted.add(AccountTestOptions.normalizeFingerprint(f));
            }
        } catch (IllegalArgumentException e) {
            err.println("mailscope probe: --trust-fingerprint: " + e.getMessage()); //$NON-NLS-1$
            return USAGE;
        }
        SessionLimits limits = request.timeout() == null ? SessionLimits.DEFAULT : SessionLimits.DEFAULT.withTimeout(request.timeout());
        AccountTestOptions options;
        try {
            options = AccountTestOptions.of(endpoint, credential).withLimits(limits).withTrusted(trusted)
                    .withMechanism(request.mechanism()).withEnvelope(request.mailFrom(), request.rcptTo(), request.sendData())
                    .withPasswordVariable(variable);
        } catch (IllegalArgumentException e) {
            err.println("mailscope probe: " + e.getMessage()); //$NON-NLS-1$
            return USAGE;
        }
        AccountTestResult result = null;
        List<Long> times = new ArrayList<>();
        try {
            for (int i = 1; i <= request.repeat(); i++) {
                result = sessions.accountTest(options, TranscriptListener.NONE).run();
                times.add(result.millis());
                if (request.repeat() > 1) {
                    out.println("run " + i + ": " + (result.healthy() ? "healthy" : "failed in " + result.failedPhase().get().phase().id()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + ", connect to QUIT " + result.millis() + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("mailscope probe: " + e.getMessage()); //$NON-NLS-1$
            return USAGE;
        } finally {
            if (credential != null) {
                credential.destroy();
            }
        }
        if (request.repeat() > 1) {
            List<Long> sorted = times.stream().sorted().toList();
            out.println("repeat: " + times.size() + " runs, connect to QUIT median " + sorted.get(sorted.size() / 2) + " ms (min " //$NON-NLS-1$ //$NON-NLS-2$
                    + sorted.get(0) + ", max " + sorted.get(sorted.size() - 1) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            out.println();
        }
        if (request.json()) {
            ProbeReport.writeJson(result, out);
        } else {
            ProbeReport.writeText(result, out);
        }
        out.flush();
        if (out.checkError()) {
            err.println("mailscope probe: the report could not be written to standard output"); //$NON-NLS-1$
            return OUTPUT_FAILED;
        }
        return ProbeReport.exitCode(result);
    }
}
