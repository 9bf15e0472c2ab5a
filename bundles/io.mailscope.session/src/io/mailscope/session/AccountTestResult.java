package io.mailscope.session;

import java.util.List;
import java.util.Optional;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.Trace;

/**
 * The outcome of an account test: a status per phase, the masked conversation, the trace built from it and its
 * diagnosis by the same rules as an imported file.
 *
 * @param endpoint what was tested
 * @param phases every phase in order, with its status (phases after a failure are skipped)
 * @param attempts each address tried
 * @param tls the TLS handshake (null when the session used no TLS)
 * @param transcript every line sent and received, masked, with timings
 * @param trace the trace model built while the session ran
 * @param diagnosis the diagnosis rules' findings on that trace
 * @param mechanismsOffered SASL mechanisms (and POP3 USER, IMAP LOGIN) the server offered
 * @param mechanismUsed the one used (null when authentication did not happen)
 * @param equivalentCommand a command line that reproduces the session outside Mailscope
 * @param millis from the first connection attempt to the end of QUIT (or of the failed phase)
 */
public record AccountTestResult(MailEndpoint endpoint, List<PhaseResult> phases, List<ConnectionAttempt> attempts,
        TlsReport tls, List<TranscriptEntry> transcript, Trace trace, Diagnosis diagnosis, List<String> mechanismsOffered,
        String mechanismUsed, String equivalentCommand, long millis) {

    public AccountTestResult {
        phases = List.copyOf(phases);
        attempts = List.copyOf(attempts);
        transcript = List.copyOf(transcript);
        mechanismsOffered = List.copyOf(mechanismsOffered);
    }

    /** @return the first phase that failed, or empty when the account is healthy */
    public Optional<PhaseResult> failedPhase() {
        return phases.stream().filter(p -> p.status() == PhaseResult.Status.FAILED).findFirst();
    }

    public boolean healthy() {
        return failedPhase().isEmpty();
    }

    /**
     * The findings that explain a phase's outcome: those citing a line recorded while the phase ran (from the line
     * after the previous phase's closing note to this phase's closing note). For the failed phase, lines after its note
     * count too: what the server did after the failure (a drop, the reply to QUIT) belongs to it. A finding whose
     * evidence cites no line belongs to the failed phase.
     *
     * @return the findings in the diagnosis' order; empty for a phase that was skipped or not reached
     */
    public List<Finding> findingsOf(Phase phase) {
        if (diagnosis == null) {
            return List.of();
        }
        int start = 0;
        int end = -1;
        String own = "phase " + phase.id() + " "; //$NON-NLS-1$ //$NON-NLS-2$
        for (TranscriptEntry entry : transcript) {
            if (entry.kind() != TranscriptEntry.Kind.NOTE || !entry.text().startsWith("phase ")) { //$NON-NLS-1$
                continue;
            }
            if (entry.text().startsWith(own)) {
                end = entry.line();
                break;
            }
            start = entry.line();
        }
        if (end < 0) {
            return List.of();
        }
        boolean failed = phases.stream().anyMatch(p -> p.phase() == phase && p.status() == PhaseResult.Status.FAILED);
        int first = start + 1;
        int last = failed ? Integer.MAX_VALUE : end;
        return diagnosis.getFindings().stream().filter(f -> cites(f, first, last, failed)).toList();
    }

    private static boolean cites(Finding finding, int first, int last, boolean failed) {
        boolean anyLine = false;
        for (Evidence evidence : finding.getEvidence()) {
            if (evidence.getFirstLine() > 0) {
                anyLine = true;
                if (evidence.getFirstLine() <= last && Math.max(evidence.getLastLine(), evidence.getFirstLine()) >= first) {
                    return true;
                }
            }
        }
        return !anyLine && failed;
    }
}
