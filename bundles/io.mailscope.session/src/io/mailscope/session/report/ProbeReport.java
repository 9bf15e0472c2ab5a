package io.mailscope.session.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import io.mailscope.model.Cause;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.catalog.HResult;
import io.mailscope.session.AccountTestResult;
import io.mailscope.session.CertificateInfo;
import io.mailscope.session.ConnectionAttempt;
import io.mailscope.session.PhaseResult;
import io.mailscope.session.TlsReport;
import io.mailscope.session.TranscriptEntry;

/**
 * The report of an account test, for people ({@link #writeText}) and for programs ({@link #writeJson}, documented in
 * docs/probe-json.md). Everything in it comes from the masked transcript and results: it holds no secret. Text output
 * shows control characters a server sent as {@code \x1b} so they cannot act on the terminal.
 */
public final class ProbeReport {

    /** The schema version of the JSON document. */
    public static final int JSON_VERSION = 1;

    /** The note every report with TLS carries: what a probe from the help desk can and cannot see. */
    public static final String VANTAGE_NOTE = "This probe ran from this machine: it does not cross the customer's network," //$NON-NLS-1$
            + " so anti-virus mail scanning or a firewall that intercepts TLS on the customer's side is not seen here."; //$NON-NLS-1$

    private ProbeReport() {
    }

    /** @return the exit code: the failed phase's code, else 1 when the diagnosis found a failure, else 0 */
    public static int exitCode(AccountTestResult result) {
        if (result.failedPhase().isPresent()) {
            return result.failedPhase().get().phase().exitCode();
        }
        return determinedFindings(result.diagnosis()).isEmpty() ? 0 : 1;
    }

    private static List<Finding> determinedFindings(Diagnosis diagnosis) {
        return diagnosis == null ? List.of() : diagnosis.getFindings().stream().filter(Finding::isDetermined).toList();
    }

    public static void writeText(AccountTestResult r, PrintWriter out) {
        out.println("== probe " + r.endpoint().uri() + "  (" + r.endpoint().security().name().toLowerCase(Locale.ROOT) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.println("Conversation:"); //$NON-NLS-1$
        for (TranscriptEntry e : r.transcript()) {
            out.printf(Locale.ROOT, "%5d %8.3f  %-2s %s%n", e.line(), e.elapsedMillis() / 1000.0, e.kind().marker(), printable(e.text())); //$NON-NLS-1$
        }
        out.println();
        out.println("Connection attempts:"); //$NON-NLS-1$
        for (ConnectionAttempt a : r.attempts()) {
            out.printf(Locale.ROOT, "  %-40s %-11s %5d ms%s%n", a.address(), a.outcome().label(), a.millis(), //$NON-NLS-1$
                    a.detail().isEmpty() ? "" : "  " + printable(a.detail())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.println("Phases:"); //$NON-NLS-1$
        for (PhaseResult p : r.phases()) {
            out.printf(Locale.ROOT, "  %-4s  %-14s %s%s%n", p.status().label(), p.phase().id(), printable(p.detail()), //$NON-NLS-1$
                    p.status() == PhaseResult.Status.SKIPPED ? "" : "  (" + p.millis() + " ms)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        TlsReport tls = r.tls();
        if (tls != null) {
            out.println("TLS: " + (tls.protocol() == null ? "handshake not completed" : tls.protocol() + " " + tls.cipherSuite())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            int i = 0;
            for (CertificateInfo c : tls.chain()) {
                out.println("  certificate " + i++ + ": " + printable(c.subject())); //$NON-NLS-1$ //$NON-NLS-2$
                out.println("    issuer   " + printable(c.issuer())); //$NON-NLS-1$
                if (!c.subjectAltNames().isEmpty()) {
                    out.println("    SANs     " + printable(String.join(", ", c.subjectAltNames()))); //$NON-NLS-1$ //$NON-NLS-2$
                }
                out.println("    valid    " + c.notBefore() + " to " + c.notAfter()); //$NON-NLS-1$ //$NON-NLS-2$
                out.println("    SHA-256  " + c.sha256()); //$NON-NLS-1$
            }
            out.println("  host name " + (tls.hostNameMatches() ? "matches" : "does NOT match") + "; trust: " + trustLabel(tls.trust())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            tls.problems().forEach(p -> out.println("  problem: " + printable(p))); //$NON-NLS-1$
            if (tls.trust() == TlsReport.Trust.UNTRUSTED && tls.leafFingerprint() != null) {
                out.println("  To trust this certificate for a session after checking it with the server's administrator:"); //$NON-NLS-1$
                out.println("    --trust-fingerprint " + tls.leafFingerprint()); //$NON-NLS-1$
            }
            if (tls.interceptor() != null) {
                out.println("  Issued by " + tls.interceptor() + ": TLS is intercepted between this machine and the server."); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.println("  Note: " + VANTAGE_NOTE); //$NON-NLS-1$
        }
        if (!r.mechanismsOffered().isEmpty() || r.mechanismUsed() != null) {
            out.println("Authentication: offered " + (r.mechanismsOffered().isEmpty() ? "nothing" : String.join(" ", r.mechanismsOffered())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "; used " + (r.mechanismUsed() == null ? "none" : r.mechanismUsed())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.println();
        out.println(r.failedPhase().map(p -> "Result: FAILED in phase " + p.phase().id() + ": " + printable(p.detail())) //$NON-NLS-1$ //$NON-NLS-2$
                .orElse("Result: HEALTHY") + "  (connect to QUIT " + r.millis() + " ms)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.println();
        out.println("Diagnosis:"); //$NON-NLS-1$
        Diagnosis diagnosis = r.diagnosis();
        if (diagnosis == null || diagnosis.getFindings().isEmpty()) {
            out.println("No failure found."); //$NON-NLS-1$
        } else {
            diagnosis.getFindings().forEach(f -> finding(f, out));
        }
        if (diagnosis != null) {
            for (RuleFailure f : diagnosis.getRuleFailures()) {
                out.println("Note: " + printable(f.getMessage()) + " [" + f.getContributor() + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        out.println();
        out.println("Equivalent command:"); //$NON-NLS-1$
        out.println("  " + r.equivalentCommand()); //$NON-NLS-1$
        out.flush();
    }

    private static String trustLabel(TlsReport.Trust trust) {
        return trust.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void finding(Finding f, PrintWriter out) {
        HResult code = new HResult(f.getErrorCode().getValue());
        String symbol = f.getErrorCode().getSymbol() == null ? "" : "  " + f.getErrorCode().getSymbol(); //$NON-NLS-1$ //$NON-NLS-2$
        if (!f.isDetermined()) {
            out.println("REPORTED " + code.hex() + symbol + ": " + printable(f.getSummary())); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            out.printf(Locale.ROOT, "DIAGNOSED %s%s  %s  (confidence %d%%)%n", code.hex(), symbol, f.getCategory().getLiteral(), //$NON-NLS-1$
                    Math.round(f.getConfidence() * 100));
            Cause cause = f.getCause();
            if (cause != null) {
                out.println("Cause: " + cause.getId() + (cause.getTitle() == null ? "" : " — " + cause.getTitle())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            out.println(printable(f.getSummary()));
        }
        out.println("Evidence (transcript lines):"); //$NON-NLS-1$
        for (Evidence e : f.getEvidence()) {
            out.printf(Locale.ROOT, "  %7s  %s%n", lines(e), e.getText() == null ? "" : printable(e.getText())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Cause cause = f.getCause();
        if (cause != null && !cause.getUserRemedies().isEmpty()) {
            out.println("Tell the customer:"); //$NON-NLS-1$
            cause.getUserRemedies().forEach(x -> out.println("  - " + x)); //$NON-NLS-1$
        }
        if (cause != null && !cause.getAdminRemedies().isEmpty()) {
            out.println("Server administrator:"); //$NON-NLS-1$
            cause.getAdminRemedies().forEach(x -> out.println("  - " + x)); //$NON-NLS-1$
        }
        out.println("(rule " + f.getRuleId() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String lines(Evidence e) {
        return e.getLastLine() > e.getFirstLine() ? e.getFirstLine() + "-" + e.getLastLine() : Integer.toString(e.getFirstLine()); //$NON-NLS-1$
    }

    /** @return the text with control characters shown as {@code \xNN} */
    static String printable(String s) {
        if (s == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0;
            if (control && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (control) {
                    b.append(String.format("\\x%02x", (int) c)); //$NON-NLS-1$
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    public static void writeJson(AccountTestResult r, PrintWriter out) {
        Json j = new Json(out).beginObject();
        j.field("version", JSON_VERSION); //$NON-NLS-1$
        j.name("endpoint").beginObject() //$NON-NLS-1$
                .field("uri", r.endpoint().uri()) //$NON-NLS-1$
                .field("protocol", r.endpoint().protocol().getLiteral()) //$NON-NLS-1$
                .field("host", r.endpoint().host()) //$NON-NLS-1$
                .field("port", r.endpoint().port()) //$NON-NLS-1$
                .field("security", r.endpoint().security().name().toLowerCase(Locale.ROOT)) //$NON-NLS-1$
                .field("user", r.endpoint().user()) //$NON-NLS-1$
                .endObject();
        j.field("healthy", r.healthy()); //$NON-NLS-1$
        j.field("failedPhase", r.failedPhase().map(p -> p.phase().id()).orElse(null)); //$NON-NLS-1$
        j.field("exitCode", exitCode(r)); //$NON-NLS-1$
        j.field("millis", r.millis()); //$NON-NLS-1$
        j.name("phases").beginArray(); //$NON-NLS-1$
        for (PhaseResult p : r.phases()) {
            j.beginObject().field("phase", p.phase().id()).field("status", p.status().name().toLowerCase(Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("detail", p.detail()).field("millis", p.millis()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        j.endArray();
        j.name("attempts").beginArray(); //$NON-NLS-1$
        for (ConnectionAttempt a : r.attempts()) {
            j.beginObject().field("address", a.address()).field("outcome", a.outcome().name().toLowerCase(Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("detail", a.detail()).field("millis", a.millis()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        j.endArray();
        tlsJson(j, r.tls());
        j.name("authentication").beginObject(); //$NON-NLS-1$
        j.name("offered").beginArray(); //$NON-NLS-1$
        r.mechanismsOffered().forEach(j::value);
        j.endArray();
        j.field("used", r.mechanismUsed()); //$NON-NLS-1$
        j.endObject();
        j.name("transcript").beginArray(); //$NON-NLS-1$
        for (TranscriptEntry e : r.transcript()) {
            j.beginObject().field("line", e.line()).field("millis", e.elapsedMillis()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("kind", e.kind().name().toLowerCase(Locale.ROOT)).field("text", e.text()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        j.endArray();
        j.name("findings").beginArray(); //$NON-NLS-1$
        Diagnosis diagnosis = r.diagnosis();
        if (diagnosis != null) {
            for (Finding f : diagnosis.getFindings()) {
                j.beginObject();
                j.field("code", new HResult(f.getErrorCode().getValue()).hex()); //$NON-NLS-1$
                j.field("symbol", f.getErrorCode().getSymbol()); //$NON-NLS-1$
                j.field("category", f.getCategory() == null ? null : f.getCategory().getLiteral()); //$NON-NLS-1$
                j.field("cause", f.getCause() == null ? null : f.getCause().getId()); //$NON-NLS-1$
                j.name("confidence").value(f.getConfidence()); //$NON-NLS-1$
                j.field("determined", f.isDetermined()); //$NON-NLS-1$
                j.field("summary", f.getSummary()); //$NON-NLS-1$
                j.field("rule", f.getRuleId()); //$NON-NLS-1$
                j.name("evidence").beginArray(); //$NON-NLS-1$
                for (Evidence e : f.getEvidence()) {
                    j.beginObject().field("firstLine", e.getFirstLine()).field("lastLine", e.getLastLine()) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("text", e.getText()).endObject(); //$NON-NLS-1$
                }
                j.endArray();
                j.endObject();
            }
        }
        j.endArray();
        j.name("ruleFailures").beginArray(); //$NON-NLS-1$
        if (diagnosis != null) {
            for (RuleFailure f : diagnosis.getRuleFailures()) {
                j.beginObject().field("message", f.getMessage()).field("contributor", f.getContributor()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        j.endArray();
        j.field("equivalentCommand", r.equivalentCommand()); //$NON-NLS-1$
        j.endObject();
        j.close();
        out.println();
        out.flush();
    }

    private static void tlsJson(Json j, TlsReport tls) {
        j.name("tls"); //$NON-NLS-1$
        if (tls == null) {
            j.value((String) null);
            return;
        }
        j.beginObject();
        j.field("protocol", tls.protocol()).field("cipherSuite", tls.cipherSuite()); //$NON-NLS-1$ //$NON-NLS-2$
        j.field("trust", tls.trust().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        j.field("hostNameMatches", tls.hostNameMatches()); //$NON-NLS-1$
        j.name("problems").beginArray(); //$NON-NLS-1$
        tls.problems().forEach(j::value);
        j.endArray();
        j.field("interceptor", tls.interceptor()); //$NON-NLS-1$
        j.field("note", VANTAGE_NOTE); //$NON-NLS-1$
        j.name("chain").beginArray(); //$NON-NLS-1$
        for (CertificateInfo c : tls.chain()) {
            j.beginObject().field("subject", c.subject()).field("issuer", c.issuer()); //$NON-NLS-1$ //$NON-NLS-2$
            j.name("subjectAltNames").beginArray(); //$NON-NLS-1$
            c.subjectAltNames().forEach(j::value);
            j.endArray();
            j.field("notBefore", c.notBefore().toString()).field("notAfter", c.notAfter().toString()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("sha256", c.sha256()).field("publicKeySha256", c.publicKeySha256()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        j.endArray();
        j.endObject();
    }
}
