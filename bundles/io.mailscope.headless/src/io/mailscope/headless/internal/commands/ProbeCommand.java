package io.mailscope.headless.internal.commands;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.mailscope.headless.internal.Command;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.OutputFormat;
import io.mailscope.headless.internal.UsageException;
import io.mailscope.session.SessionService;
import io.mailscope.session.report.Probe;
import io.mailscope.session.report.ProbeRequest;

/** {@code mailscope probe}: the account test against a live server. Parsing only; the work is io.mailscope.session's. */
public final class ProbeCommand implements Command {

    private final Supplier<SessionService> sessions;

    public ProbeCommand(Supplier<SessionService> sessions) {
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "probe"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return "test an account live: pop3://user@host:port (pop3s, imap, imaps, smtp, smtps), phase by phase"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return """
                usage: mailscope probe [options] URI

                URI is pop3://, pop3s://, imap://, imaps://, smtp://, smtps:// or submission://
                USER@HOST[:PORT] (IPv6 addresses in brackets). Runs the account test (resolve, connect,
                greeting, capabilities, TLS, authentication, then POP3 STAT/UIDL/LIST, IMAP
                LIST/SELECT INBOX or SMTP MAIL FROM/RCPT TO), prints the conversation (secrets
                masked), the phases, the certificate chain and the diagnosis.

                  --starttls                upgrade a plain connection with STARTTLS/STLS
                  --password-env VAR        read the password from environment variable VAR
                                            (without it, the password is asked for on the terminal;
                                            it is never taken from the command line)
                  --token-env VAR           an OAuth 2 access token (XOAUTH2/OAUTHBEARER) from VAR
                  --mechanism M             PLAIN, LOGIN, CRAM-MD5, XOAUTH2, OAUTHBEARER or USER
                  --timeout S               time-out of the whole session in seconds (default 60)
                  --trust-fingerprint SHA256  trust this certificate for the session (repeatable)
                  --from ADDR, --to ADDR    SMTP envelope (default: the user name)
                  --send                    SMTP: also send a small test message (DATA)
                  --repeat N                run the test N times in this process (one line per run,
                                            then the last run's report; text format only)
                  --format text|json        report format (JSON: docs/probe-json.md)

                exit codes: 0 healthy, 1 a failure was diagnosed, 3 usage error, 4 output failed,
                10 resolve, 11 connect, 12 greeting, 13 capabilities, 14 TLS/certificate,
                15 authentication, 16 mailbox checks, 17 submission checks, 18 quit failed"""; //$NON-NLS-1$
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value"); //$NON-NLS-1$
        }
        return args.get(i);
    }

    static ProbeRequest parse(List<String> args) throws UsageException {
        String uri = null;
        boolean startTls = false;
        String passwordEnv = null;
        String tokenEnv = null;
        Duration timeout = null;
        List<String> fingerprints = new ArrayList<>();
        OutputFormat format = OutputFormat.TEXT;
        String mechanism = null;
        String from = null;
        String to = null;
        boolean send = false;
        int repeat = 1;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--starttls" -> startTls = true; //$NON-NLS-1$
                case "--password-env" -> passwordEnv = value(args, ++i, a); //$NON-NLS-1$
                case "--token-env" -> tokenEnv = value(args, ++i, a); //$NON-NLS-1$
                case "--mechanism" -> mechanism = value(args, ++i, a); //$NON-NLS-1$
                case "--trust-fingerprint" -> fingerprints.add(value(args, ++i, a)); //$NON-NLS-1$
                case "--from" -> from = value(args, ++i, a); //$NON-NLS-1$
                case "--to" -> to = value(args, ++i, a); //$NON-NLS-1$
                case "--send" -> send = true; //$NON-NLS-1$
                case "--repeat" -> { //$NON-NLS-1$
                    String v = value(args, ++i, a);
                    try {
                        repeat = Integer.parseInt(v);
                        if (repeat < 1 || repeat > 1000) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        throw new UsageException("--repeat needs a count between 1 and 1000, not '" + v + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                case "--format" -> format = OutputFormat.parse(value(args, ++i, a), OutputFormat.TEXT, OutputFormat.JSON); //$NON-NLS-1$
                case "--timeout" -> { //$NON-NLS-1$
                    String v = value(args, ++i, a);
                    try {
                        double seconds = Double.parseDouble(v);
                        if (!(seconds > 0 && seconds <= 3600)) {
                            throw new NumberFormatException();
                        }
                        timeout = Duration.ofMillis(Math.round(seconds * 1000));
                    } catch (NumberFormatException e) {
                        throw new UsageException("--timeout needs seconds between 0 and 3600, not '" + v + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                case "--password", "-p", "--pass" -> throw new UsageException( //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "passwords are never taken from the command line: use --password-env VAR or the prompt"); //$NON-NLS-1$
                default -> {
                    if (a.startsWith("-")) { //$NON-NLS-1$
                        throw new UsageException("unknown option " + a); //$NON-NLS-1$
                    }
                    if (uri != null) {
                        throw new UsageException("one URI only"); //$NON-NLS-1$
                    }
                    uri = a;
                }
            }
        }
        if (uri == null) {
            throw new UsageException("give the account to test, e.g. pop3s://alice@mail.example.com"); //$NON-NLS-1$
        }
        return new ProbeRequest(uri, startTls, passwordEnv, tokenEnv, timeout, fingerprints, format == OutputFormat.JSON, mechanism,
                from, to, send, repeat);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ProbeRequest request;
        try {
            request = parse(args);
        } catch (UsageException e) {
            err.println("mailscope probe: " + e.getMessage()); //$NON-NLS-1$
            err.println(usage());
            return ExitCode.USAGE;
        }
        Console console = System.console();
        Probe.PasswordPrompt prompt = console == null ? null : text -> console.readPassword("%s", text); //$NON-NLS-1$
        return Probe.run(sessions.get(), request, System::getenv, prompt, out, err);
    }
}
