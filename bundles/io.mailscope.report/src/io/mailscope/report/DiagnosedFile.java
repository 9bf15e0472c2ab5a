package io.mailscope.report;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.model.Protocol;
import io.mailscope.model.Session;
import io.mailscope.trace.FormatMatch;

/**
 * The outcome for one input file of {@code mailscope diagnose}.
 *
 * @param path the file as given or found under a given folder
 * @param status what happened
 * @param format the trace format used (null unless imported)
 * @param diagnosis the findings (null unless imported)
 * @param problem why the file could not be diagnosed (null if it was)
 */
public record DiagnosedFile(Path path, Status status, FormatMatch format, Diagnosis diagnosis, String problem) {

    /** Per-file status; the JSON value is {@link #jsonName()}. */
    public enum Status {
        /** At least one finding: a cause, or a code the client reported that no rule explains. */
        DIAGNOSED,
        /** Imported and diagnosed; nothing wrong found. */
        NO_FAILURE_FOUND,
        /** No trace format accepts the file. */
        UNRECOGNISED,
        /** The file cannot be read. */
        UNREADABLE;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static DiagnosedFile imported(Path path, FormatMatch format, Diagnosis diagnosis) {
        return new DiagnosedFile(path, diagnosis.getFindings().isEmpty() ? Status.NO_FAILURE_FOUND : Status.DIAGNOSED, format,
                diagnosis, null);
    }

    public List<Finding> findings() {
        return diagnosis == null ? List.of() : diagnosis.getFindings();
    }

    /** @return the findings with repeated identical ones folded into one entry with a count (see {@link FoldedFinding}) */
    public List<FoldedFinding> foldedFindings() {
        return FoldedFinding.fold(findings());
    }

    /** @return the protocols of the trace's sessions, e.g. "POP3" or "SMTP, POP3"; "unknown" when none */
    public String protocol() {
        if (diagnosis == null || diagnosis.getTrace() == null) {
            return null;
        }
        Set<String> protocols = new LinkedHashSet<>();
        for (Session s : diagnosis.getTrace().getSessions()) {
            if (s.getProtocol() != null && s.getProtocol() != Protocol.UNKNOWN) {
                protocols.add(s.getProtocol().getLiteral());
            }
        }
        return protocols.isEmpty() ? Protocol.UNKNOWN.getLiteral() : String.join(", ", protocols); //$NON-NLS-1$
    }
}
