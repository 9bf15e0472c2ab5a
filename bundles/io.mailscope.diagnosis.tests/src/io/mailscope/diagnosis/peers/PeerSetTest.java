package io.mailscope.diagnosis.peers;

import static io.mailscope.diagnosis.tests.shared.Diagnoses.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.internal.rules.CauseIds;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Exchange;
import io.mailscope.model.Finding;
import io.mailscope.model.Session;
import io.mailscope.trace.TraceImportService;
import io.mailscope.tests.harness.Services;

/**
 * The protocol peer set (benchmarks/peers: session transcripts from Apache James, Exim and MailKit test suites, with
 * the expected command lines and labels computed by the conversion script, independently of Mailscope) imported and
 * diagnosed in one pass each, as {@code ./mailscope diagnose} does. Asserts the done-when figures of issue #17 and
 * prints them (docs/accuracy.md quotes this output):
 * <ul>
 * <li>every client command line is the command of exactly one exchange, and no exchange has a command line that is
 * not one (no phantom commands from literals, bodies, chunks or continuations);</li>
 * <li>every session the server refuses at the greeting or ends has a finding with that line as evidence; every
 * STARTTLS whose handshake never completes has a TLS finding;</li>
 * <li>no healthy session has a finding, and no session with refused commands only has a session-level one.</li>
 * </ul>
 */
class PeerSetTest {

    /** The peer set, relative to this bundle (the tests' working directory). */
    static final Path PEERS = Path.of("..", "..", "benchmarks", "peers");

    private static final Set<String> SESSION_CAUSES = Set.of(CauseIds.SERVER_ENDED_SESSION, CauseIds.SMTP_REFUSED_AT_GREETING,
            CauseIds.SMTP_NOT_AVAILABLE, CauseIds.DROPPED_AFTER_GREETING, CauseIds.DROPPED_MID_TRANSFER,
            CauseIds.NETWORK_INTERFERENCE, CauseIds.TLS_FAILED);
    /** The session-end rule names the cause the ending text states (a time-out, refused logons) where it states one. */
    private static final String SESSION_END_RULE = "io.mailscope.diagnosis.session-end"; //$NON-NLS-1$
    private static final String SMTP_421_CODE = CauseIds.SMTP_NOT_AVAILABLE.substring(0, CauseIds.SMTP_NOT_AVAILABLE.indexOf('.') + 1);

    record Peer(String id, String protocol, String side, String label, int eventLine, Set<Integer> commandLines) {
    }

    private static TraceImportService importer;

    @BeforeAll
    static void services() {
        importer = Services.await(TraceImportService.class);
    }

    static List<Peer> peers() throws IOException {
        List<String> rows = Files.readAllLines(PEERS.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        assertEquals("id\tprotocol\tside\trepository\tpath\tcommit\tlicence\tlabel\tevent_line\tcommand_lines", rows.get(0));
        List<Peer> peers = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            Set<Integer> lines = new TreeSet<>();
            if (!f[9].isEmpty()) {
                for (String n : f[9].split(",")) {
                    lines.add(Integer.parseInt(n));
                }
            }
            peers.add(new Peer(f[0], f[1], f[2], f[7], f[8].isEmpty() ? -1 : Integer.parseInt(f[8]), lines));
        }
        return peers;
    }

    @Test
    void everyPeerTranscriptIsRebuiltExactlyAndDiagnosedAsItsLabelSays() throws Exception {
        List<Peer> peers = peers();
        Map<String, Integer> transcripts = new TreeMap<>();
        int commandLines = 0;
        int rebuilt = 0;
        int phantoms = 0;
        Map<String, int[]> byLabel = new TreeMap<>(); // label -> {sessions, with the expected finding (or none)}
        List<String> wrong = new ArrayList<>();
        for (Peer peer : peers) {
            transcripts.merge(peer.protocol() + " " + peer.side(), 1, Integer::sum);
            Diagnosis diagnosis = Diagnoses.importAndRun(importer, PEERS.resolve("transcripts").resolve(peer.id() + ".txt"),
                    Diagnoses.builtInRules(), Duration.ofSeconds(10));

            Map<Integer, Integer> commands = new HashMap<>();
            List<String> phantom = new ArrayList<>();
            for (Session session : diagnosis.getTrace().getSessions()) {
                for (Exchange exchange : session.getExchanges()) {
                    if (exchange.getCommand() != null) {
                        int line = exchange.getCommand().getFirstLine();
                        commands.merge(line, 1, Integer::sum);
                        if (!peer.commandLines().contains(line)) {
                            phantom.add("L" + line + " " + exchange.getCommand().getText());
                        }
                    }
                }
            }
            int exact = (int) peer.commandLines().stream().filter(l -> commands.getOrDefault(l, 0) == 1).count();
            commandLines += peer.commandLines().size();
            rebuilt += exact;
            phantoms += phantom.size();
            if (exact != peer.commandLines().size() || !phantom.isEmpty()) {
                Set<Integer> missing = new TreeSet<>(peer.commandLines());
                missing.removeIf(l -> commands.getOrDefault(l, 0) == 1);
                wrong.add(peer.id() + ": command lines not rebuilt once " + missing + ", phantom " + phantom);
            }

            boolean right = switch (peer.label()) {
                case "healthy" -> diagnosis.getFindings().isEmpty();
                case "errors" -> diagnosis.getFindings().stream().noneMatch(PeerSetTest::sessionFinding);
                case "tls-incomplete" -> diagnosis.getFindings().stream()
                        .anyMatch(f -> CauseIds.TLS_FAILED.equals(causeId(f)) && cites(f, peer.eventLine()));
                default -> diagnosis.getFindings().stream() // refused, ended
                        .anyMatch(f -> sessionFinding(f) && cites(f, peer.eventLine()));
            };
            int[] counts = byLabel.computeIfAbsent(peer.label(), l -> new int[2]);
            counts[0]++;
            if (right) {
                counts[1]++;
            } else {
                wrong.add(peer.id() + " (" + peer.label() + ", line " + peer.eventLine() + "):\n" + describe(diagnosis));
            }
        }
        StringBuilder report = new StringBuilder("peer set: " + peers.size() + " transcripts " + transcripts + "\n");
        report.append("client command lines ").append(commandLines).append(", rebuilt as exactly one exchange ").append(rebuilt)
                .append(", phantom commands ").append(phantoms).append('\n');
        byLabel.forEach((label, c) -> report.append(label).append(": ").append(c[1]).append(" of ").append(c[0])
                .append(label.equals("healthy") ? " without any finding" : label.equals("errors") ? " without a session finding"
                        : " with the finding citing the line")
                .append('\n'));
        System.out.print(report);
        assertTrue(peers.size() >= 200, report.toString());
        assertTrue(wrong.isEmpty(), report + String.join("\n", wrong));
        assertEquals(commandLines, rebuilt, report.toString());
        assertEquals(0, phantoms, report.toString());
    }

    private static String causeId(Finding finding) {
        return finding.getCause() == null ? "" : finding.getCause().getId(); //$NON-NLS-1$
    }

    private static boolean cites(Finding finding, int line) {
        for (Evidence event : finding.getEvidence()) {
            if (event.getFirstLine() <= line && line <= event.getLastLine()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sessionFinding(Finding f) {
        // a closing 421 whose text names the cause (a command time-out) is reported under 421's code with that cause
        return SESSION_CAUSES.contains(causeId(f)) || SESSION_END_RULE.equals(f.getRuleId())
                || causeId(f) != null && causeId(f).startsWith(SMTP_421_CODE);
    }
}
