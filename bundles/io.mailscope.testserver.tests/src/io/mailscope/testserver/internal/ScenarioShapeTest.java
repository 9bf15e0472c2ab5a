package io.mailscope.testserver.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;
import io.mailscope.testserver.tests.shared.AccountTestClient;
import io.mailscope.testserver.tests.shared.AccountTestClient.Options;
import io.mailscope.tests.harness.Services;
import io.mailscope.testserver.internal.registry.ScenarioDescriptor;
import io.mailscope.testserver.internal.registry.ScenarioRegistryReader;
import io.mailscope.testserver.internal.script.ProtocolScript;
import io.mailscope.testserver.internal.script.ReplyAction;
import io.mailscope.testserver.internal.script.ScriptedReply;
import io.mailscope.testserver.tests.shared.LiveDiagnosis;

/**
 * Each scenario carries the transcript of a real client or server showing the same fault; its scripted replies must
 * have that transcript's shape. A reply's shape is its status: the SMTP code with its enhanced code, POP3 +OK/-ERR
 * with its response code, IMAP OK/NO/BAD/BYE with its response code; a positive reply without a code must appear as
 * a whole line. An action without a reply (close, cut, hang, drip, endless line, TLS drop) and a wrong certificate
 * must show as what a client reports for them. The transcript is read as written and as the importer rebuilds it
 * (wrapped lines joined).
 */
class ScenarioShapeTest {

    private static final Pattern SMTP = Pattern.compile("^(\\d{3})[ -]((?:\\d\\.\\d{1,3}\\.\\d{1,3})?)");
    private static final Pattern POP3 = Pattern.compile("^([+-](?:OK|ERR))\\s*(\\[[A-Z/-]+\\])?");
    private static final Pattern IMAP = Pattern.compile("^\\S+ (OK|NO|BAD|BYE)\\s*(\\[[A-Z-]+\\])?");

    static Stream<ScenarioDescriptor.Scripted> scripted() {
        return new ScenarioRegistryReader(ILog.of(ScenarioShapeTest.class)).read(RegistryFactory.getRegistry()).stream()
                .filter(d -> d.info().contributor().equals("io.mailscope.testserver"))
                .filter(ScenarioDescriptor.Scripted.class::isInstance).map(ScenarioDescriptor.Scripted.class::cast);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripted")
    void scriptedRepliesHaveTheShapeOfTheRealTranscript(ScenarioDescriptor.Scripted scenario) throws IOException {
        String transcript = read(scenario.info().contributor(), scenario.info().transcript());
        List<String> lines = lines(transcript);
        int checked = 0;
        Set<MailProtocol> shown = protocolsShown(transcript);
        for (ProtocolScript protocol : scenario.script().protocols().values()) {
            if (!shown.isEmpty() && !shown.contains(protocol.protocol())) {
                continue; // the transcript shows another protocol's side of the same fault
            }
            List<ScriptedReply> replies = new ArrayList<>(protocol.replies());
            if (protocol.greeting() != null) {
                replies.add(protocol.greeting());
            }
            for (ScriptedReply reply : replies) {
                boolean negative = !reply.lines().isEmpty() && negative(reply.lines().get(0));
                boolean greetingText = reply.command().equals(ScriptedReply.GREETING) && !negative;
                if (!reply.lines().isEmpty() && !greetingText) {
                    // a positive greeting only names the server; every other scripted reply is part of the fault
                    String shape = shape(reply.lines().get(0).replace("{tag}", "a1"));
                    assertTrue(lines.stream().anyMatch(l -> l.contains(shape)), () -> scenario.info().id() + ": the reply to "
                            + reply.command() + " '" + reply.lines().get(0) + "' (shape '" + shape + "') is not in the transcript:\n" + transcript);
                    checked++;
                }
                if (reply.action() != ReplyAction.REPLY && !negative) {
                    // after a negative reply the close is the server's announced end; otherwise the action is the fault
                    Pattern seen = clientReport(reply.action());
                    assertTrue(seen.matcher(transcript).find() || incompleteAtEnd(transcript, scenario), () -> scenario.info().id()
                            + ": a client report of '" + reply.action().key() + "' (" + seen + ") is not in the transcript:\n" + transcript);
                    checked++;
                }
            }
            if (!protocol.certificate().equals(ProtocolScript.DEFAULT_CERTIFICATE)) {
                assertTrue(Pattern.compile("(?i)certificate").matcher(transcript).find(), transcript);
                checked++;
            }
            if (protocol.capabilities() != null) {
                for (String capability : protocol.capabilities()) {
                    if (capability.toUpperCase(Locale.ROOT).startsWith("AUTH") || capability.toUpperCase(Locale.ROOT).startsWith("SASL")) {
                        assertTrue(lines.stream().anyMatch(l -> l.contains(capability)), () -> capability + " not in\n" + transcript);
                        checked++;
                    }
                }
            }
        }
        if (scenario.info().causeId().isEmpty()) {
            LiveDiagnosis imported = LiveDiagnosis.of(scenario.info().transcript(), transcript);
            assertTrue(imported.determined().isEmpty(), () -> "the transcript of a healthy scenario shows no fault\n" + imported.describe());
            checked++;
        }
        assertFalse(checked == 0, scenario.info().id() + " scripts nothing this test can compare with its transcript");
    }

    /**
     * Where the real transcript is a conversation the importer can rebuild, the rules must read it as the fault the
     * scenario names: the same category as the scenario's cause (what a live run of the scenario is diagnosed as, see
     * ScenarioDiagnosisTest). Transcripts that are only an error text may give no finding.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scripted")
    void realTranscriptIsDiagnosedAsTheScenariosCategory(ScenarioDescriptor.Scripted scenario) throws IOException {
        Optional<LiveDiagnosis> recognised = LiveDiagnosis.ifRecognised(scenario.info().transcript(),
                read(scenario.info().contributor(), scenario.info().transcript()));
        if (recognised.isEmpty()) {
            return; // a quoted error text, not a trace: compared by shape only
        }
        LiveDiagnosis imported = recognised.get();
        if (scenario.info().causeId().isEmpty()) {
            assertTrue(imported.determined().isEmpty(), imported::describe);
            return;
        }
        String category = scenario.info().causeId().split("\\.")[1];
        assertTrue(imported.determined().stream().allMatch(f -> f.getCategory().getLiteral().equals(category)),
                () -> scenario.info().id() + " is " + category + "\n" + imported.describe());
    }

    /** A Java scenario scripts nothing to read: its live reply is compared with its transcript instead. */
    @Test
    void tooManyConnectionsRepliesLikeItsTranscript() throws Exception {
        TestServerService service = Services.await(TestServerService.class);
        ScenarioInfo scenario = service.scenario("too-many-connections").orElseThrow();
        String transcript = read(scenario.contributor(), scenario.transcript());
        try (RunningServer server = service.start(scenario.id(), ServerOptions.loopbackFreePorts());
                Socket first = new Socket("127.0.0.1", server.port(MailProtocol.SMTP))) {
            first.getInputStream().readNBytes(4); // the first connection is greeted and stays open
            String live = AccountTestClient.run(MailProtocol.SMTP, server.port(MailProtocol.SMTP), Options.plain());
            String reply = live.lines().filter(l -> l.startsWith("S: ")).findFirst().orElseThrow().substring(3);
            String shape = shape(reply);
            assertTrue(shape.equals("421 4.7.0") && transcript.contains(shape), () -> shape + " in\n" + transcript);
        }
    }

    /** @return the shape of a reply line */
    static String shape(String line) {
        Matcher m = SMTP.matcher(line);
        if (m.find()) {
            return m.group(2).isEmpty() ? m.group(1) : m.group(1) + (line.charAt(3)) + m.group(2);
        }
        m = POP3.matcher(line);
        if (m.find()) {
            if (m.group(2) != null) {
                return m.group(1) + " " + m.group(2);
            }
            // -ERR texts differ between servers; a positive reply without a code is only a fault as a whole line
            return m.group(1).equals("-ERR") ? "-ERR" : line.strip();
        }
        m = IMAP.matcher(line);
        if (m.find()) {
            return m.group(2) != null ? m.group(1) + " " + m.group(2) : line.substring(line.indexOf(' ') + 1).strip();
        }
        return line.strip();
    }

    private static boolean negative(String line) {
        return line.startsWith("4") || line.startsWith("5") || line.startsWith("-ERR") || IMAP.matcher(line.replace("{tag}", "a1")).find()
                && !line.contains(" OK");
    }

    /** @return the protocols of the sessions the importer rebuilt from the transcript (empty: it shows none) */
    private static Set<MailProtocol> protocolsShown(String transcript) {
        Set<MailProtocol> shown = EnumSet.noneOf(MailProtocol.class);
        LiveDiagnosis.ifRecognised("transcript", transcript).ifPresent(imported -> {
            for (Session session : imported.importResult().trace().getSessions()) {
                MailProtocol p = session.getProtocol() == null ? null : MailProtocol.of(session.getProtocol().getLiteral());
                if (p != null && !session.getExchanges().isEmpty()) {
                    shown.add(p);
                }
            }
        });
        return shown;
    }

    private static Pattern clientReport(ReplyAction action) {
        return switch (action) {
            case CLOSE, CUT -> Pattern.compile("(?i)disconnect|connection (was )?(closed|reset|lost)|terminated");
            case HANG, DRIP -> Pattern.compile("(?i)time[d ]?out|never received");
            case ENDLESS_LINE -> Pattern.compile("(?i)line too long|time[d ]?out");
            case TLS_DROP -> Pattern.compile("(?i)(SSL|TLS)\\S*\\s.*(fail|error|unable)|(fail|error|unable).*(SSL|TLS)");
            case REPLY -> throw new IllegalArgumentException("a plain reply is compared by its shape");
        };
    }

    /** A reply the client waited for and never got complete: the rebuilt conversation ends in an incomplete exchange. */
    private static boolean incompleteAtEnd(String transcript, ScenarioDescriptor.Scripted scenario) {
        Optional<LiveDiagnosis> imported = LiveDiagnosis.ifRecognised(scenario.info().transcript(), transcript);
        if (imported.isEmpty()) {
            return false;
        }
        for (Session session : imported.get().importResult().trace().getSessions()) {
            List<Exchange> exchanges = session.getExchanges();
            if (!exchanges.isEmpty() && !exchanges.get(exchanges.size() - 1).isComplete()) {
                return true;
            }
        }
        return false;
    }

    /** The transcript's lines as written, without a log's prefixes, and the protocol lines as the importer rebuilt them. */
    private static List<String> lines(String transcript) {
        List<String> lines = new ArrayList<>(transcript.lines().toList());
        // an error text or a single reply quoted from a thread is not a trace: it is compared as written
        LiveDiagnosis.ifRecognised("transcript", transcript).ifPresent(imported -> {
            for (Session session : imported.importResult().trace().getSessions()) {
                for (Exchange exchange : session.getExchanges()) {
                    for (ProtocolLine line : exchange.getReplyLines()) {
                        lines.add(line.getText());
                    }
                }
            }
        });
        return lines;
    }

    private static String read(String bundle, String path) throws IOException {
        URL url = Platform.getBundle(bundle).getEntry(path);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
