package io.mailscope.diagnosis.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Exchange;
import io.mailscope.model.Finding;
import io.mailscope.model.Protocol;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;

/**
 * Compares two diagnosed traces, e.g. a working account against the failing one, or before and after a change:
 * sessions are paired by protocol in the order they start, the exchanges of each pair are aligned by command (longest
 * common subsequence of the verbs), and each aligned pair is marked with how it differs — missing on one side, another
 * reply status, a listing of another length, or evidence of a finding only one side has.
 * <p>
 * Headless and stateless; the workbench's compare editor only shows the result.
 */
public final class TraceComparison {

    private final List<AlignedExchange> rows;

    private TraceComparison(List<AlignedExchange> rows) {
        this.rows = List.copyOf(rows);
    }

    /** @return the aligned exchanges, session pair by session pair, in conversation order */
    public List<AlignedExchange> rows() {
        return rows;
    }

    /** @return the rows that differ */
    public List<AlignedExchange> differences() {
        return rows.stream().filter(AlignedExchange::differs).toList();
    }

    /**
     * @param left the first trace and its diagnosis (the diagnosis may be null: then no evidence is compared)
     * @param right the second trace and its diagnosis
     */
    public static TraceComparison compare(Trace left, Diagnosis leftDiagnosis, Trace right, Diagnosis rightDiagnosis) {
        Map<String, BitSet> leftEvidence = evidenceByCode(leftDiagnosis);
        Map<String, BitSet> rightEvidence = evidenceByCode(rightDiagnosis);
        Set<String> onlyLeft = new LinkedHashSet<>(leftEvidence.keySet());
        onlyLeft.removeAll(rightEvidence.keySet());
        Set<String> onlyRight = new LinkedHashSet<>(rightEvidence.keySet());
        onlyRight.removeAll(leftEvidence.keySet());

        List<AlignedExchange> rows = new ArrayList<>();
        List<Session> leftSessions = left.getSessions();
        List<Session> rightSessions = right.getSessions();
        boolean[] rightPaired = new boolean[rightSessions.size()];
        for (int l = 0; l < leftSessions.size(); l++) {
            Session ls = leftSessions.get(l);
            int r = firstUnpaired(rightSessions, rightPaired, ls.getProtocol());
            List<Exchange> le = ordered(ls);
            if (r < 0) {
                for (Exchange e : le) {
                    rows.add(row(l + 1, e, 0, null, null, leftEvidence, onlyLeft, rightEvidence, onlyRight));
                }
                continue;
            }
            rightPaired[r] = true;
            align(l + 1, le, r + 1, ordered(rightSessions.get(r)), ls.getProtocol(), leftEvidence, onlyLeft, rightEvidence, onlyRight, rows);
        }
        for (int r = 0; r < rightSessions.size(); r++) {
            if (!rightPaired[r]) {
                for (Exchange e : ordered(rightSessions.get(r))) {
                    rows.add(row(0, null, r + 1, e, null, leftEvidence, onlyLeft, rightEvidence, onlyRight));
                }
            }
        }
        return new TraceComparison(rows);
    }

    private static int firstUnpaired(List<Session> sessions, boolean[] paired, Protocol protocol) {
        for (int i = 0; i < sessions.size(); i++) {
            if (!paired[i] && sessions.get(i).getProtocol() == protocol) {
                return i;
            }
        }
        return -1;
    }

    private static List<Exchange> ordered(Session session) {
        List<Exchange> exchanges = new ArrayList<>(session.getExchanges());
        exchanges.sort(Comparator.comparingInt(TraceComparison::firstLine));
        return exchanges;
    }

    /** Longest common subsequence of the verbs; the unmatched exchanges are shown where they occur. */
    private static void align(int ln, List<Exchange> left, int rn, List<Exchange> right, Protocol protocol, Map<String, BitSet> leftEvidence,
            Set<String> onlyLeft, Map<String, BitSet> rightEvidence, Set<String> onlyRight, List<AlignedExchange> rows) {
        int n = left.size();
        int m = right.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = key(left.get(i)).equals(key(right.get(j))) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && key(left.get(i)).equals(key(right.get(j)))) {
                rows.add(row(ln, left.get(i++), rn, right.get(j++), protocol, leftEvidence, onlyLeft, rightEvidence, onlyRight));
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                rows.add(row(ln, left.get(i++), 0, null, protocol, leftEvidence, onlyLeft, rightEvidence, onlyRight));
            } else {
                rows.add(row(0, null, rn, right.get(j++), protocol, leftEvidence, onlyLeft, rightEvidence, onlyRight));
            }
        }
    }

    private static String key(Exchange exchange) {
        return exchange.getVerb() == null ? "" : exchange.getVerb().toUpperCase(Locale.ROOT); //$NON-NLS-1$
    }

    private static AlignedExchange row(int ln, Exchange left, int rn, Exchange right, Protocol protocol, Map<String, BitSet> leftEvidence,
            Set<String> onlyLeft, Map<String, BitSet> rightEvidence, Set<String> onlyRight) {
        Set<Difference> differences = EnumSet.noneOf(Difference.class);
        if (left == null) {
            differences.add(Difference.ONLY_RIGHT);
        } else if (right == null) {
            differences.add(Difference.ONLY_LEFT);
        } else {
            Boolean ls = positive(left, protocol);
            Boolean rs = positive(right, protocol);
            if (ls != null && rs != null && !ls.equals(rs)) {
                differences.add(Difference.REPLY_STATUS);
            }
            int ll = left.getReplyLines().size();
            int rl = right.getReplyLines().size();
            if (ll != rl && (ll > 1 || rl > 1)) {
                differences.add(Difference.REPLY_LENGTH);
            }
        }
        List<String> findings = new ArrayList<>();
        findings.addAll(citing(left, leftEvidence, onlyLeft));
        findings.addAll(citing(right, rightEvidence, onlyRight));
        if (!findings.isEmpty()) {
            differences.add(Difference.EVIDENCE);
        }
        return new AlignedExchange(ln, left, rn, right, differences, findings);
    }

    private static List<String> citing(Exchange exchange, Map<String, BitSet> evidence, Set<String> codes) {
        if (exchange == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String code : codes) {
            BitSet lines = evidence.get(code);
            for (ProtocolLine line : lines(exchange)) {
                int next = lines.nextSetBit(line.getFirstLine());
                if (next >= 0 && next <= Math.max(line.getFirstLine(), line.getLastLine())) {
                    found.add(code);
                    break;
                }
            }
        }
        return found;
    }

    private static Map<String, BitSet> evidenceByCode(Diagnosis diagnosis) {
        Map<String, BitSet> byCode = new TreeMap<>();
        if (diagnosis == null) {
            return byCode;
        }
        for (Finding finding : diagnosis.getFindings()) {
            if (finding.getErrorCode() == null) {
                continue;
            }
            BitSet lines = byCode.computeIfAbsent(String.format("0x%08X", Integer.valueOf(finding.getErrorCode().getValue())), k -> new BitSet()); //$NON-NLS-1$
            for (Evidence evidence : finding.getEvidence()) {
                if (evidence.getFirstLine() > 0) {
                    lines.set(evidence.getFirstLine(), Math.max(evidence.getFirstLine(), evidence.getLastLine()) + 1);
                }
            }
        }
        return byCode;
    }

    /** @return true for a positive reply, false for a negative one, null when the reply does not say */
    static Boolean positive(Exchange exchange, Protocol protocol) {
        List<ProtocolLine> replies = exchange.getReplyLines();
        if (replies.isEmpty()) {
            return null;
        }
        String first = replies.get(0).getText() == null ? "" : replies.get(0).getText().strip(); //$NON-NLS-1$
        if (protocol == Protocol.IMAP) {
            String last = replies.get(replies.size() - 1).getText();
            String[] words = last == null ? new String[0] : last.strip().split("\\s+", 3); //$NON-NLS-1$
            if (words.length >= 2) {
                String status = words[1].toUpperCase(Locale.ROOT);
                return status.equals("OK") ? Boolean.TRUE : status.equals("NO") || status.equals("BAD") ? Boolean.FALSE : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return null;
        }
        if (first.startsWith("+")) { //$NON-NLS-1$
            return Boolean.TRUE;
        }
        if (first.startsWith("-")) { //$NON-NLS-1$
            return Boolean.FALSE;
        }
        if (first.length() >= 3 && Character.isDigit(first.charAt(0)) && Character.isDigit(first.charAt(1)) && Character.isDigit(first.charAt(2))) {
            return first.charAt(0) == '2' || first.charAt(0) == '3';
        }
        return null;
    }

    private static List<ProtocolLine> lines(Exchange exchange) {
        List<ProtocolLine> lines = new ArrayList<>(exchange.getReplyLines().size() + 1);
        if (exchange.getCommand() != null) {
            lines.add(exchange.getCommand());
        }
        lines.addAll(exchange.getReplyLines());
        return lines;
    }

    private static int firstLine(Exchange exchange) {
        List<ProtocolLine> lines = lines(exchange);
        return lines.isEmpty() ? 0 : lines.get(0).getFirstLine();
    }
}
