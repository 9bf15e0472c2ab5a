package io.mailscope.diagnosis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.model.Cause;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.Evidence;
import io.mailscope.model.Exchange;
import io.mailscope.model.Finding;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.HResult;
import io.mailscope.trace.events.Located;
import io.mailscope.trace.events.StatusRecord;

/**
 * Turns what rules report into the model's findings: validates a report, resolves its code and cause in the catalog,
 * copies the evidence, adds a finding for each client-reported code that no rule explained, sorts, and links each
 * evidence to the model's event on the same lines when the model kept it. Independent of threads and budgets (that
 * is {@link RuleEngine}'s part).
 */
final class FindingAssembler {

    /** Rule id of the findings that only repeat a code the client reported. */
    static final String UNDETERMINED_RULE_ID = "io.mailscope.diagnosis.undetermined"; //$NON-NLS-1$

    private static final MailscopeFactory FACTORY = MailscopeFactory.eINSTANCE;

    private final CatalogService catalog;

    FindingAssembler(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** @return why a report is invalid, or null when it is valid */
    static String validate(FindingReport report) {
        if (report == null) {
            return "null"; //$NON-NLS-1$
        }
        if (report.code() >= 0) {
            return "code " + new HResult(report.code()).hex() + " is not a failure code"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (report.causeId() == null || report.causeId().isBlank()) {
            return "no cause id"; //$NON-NLS-1$
        }
        if (!(report.confidence() >= 0 && report.confidence() <= 1)) {
            return "confidence " + report.confidence() + " is not in 0..1"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (report.evidence() == null || report.evidence().isEmpty()) {
            return "no evidence"; //$NON-NLS-1$
        }
        if (report.evidence().contains(null)) {
            return "a null evidence event"; //$NON-NLS-1$
        }
        return null;
    }

    /**
     * @param problem receives a problem that does not invalidate the report (an unknown cause id)
     * @return the model's finding for a valid report
     */
    Finding toFinding(String ruleId, FindingReport report, Consumer<String> problem) {
        Finding finding = FACTORY.createFinding();
        finding.setRuleId(ruleId);
        finding.setErrorCode(catalog.byValue(report.code()).orElseGet(() -> uncatalogued(report.code())));
        Cause cause = catalog.cause(report.causeId()).orElse(null);
        if (cause == null) {
            problem.accept("cause id '" + report.causeId() + "' is not in the catalog; the finding is kept with its code and category"); //$NON-NLS-1$ //$NON-NLS-2$
            cause = uncataloguedCause(report);
        }
        finding.setCause(cause);
        finding.setCategory(cause.getCategory());
        finding.setConfidence(report.confidence());
        finding.setSummary(report.summary());
        finding.setDetermined(true);
        for (Located event : report.evidence()) {
            finding.getEvidence().add(evidence(event));
        }
        return finding;
    }

    /**
     * @param findings every rule's findings, in rule order
     * @param reportedCodes the first status record of each failure code the client reported
     */
    Diagnosis assemble(Trace trace, List<Finding> findings, Map<Integer, StatusRecord> reportedCodes, List<RuleFailure> failures) {
        Diagnosis diagnosis = FACTORY.createDiagnosis();
        diagnosis.setTrace(trace);
        List<Finding> sorted = new ArrayList<>(findings);
        Set<Integer> explained = new HashSet<>();
        sorted.forEach(f -> explained.add(Integer.valueOf(f.getErrorCode().getValue())));
        sorted.sort(Comparator.comparingInt(FindingAssembler::firstLine));
        for (Map.Entry<Integer, StatusRecord> reported : reportedCodes.entrySet()) {
            if (!explained.contains(reported.getKey())) {
                sorted.add(undetermined(reported.getValue()));
            }
        }
        if (trace != null) {
            linkEvents(trace, sorted);
        }
        diagnosis.getFindings().addAll(sorted);
        diagnosis.getRuleFailures().addAll(failures);
        return diagnosis;
    }

    private static int firstLine(Finding f) {
        return f.getEvidence().stream().mapToInt(Evidence::getFirstLine).filter(l -> l > 0).min().orElse(Integer.MAX_VALUE);
    }

    private Finding undetermined(StatusRecord event) {
        Finding finding = FACTORY.createFinding();
        finding.setRuleId(UNDETERMINED_RULE_ID);
        finding.setErrorCode(catalog.byValue(event.value()).orElseGet(() -> uncatalogued(event.value())));
        finding.setCategory(CauseCategory.UNKNOWN);
        finding.setConfidence(0);
        finding.setDetermined(false);
        finding.setSummary("client reported " + new HResult(event.value()).hex() + "; cause not determined"); //$NON-NLS-1$ //$NON-NLS-2$
        finding.getEvidence().add(evidence(event));
        return finding;
    }

    private static Evidence evidence(Located event) {
        Evidence e = FACTORY.createEvidence();
        e.setFirstLine(event.firstLine());
        e.setLastLine(event.lastLine());
        e.setText(event.text());
        return e;
    }

    /**
     * Links evidence to the model's event with the same first line and text, where the model kept it (all of a
     * normal trace; the exchanges near failures of a huge one), so a view can select it in the conversation.
     */
    private static void linkEvents(Trace trace, List<Finding> findings) {
        Map<Integer, List<TraceEvent>> wanted = new HashMap<>();
        for (Finding f : findings) {
            for (Evidence e : f.getEvidence()) {
                wanted.put(Integer.valueOf(e.getFirstLine()), new ArrayList<>(1));
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        // the wanted first lines, sorted: each of the model's events (hundreds of thousands in a huge trace) is looked
        // up without boxing its line
        int[] lines = wanted.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        for (Session session : trace.getSessions()) {
            for (Exchange exchange : session.getExchanges()) {
                if (exchange.getCommand() != null) {
                    offer(exchange.getCommand(), lines, wanted);
                }
                for (ProtocolLine line : exchange.getReplyLines()) {
                    offer(line, lines, wanted);
                }
            }
            for (ConnectionEvent event : session.getConnectionEvents()) {
                offer(event, lines, wanted);
            }
        }
        for (StatusEvent event : trace.getStatusEvents()) {
            offer(event, lines, wanted);
        }
        for (Finding f : findings) {
            for (Evidence e : f.getEvidence()) {
                for (TraceEvent candidate : wanted.get(Integer.valueOf(e.getFirstLine()))) {
                    if (java.util.Objects.equals(candidate.getText(), e.getText())) {
                        e.setEvent(candidate);
                        break;
                    }
                }
            }
        }
    }

    /** Adds {@code event} to the candidates of its first line when that line is one of {@code lines} (sorted). */
    private static void offer(TraceEvent event, int[] lines, Map<Integer, List<TraceEvent>> wanted) {
        int line = event.getFirstLine();
        if (java.util.Arrays.binarySearch(lines, line) >= 0) {
            wanted.get(Integer.valueOf(line)).add(event);
        }
    }

    /** @return a code outside the catalog (no container), so a finding still carries the value */
    private static ErrorCode uncatalogued(int value) {
        ErrorCode code = FACTORY.createErrorCode();
        code.setValue(value);
        return code;
    }

    /** @return a cause outside the catalog (no container) with the reported id and category, and no remedies */
    private static Cause uncataloguedCause(FindingReport report) {
        Cause cause = FACTORY.createCause();
        cause.setId(report.causeId());
        cause.setCategory(report.category() != null ? report.category() : FindingReport.categoryOf(report.causeId()));
        return cause;
    }

    static RuleFailure ruleFailure(String ruleId, String contributor, String message) {
        RuleFailure failure = FACTORY.createRuleFailure();
        failure.setRuleId(ruleId);
        failure.setContributor(contributor);
        failure.setMessage(message);
        return failure;
    }
}
