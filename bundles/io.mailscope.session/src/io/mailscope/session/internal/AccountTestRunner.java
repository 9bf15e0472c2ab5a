package io.mailscope.session.internal;

import java.net.InetAddress;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Protocol;
import io.mailscope.session.AccountTest;
import io.mailscope.session.AccountTestOptions;
import io.mailscope.session.AccountTestResult;
import io.mailscope.session.Credential;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.Phase;
import io.mailscope.session.PhaseResult;
import io.mailscope.session.PhaseResult.Status;
import io.mailscope.session.Security;
import io.mailscope.session.TlsReport;

/**
 * The account test: the checks a support engineer does by hand, phase by phase, driven by the engine's own protocol
 * code so that every byte is recorded as it happens. A phase that fails ends the session (QUIT is still sent when the
 * connection is usable) and the phases after it are skipped.
 */
public final class AccountTestRunner implements AccountTest {

    private static final Pattern POP3_STAT = Pattern.compile("^\\+OK\\s+(\\d+)\\s+(\\d+)"); //$NON-NLS-1$
    private static final Pattern LISTING = Pattern.compile("^(\\d+)\\s+(\\S+)"); //$NON-NLS-1$
    private static final Pattern EXISTS = Pattern.compile("^\\*\\s+(\\d+)\\s+EXISTS", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Pattern CAPABILITY_CODE = Pattern.compile("\\[CAPABILITY ([^\\]]*)\\]", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    private final AccountTestOptions options;
    private final MailEndpoint endpoint;
    private final SessionRecorder recorder;
    private final LineConnection connection;
    private final ProtocolClient client;
    private final TlsHandshake handshake;
    private final List<PhaseResult> phases = new ArrayList<>();
    private final Set<String> offered = new LinkedHashSet<>();
    private final List<String> capabilities = new ArrayList<>();
    private String mechanismUsed;
    private boolean tlsActive;
    private boolean startTlsOffered;
    private long phaseStart;
    public AccountTestRunner(AccountTestOptions options, SessionRecorder recorder, InterceptionProducts interception) {
        this(options, recorder, interception, null);
    }

    /** @param trustPrompt asked about a chain that is not trusted otherwise (null: such a chain fails the TLS phase) */
    public AccountTestRunner(AccountTestOptions options, SessionRecorder recorder, InterceptionProducts interception,
            io.mailscope.session.CertificateTrustPrompt trustPrompt) {
        this.options = options;
        this.endpoint = options.endpoint();
        this.recorder = recorder;
        this.connection = new LineConnection(recorder, options.limits());
        this.client = new ProtocolClient(connection, endpoint.protocol());
        this.handshake = new TlsHandshake(endpoint, endpoint.host(), options.trustedFingerprints(), interception, trustPrompt);
        Credential credential = options.credential();
        if (credential != null) {
            recorder.masking().addSecret(endpoint.user(), credential.reveal());
        }
    }

    @Override
    public void cancel() {
        connection.cancel();
    }

    @Override
    public AccountTestResult run() {
        long start = System.nanoTime();
        Phase current = Phase.RESOLVE;
        try {
            phaseStart = System.nanoTime();
            InetAddress[] addresses = connection.resolve(endpoint.host());
            pass(Phase.RESOLVE, addresses.length + " address(es)"); //$NON-NLS-1$
            current = Phase.CONNECT;
            start = System.nanoTime(); // the result's time runs from connect to QUIT
            connection.connect(addresses, endpoint.port());
            pass(Phase.CONNECT, "connected to " + connection.connectedAddress() + attemptsNote()); //$NON-NLS-1$
            if (endpoint.security() == Security.IMPLICIT) {
                current = Phase.TLS;
                tls(current);
            }
            current = Phase.GREETING;
            greeting();
            current = Phase.CAPABILITIES;
            capabilities();
            if (endpoint.security() == Security.STARTTLS) {
                current = Phase.TLS;
                startTls();
                current = Phase.CAPABILITIES;
                refreshCapabilities();
            } else if (endpoint.security() == Security.NONE) {
                skip(Phase.TLS, startTlsOffered ? "not used (the server offers " + startTlsVerb() + ")" : "not used"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            current = Phase.AUTHENTICATION;
            boolean authenticated = authenticate();
            current = endpoint.protocol() == Protocol.SMTP ? Phase.SUBMISSION : Phase.MAILBOX;
            if (endpoint.protocol() == Protocol.SMTP) {
                submission();
            } else if (authenticated) {
                if (endpoint.protocol() == Protocol.POP3) {
                    pop3Mailbox();
                } else {
                    imapMailbox();
                }
            } else {
                skip(Phase.MAILBOX, "not checked without authentication"); //$NON-NLS-1$
            }
            current = Phase.QUIT;
            quit();
        } catch (PhaseFailed e) {
            fail(e.phase, e.getMessage());
            politeQuit();
        } catch (SessionFailure e) {
            Phase failed = current;
            if (e.kind() == SessionFailure.Kind.CERTIFICATE || e.kind() == SessionFailure.Kind.TLS) {
                failed = Phase.TLS;
            }
            fail(failed, describe(e));
            if (e.kind() == SessionFailure.Kind.LIMIT) {
                connection.close();
                recorder.connection(ConnectionEventKind.CLOSED_BY_CLIENT, "closed by Mailscope: " + e.getMessage()); //$NON-NLS-1$
            }
        } finally {
            connection.close();
        }
        for (Phase p : Phase.values()) {
            if (phases.stream().noneMatch(r -> r.phase() == p) && !(p == Phase.MAILBOX && endpoint.protocol() == Protocol.SMTP)
                    && !(p == Phase.SUBMISSION && endpoint.protocol() != Protocol.SMTP)) {
                phases.add(new PhaseResult(p, Status.SKIPPED, "not reached", 0)); //$NON-NLS-1$
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Diagnosis diagnosis = recorder.finish();
        TlsReport tls = connection.tls();
        return new AccountTestResult(endpoint, phases, connection.attempts(), tls, recorder.entries(), recorder.trace(), diagnosis,
                List.copyOf(offered), mechanismUsed, EquivalentCommand.of(endpoint, options, tls, options.passwordVariable()), millis);
    }

    private String describe(SessionFailure e) {
        return switch (e.kind()) {
            case TIMEOUT -> "timed out: " + e.getMessage(); //$NON-NLS-1$
            case CLOSED -> "connection closed: " + e.getMessage(); //$NON-NLS-1$
            case LIMIT -> "stopped: " + e.getMessage(); //$NON-NLS-1$
            case CANCELLED -> "cancelled"; //$NON-NLS-1$
            default -> e.getMessage();
        };
    }

    private String attemptsNote() {
        int tried = connection.attempts().size();
        return tried > 1 ? " (" + (tried - 1) + " address(es) failed first)" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    // ---- phases

    private void tls(Phase phase) throws SessionFailure {
        TlsReport report = connection.startTls(handshake, endpoint.host(), endpoint.port());
        tlsActive = true;
        String detail = report.protocol() + " " + report.cipherSuite() + ", certificate " //$NON-NLS-1$ //$NON-NLS-2$
                + (report.trust() == TlsReport.Trust.TRUSTED ? "trusted" : "trusted by fingerprint " + report.leafFingerprint()) //$NON-NLS-1$ //$NON-NLS-2$
                + (report.problems().isEmpty() ? "" : " despite: " + String.join("; ", report.problems())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        boolean warn = report.problems().stream().anyMatch(p -> !p.startsWith("self-signed")) || report.interceptor() != null; //$NON-NLS-1$
        record(phase, warn ? Status.WARNING : Status.PASSED, detail);
    }

    private void greeting() throws SessionFailure, PhaseFailed {
        Reply greeting = client.greeting();
        String first = greeting.first();
        boolean ok = switch (endpoint.protocol()) {
            case POP3 -> first.startsWith("+OK"); //$NON-NLS-1$
            case IMAP -> first.regionMatches(true, 0, "* OK", 0, 4) || first.regionMatches(true, 0, "* PREAUTH", 0, 9); //$NON-NLS-1$ //$NON-NLS-2$
            default -> greeting.smtpCode() == 220;
        };
        if (!ok) {
            throw new PhaseFailed(Phase.GREETING, "the server greets with an error or in another protocol: " + first); //$NON-NLS-1$
        }
        if (endpoint.protocol() == Protocol.IMAP) {
            Matcher m = CAPABILITY_CODE.matcher(first);
            if (m.find()) {
                setCapabilities(List.of(m.group(1).split(" "))); //$NON-NLS-1$
            }
        }
        pass(Phase.GREETING, first);
    }

    private void capabilities() throws SessionFailure, PhaseFailed {
        readCapabilities(false);
    }

    private void refreshCapabilities() throws SessionFailure, PhaseFailed {
        readCapabilities(true);
    }

    private void readCapabilities(boolean again) throws SessionFailure, PhaseFailed {
        String suffix = again ? " (after TLS)" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        switch (endpoint.protocol()) {
            case POP3 -> {
                Reply capa = client.send("CAPA"); //$NON-NLS-1$
                if (!capa.pop3Ok()) {
                    offered.add("USER"); //$NON-NLS-1$
                    replaceResult(Phase.CAPABILITIES, Status.WARNING, "CAPA is not supported (" + capa.first() + "): USER/PASS assumed" + suffix); //$NON-NLS-1$ //$NON-NLS-2$
                    return;
                }
                setCapabilities(capa.lines().subList(1, capa.lines().size() - 1));
            }
            case IMAP -> {
                Reply caps = client.send(client.nextTag() + " CAPABILITY"); //$NON-NLS-1$
                if (!caps.imapStatus().equals("OK")) { //$NON-NLS-1$
                    throw new PhaseFailed(Phase.CAPABILITIES, "CAPABILITY refused: " + caps.last()); //$NON-NLS-1$
                }
                for (String l : caps.lines()) {
                    if (l.regionMatches(true, 0, "* CAPABILITY ", 0, 13)) { //$NON-NLS-1$
                        setCapabilities(List.of(l.substring(13).split(" "))); //$NON-NLS-1$
                    }
                }
            }
            default -> {
                Reply ehlo = client.send("EHLO " + clientName()); //$NON-NLS-1$
                if (ehlo.smtpCode() != 250) {
                    Reply helo = client.send("HELO " + clientName()); //$NON-NLS-1$
                    if (helo.smtpCode() != 250) {
                        throw new PhaseFailed(Phase.CAPABILITIES, "EHLO and HELO refused: " + helo.last()); //$NON-NLS-1$
                    }
                    setCapabilities(List.of());
                    replaceResult(Phase.CAPABILITIES, Status.WARNING, "EHLO refused (" + ehlo.last() + "), HELO accepted: no extensions" + suffix); //$NON-NLS-1$ //$NON-NLS-2$
                    return;
                }
                setCapabilities(ehlo.lines().subList(1, ehlo.lines().size()).stream().map(l -> l.length() > 4 ? l.substring(4) : "").toList()); //$NON-NLS-1$
            }
        }
        replaceResult(Phase.CAPABILITIES, Status.PASSED, String.join(" ", capabilities) + suffix); //$NON-NLS-1$
    }

    private void setCapabilities(List<String> caps) {
        capabilities.clear();
        offered.clear();
        startTlsOffered = false;
        for (String raw : caps) {
            String c = raw.strip();
            if (c.isEmpty()) {
                continue;
            }
            capabilities.add(c);
            String upper = c.toUpperCase(Locale.ROOT);
            switch (endpoint.protocol()) {
                case POP3 -> {
                    if (upper.equals("STLS")) { //$NON-NLS-1$
                        startTlsOffered = true;
                    } else if (upper.equals("USER")) { //$NON-NLS-1$
                        offered.add("USER"); //$NON-NLS-1$
                    } else if (upper.startsWith("SASL ")) { //$NON-NLS-1$
                        offered.addAll(List.of(upper.substring(5).strip().split("\\s+"))); //$NON-NLS-1$
                    }
                }
                case IMAP -> {
                    if (upper.equals("STARTTLS")) { //$NON-NLS-1$
                        startTlsOffered = true;
                    } else if (upper.startsWith("AUTH=")) { //$NON-NLS-1$
                        offered.add(upper.substring(5));
                    }
                }
                default -> {
                    if (upper.equals("STARTTLS")) { //$NON-NLS-1$
                        startTlsOffered = true;
                    } else if (upper.startsWith("AUTH ") || upper.startsWith("AUTH=")) { //$NON-NLS-1$ //$NON-NLS-2$
                        offered.addAll(List.of(upper.substring(5).strip().split("\\s+"))); //$NON-NLS-1$
                    }
                }
            }
        }
        if (endpoint.protocol() == Protocol.IMAP && capabilities.stream().noneMatch(c -> c.equalsIgnoreCase("LOGINDISABLED"))) { //$NON-NLS-1$
            offered.add("LOGIN-COMMAND"); //$NON-NLS-1$
        }
    }

    private String startTlsVerb() {
        return endpoint.protocol() == Protocol.POP3 ? "STLS" : "STARTTLS"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void startTls() throws SessionFailure, PhaseFailed {
        String verb = startTlsVerb();
        String line = endpoint.protocol() == Protocol.IMAP ? client.nextTag() + " " + verb : verb; //$NON-NLS-1$
        Reply reply = client.send(line);
        boolean ok = switch (endpoint.protocol()) {
            case POP3 -> reply.pop3Ok();
            case IMAP -> reply.imapStatus().equals("OK"); //$NON-NLS-1$
            default -> reply.smtpCode() == 220;
        };
        if (!ok) {
            throw new PhaseFailed(Phase.TLS, verb + (startTlsOffered ? " refused: " : " is not offered and was refused: ") + reply.last()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        tls(Phase.TLS);
    }

    /** @return true when the account logged in */
    private boolean authenticate() throws SessionFailure, PhaseFailed {
        Credential credential = options.credential();
        if (credential == null || endpoint.user() == null) {
            skip(Phase.AUTHENTICATION, "no " + (endpoint.user() == null ? "user" : "password") + " given; offered: " + offeredText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return false;
        }
        String mechanism = chooseMechanism(credential);
        if (mechanism == null) {
            if (endpoint.protocol() == Protocol.SMTP) {
                String why = !tlsActive && startTlsOffered ? "the server offers AUTH only after STARTTLS, or not at all" //$NON-NLS-1$
                        : "the server offers no AUTH"; //$NON-NLS-1$
                record(Phase.AUTHENTICATION, Status.WARNING, "not possible: " + why + "; trying to submit without it"); //$NON-NLS-1$ //$NON-NLS-2$
                return false;
            }
            // POP3 and IMAP: a client configured for plain logon tries USER/PASS or LOGIN anyway; the reply tells why not
            mechanism = endpoint.protocol() == Protocol.POP3 ? "USER" : "LOGIN-COMMAND"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        mechanismUsed = mechanism;
        String user = endpoint.user();
        String secret = credential.reveal();
        Reply reply;
        try {
            reply = new Authentication(client, endpoint.protocol()).logIn(mechanism, user, secret);
        } catch (IllegalArgumentException e) {
            // a mechanism this protocol cannot do, or a server challenge that is not base64
            throw new PhaseFailed(Phase.AUTHENTICATION, e.getMessage());
        }
        boolean ok = switch (endpoint.protocol()) {
            case POP3 -> reply.pop3Ok();
            case IMAP -> reply.imapStatus().equals("OK"); //$NON-NLS-1$
            default -> reply.smtpCode() == 235;
        };
        String used = mechanism.equals("LOGIN-COMMAND") ? "IMAP LOGIN command" : mechanism.equals("USER") ? "USER/PASS" : "AUTH " + mechanism; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        if (!ok) {
            throw new PhaseFailed(Phase.AUTHENTICATION, used + " refused: " + reply.last() + "; offered: " + offeredText()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        pass(Phase.AUTHENTICATION, "logged in with " + used + "; offered: " + offeredText()); //$NON-NLS-1$ //$NON-NLS-2$
        return true;
    }

    private String offeredText() {
        return offered.isEmpty() ? "nothing" : String.join(" ", offered.stream().map(o -> o.equals("LOGIN-COMMAND") ? "LOGIN command" : o).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private String chooseMechanism(Credential credential) {
        String wanted = options.mechanism();
        if (wanted != null) {
            return wanted.equals("LOGIN") && endpoint.protocol() == Protocol.IMAP && !offered.contains("LOGIN") ? "LOGIN-COMMAND" : wanted; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (credential.kind() == Credential.Kind.OAUTH_TOKEN) {
            return offered.contains("XOAUTH2") ? "XOAUTH2" : offered.contains("OAUTHBEARER") ? "OAUTHBEARER" : "XOAUTH2"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        // what mail clients use by default: POP3 USER/PASS, the IMAP LOGIN command, SMTP AUTH PLAIN or LOGIN
        if (endpoint.protocol() == Protocol.POP3 && offered.contains("USER")) { //$NON-NLS-1$
            return "USER"; //$NON-NLS-1$
        }
        if (endpoint.protocol() == Protocol.IMAP && offered.contains("LOGIN-COMMAND")) { //$NON-NLS-1$
            return "LOGIN-COMMAND"; //$NON-NLS-1$
        }
        for (String m : List.of("PLAIN", "LOGIN", "CRAM-MD5")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (offered.contains(m)) {
                return m;
            }
        }
        return null;
    }

    private void pop3Mailbox() throws SessionFailure, PhaseFailed {
        Reply stat = client.send("STAT"); //$NON-NLS-1$
        Matcher m = POP3_STAT.matcher(stat.first());
        if (!m.find()) {
            throw new PhaseFailed(Phase.MAILBOX, "STAT failed: " + stat.first()); //$NON-NLS-1$
        }
        int count = Integer.parseInt(m.group(1));
        Reply uidl = client.send("UIDL"); //$NON-NLS-1$
        Reply list = client.send("LIST"); //$NON-NLS-1$
        if (!list.pop3Ok()) {
            throw new PhaseFailed(Phase.MAILBOX, "LIST failed: " + list.first()); //$NON-NLS-1$
        }
        List<Integer> listed = numbers(list);
        String detail = "STAT " + count + " message(s), " + m.group(2) + " octets; LIST " + listed.size(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<String> problems = new ArrayList<>();
        if (listed.size() != count) {
            problems.add("STAT counts " + count + " but LIST lists " + listed.size()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        boolean uidlSupported = uidl.pop3Ok();
        if (uidlSupported) {
            List<Integer> uids = numbers(uidl);
            detail += ", UIDL " + uids.size(); //$NON-NLS-1$
            if (uids.size() != count) {
                problems.add("STAT counts " + count + " but UIDL lists " + uids.size()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!uids.equals(listed)) {
                problems.add("UIDL and LIST list different message numbers"); //$NON-NLS-1$
            }
        }
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i) != i + 1) {
                problems.add("LIST numbers are not 1.." + listed.size()); //$NON-NLS-1$
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new PhaseFailed(Phase.MAILBOX, detail + ": " + String.join("; ", problems) //$NON-NLS-1$ //$NON-NLS-2$
                    + " (the client will ask for a message that does not exist: 0x800CCC97)"); //$NON-NLS-1$
        }
        record(Phase.MAILBOX, uidlSupported ? Status.PASSED : Status.WARNING,
                detail + (uidlSupported ? ", consistent" : "; UIDL not supported (" + uidl.first() + "): clients cannot leave mail on the server")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static List<Integer> numbers(Reply reply) {
        List<Integer> result = new ArrayList<>();
        List<String> lines = reply.lines();
        for (int i = 1; i < lines.size() - 1; i++) {
            Matcher m = LISTING.matcher(lines.get(i));
            if (m.find()) {
                result.add(Integer.valueOf(m.group(1)));
            }
        }
        return result;
    }

    private void imapMailbox() throws SessionFailure, PhaseFailed {
        Reply caps = client.send(client.nextTag() + " CAPABILITY"); //$NON-NLS-1$
        if (!caps.imapStatus().equals("OK")) { //$NON-NLS-1$
            throw new PhaseFailed(Phase.MAILBOX, "CAPABILITY after login refused: " + caps.last()); //$NON-NLS-1$
        }
        Reply list = client.send(client.nextTag() + " LIST \"\" \"*\""); //$NON-NLS-1$
        if (!list.imapStatus().equals("OK")) { //$NON-NLS-1$
            throw new PhaseFailed(Phase.MAILBOX, "LIST refused: " + list.last()); //$NON-NLS-1$
        }
        int folders = (int) list.lines().stream().filter(l -> l.regionMatches(true, 0, "* LIST", 0, 6)).count(); //$NON-NLS-1$
        Reply select = client.send(client.nextTag() + " SELECT INBOX"); //$NON-NLS-1$
        if (!select.imapStatus().equals("OK")) { //$NON-NLS-1$
            throw new PhaseFailed(Phase.MAILBOX, "SELECT INBOX refused: " + select.last()); //$NON-NLS-1$
        }
        String exists = "?"; //$NON-NLS-1$
        for (String l : select.lines()) {
            Matcher m = EXISTS.matcher(l);
            if (m.find()) {
                exists = m.group(1);
            }
        }
        pass(Phase.MAILBOX, folders + " folder(s); INBOX selected, " + exists + " message(s)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void submission() throws SessionFailure, PhaseFailed {
        String from = options.mailFrom() != null ? options.mailFrom()
                : endpoint.user() != null && endpoint.user().contains("@") ? endpoint.user() : "postmaster@" + endpoint.host(); //$NON-NLS-1$ //$NON-NLS-2$
        String to = options.rcptTo() != null ? options.rcptTo() : from;
        Reply mail = client.send("MAIL FROM:<" + from + ">"); //$NON-NLS-1$ //$NON-NLS-2$
        if (mail.smtpCode() != 250) {
            throw new PhaseFailed(Phase.SUBMISSION, "MAIL FROM:<" + from + "> refused: " + mail.last()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Reply rcpt = client.send("RCPT TO:<" + to + ">"); //$NON-NLS-1$ //$NON-NLS-2$
        if (rcpt.smtpCode() != 250 && rcpt.smtpCode() != 251) {
            throw new PhaseFailed(Phase.SUBMISSION, "RCPT TO:<" + to + "> refused: " + rcpt.last()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!options.sendData()) {
            client.send("RSET"); //$NON-NLS-1$
            pass(Phase.SUBMISSION, "MAIL FROM and RCPT TO accepted; no message sent (DATA only when asked)"); //$NON-NLS-1$
            return;
        }
        Reply data = client.send("DATA"); //$NON-NLS-1$
        if (data.smtpCode() != 354) {
            throw new PhaseFailed(Phase.SUBMISSION, "DATA refused: " + data.last()); //$NON-NLS-1$
        }
        String id = UUID.randomUUID().toString();
        for (String line : TestMessage.lines(from, to, id, ZonedDateTime.now(), endpoint.host())) {
            client.send(line.startsWith(".") ? "." + line : line); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Reply end = client.send("."); //$NON-NLS-1$
        if (end.smtpCode() != 250) {
            throw new PhaseFailed(Phase.SUBMISSION, "the test message was refused: " + end.last()); //$NON-NLS-1$
        }
        pass(Phase.SUBMISSION, "test message <mailscope-" + id + "@" + endpoint.host() + "> accepted: " + end.last()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void quit() throws SessionFailure {
        String line = endpoint.protocol() == Protocol.IMAP ? client.nextTag() + " LOGOUT" : "QUIT"; //$NON-NLS-1$ //$NON-NLS-2$
        Reply reply = client.send(line);
        recorder.connection(ConnectionEventKind.CLOSED_BY_CLIENT, "closed by Mailscope after " + ProtocolClient.firstWord(line.contains(" ") && endpoint.protocol() == Protocol.IMAP ? line.substring(line.indexOf(' ') + 1) : line)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        pass(Phase.QUIT, reply.last());
    }

    /** After a failed phase on a working connection: say goodbye as a client would, without waiting long. */
    private void politeQuit() {
        if (!connection.isOpen() || connection.cancelled()) {
            return;
        }
        try {
            String line = endpoint.protocol() == Protocol.IMAP ? client.nextTag() + " LOGOUT" : "QUIT"; //$NON-NLS-1$ //$NON-NLS-2$
            client.send(line);
            recorder.connection(ConnectionEventKind.CLOSED_BY_CLIENT, "closed by Mailscope after the failed phase"); //$NON-NLS-1$
        } catch (SessionFailure e) {
            recorder.note("QUIT after the failure did not complete: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    private static String clientName() {
        return Authentication.CLIENT_NAME;
    }

    // ---- results

    private void pass(Phase phase, String detail) {
        record(phase, Status.PASSED, detail);
    }

    private void skip(Phase phase, String detail) {
        record(phase, Status.SKIPPED, detail);
    }

    private void fail(Phase phase, String detail) {
        phases.removeIf(r -> r.phase() == phase && r.status() != Status.FAILED);
        record(phase, Status.FAILED, detail);
    }

    private void replaceResult(Phase phase, Status status, String detail) {
        phases.removeIf(r -> r.phase() == phase);
        record(phase, status, detail);
    }

    private void record(Phase phase, Status status, String detail) {
        long now = System.nanoTime();
        String masked = recorder.masking().scrub(detail); // engine-written: see SessionRecorder#note
        phases.add(new PhaseResult(phase, status, masked, (now - phaseStart) / 1_000_000));
        recorder.note("phase " + phase.id() + " " + status.name().toLowerCase(Locale.ROOT) + ": " + masked); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        phaseStart = now;
    }

    /** A phase that failed on the server's answer (the connection is still usable). */
    private static final class PhaseFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Phase phase;

        PhaseFailed(Phase phase, String message) {
            super(message);
            this.phase = phase;
        }
    }
}
