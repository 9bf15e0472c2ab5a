package io.mailscope.headless.internal.commands;

import java.io.Console;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import io.mailscope.headless.internal.OutputFormat;
import io.mailscope.session.SessionService;
import io.mailscope.session.report.Probe;
import io.mailscope.session.report.ProbeRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailscope probe}: the account test against a live server. Parsing only; the work is io.mailscope.session's. */
@Command(name = "probe", sortOptions = false, //
        description = { "Tests an account live, phase by phase, and diagnoses the conversation.", "",
                "URI is pop3://, pop3s://, imap://, imaps://, smtp://, smtps:// or submission:// USER@HOST[:PORT] "
                        + "(IPv6 addresses in brackets). Phases: resolve, connect, greeting, capabilities, TLS, "
                        + "authentication, then POP3 STAT/UIDL/LIST, IMAP LIST/SELECT INBOX or SMTP MAIL FROM/RCPT TO, "
                        + "and QUIT. Prints the conversation (secrets masked), the phases, the certificate chain, the "
                        + "diagnosis and an equivalent curl/swaks command. A password is never taken from the command "
                        + "line: --password-env VAR, or the prompt on a terminal." }, //
        exitCodeListHeading = "%nExit codes:%n", //
        exitCodeList = { "0:healthy", "1:every phase passed but a failure was diagnosed", "3:usage error",
                "4:the output could not be written", "10:resolve failed", "11:connect failed", "12:greeting failed",
                "13:capabilities failed", "14:TLS or certificate failed", "15:authentication failed",
                "16:mailbox checks failed (POP3 STAT/UIDL/LIST, IMAP LIST/SELECT)",
                "17:submission checks failed (SMTP MAIL FROM/RCPT TO/DATA)", "18:QUIT failed" })
public final class ProbeCommand implements Callable<Integer> {

    private final Supplier<SessionService> sessions;
    /** where --password-env and --token-env are looked up: the process environment, or a test's own variables */
    private final Function<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--starttls", description = "upgrade a plain connection with STARTTLS/STLS")
    private boolean startTls;

    @Option(names = "--password-env", paramLabel = "VAR", description = "read the password from environment variable VAR")
    private String passwordEnv;

    @Option(names = "--token-env", paramLabel = "VAR", description = "an OAuth 2 access token (XOAUTH2/OAUTHBEARER) from VAR")
    private String tokenEnv;

    @Option(names = "--mechanism", paramLabel = "M", description = "PLAIN, LOGIN, CRAM-MD5, XOAUTH2, OAUTHBEARER or USER (POP3 USER/PASS)")
    private String mechanism;

    @Option(names = "--timeout", paramLabel = "S", description = "time-out of the whole session in seconds (default 60)")
    private Double timeoutSeconds;

    @Option(names = "--trust-fingerprint", paramLabel = "SHA256", description = "trust this certificate for the session (repeatable)")
    private List<String> fingerprints = new ArrayList<>();

    @Option(names = "--from", paramLabel = "ADDR", description = "SMTP envelope sender (default: the user name)")
    private String from;

    @Option(names = "--to", paramLabel = "ADDR", description = "SMTP envelope recipient (default: the sender)")
    private String to;

    @Option(names = "--send", description = "SMTP: also send a small test message (DATA)")
    private boolean send;

    @Option(names = "--repeat", paramLabel = "N", description = "run the test N times in this process (one line per run, then the last run's report)")
    private int repeat = 1;

    @Option(names = { "-f", "--format" }, paramLabel = "FORMAT", converter = OutputFormat.TextOrJson.class,
            completionCandidates = OutputFormat.TextOrJson.class, description = "text (default) or json (docs/probe-json.md)")
    private OutputFormat format = OutputFormat.TEXT;

    @Parameters(paramLabel = "URI", arity = "1", description = "the account, e.g. pop3s://alice@mail.example.com")
    private String uri;

    public ProbeCommand(Supplier<SessionService> sessions) {
        this(sessions, System::getenv);
    }

    /**
     * @param environment looks up an environment variable by name (null when unset); tests pass their own
     *            variables because a running JVM cannot set its own environment
     */
    public ProbeCommand(Supplier<SessionService> sessions, Function<String, String> environment) {
        this.sessions = sessions;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (timeoutSeconds != null && !(timeoutSeconds > 0 && timeoutSeconds <= 3600)) {
            throw new ParameterException(spec.commandLine(), "--timeout needs seconds between 0 and 3600"); //$NON-NLS-1$
        }
        if (repeat < 1 || repeat > 1000) {
            throw new ParameterException(spec.commandLine(), "--repeat needs a count between 1 and 1000"); //$NON-NLS-1$
        }
        ProbeRequest request = new ProbeRequest(uri, startTls, passwordEnv, tokenEnv,
                timeoutSeconds == null ? null : Duration.ofMillis(Math.round(timeoutSeconds * 1000)), fingerprints,
                format == OutputFormat.JSON, mechanism, from, to, send, repeat);
        Console console = System.console();
        Probe.PasswordPrompt prompt = console == null ? null : text -> console.readPassword("%s", text); //$NON-NLS-1$
        return Integer.valueOf(Probe.run(sessions.get(), request, environment, prompt, spec.commandLine().getOut(),
                spec.commandLine().getErr()));
    }
}
