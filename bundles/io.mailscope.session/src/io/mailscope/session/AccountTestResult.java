package io.mailscope.session;

import java.util.List;
import java.util.Optional;

import io.mailscope.model.Diagnosis;
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
}
