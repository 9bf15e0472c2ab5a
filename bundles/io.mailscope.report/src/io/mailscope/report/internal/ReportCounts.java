package io.mailscope.report.internal;

import java.util.EnumMap;
import java.util.Map;

import io.mailscope.report.DiagnosedFile;

/** Files per status, counted as they are reported (the report keeps no file's findings). */
final class ReportCounts {

    private final Map<DiagnosedFile.Status, Long> counts = new EnumMap<>(DiagnosedFile.Status.class);
    private long files;

    void add(DiagnosedFile result) {
        files++;
        counts.merge(result.status(), Long.valueOf(1), Long::sum);
    }

    long files() {
        return files;
    }

    long count(DiagnosedFile.Status status) {
        return counts.getOrDefault(status, Long.valueOf(0)).longValue();
    }

    /** @return e.g. "3 files: 1 diagnosed, 2 no-failure-found" */
    String summary() {
        StringBuilder b = new StringBuilder().append(files).append(" files:"); //$NON-NLS-1$
        for (DiagnosedFile.Status s : DiagnosedFile.Status.values()) {
            long n = count(s);
            if (n > 0) {
                b.append(' ').append(n).append(' ').append(s.jsonName()).append(',');
            }
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }
}
