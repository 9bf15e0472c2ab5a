package io.mailscope.report;

/**
 * A report on the diagnosis of one or more files, written as the files are diagnosed: each {@link #file} is written
 * (and flushed) before the next file is read, so a report on thousands of files or a 1 GB trace keeps no more than one
 * file's findings in memory, and what was written stays valid output up to the last finished file. Opened by
 * {@link ReportFormat#open}; not thread-safe.
 */
public interface DiagnosisReport {

    /** Writes one file's result. */
    void file(DiagnosedFile result);

    /**
     * Writes the summary (counts per status) and the end of the document, and flushes. Nothing may be written after.
     *
     * @param exitCode the command's exit code, recorded in formats that carry it (JSON)
     */
    void finish(int exitCode);
}
