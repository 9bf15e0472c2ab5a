package io.mailscope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz targets, one per built-in trace format: the bytes are imported with that format forced, so its
 * parser and conversation rebuilding see everything the fuzzer makes of the seeds (the format's fixtures, under
 * {@code src/test/resources/io/mailscope/fuzz/FormatFuzzTestInputs/<method>/}). Without {@code JAZZER_FUZZ} they
 * replay the seeds and every crash found so far (regression tests); see docs/fuzzing.md.
 */
class FormatFuzzTest {

    /** A run of one target alone (docs/fuzzing.md); the CI slice fuzzes all formats at once ({@link AnyInputFuzzTest}). */
    static final String SLICE = "5m";

    private static void run(byte[] data, String format) {
        ImportInvariants.importAndCheck(data, "io.mailscope.trace." + format);
    }

    @FuzzTest(maxDuration = SLICE)
    void outlookLegacy(byte[] data) {
        run(data, "outlook.legacy");
    }

    @FuzzTest(maxDuration = SLICE)
    void outlook(byte[] data) {
        run(data, "outlook");
    }

    @FuzzTest(maxDuration = SLICE)
    void outlookExpress(byte[] data) {
        run(data, "outlookexpress");
    }

    @FuzzTest(maxDuration = SLICE)
    void thunderbird(byte[] data) {
        run(data, "thunderbird");
    }

    @FuzzTest(maxDuration = SLICE)
    void javamail(byte[] data) {
        run(data, "javamail");
    }

    @FuzzTest(maxDuration = SLICE)
    void swaks(byte[] data) {
        run(data, "swaks");
    }

    @FuzzTest(maxDuration = SLICE)
    void curl(byte[] data) {
        run(data, "curl");
    }

    @FuzzTest(maxDuration = SLICE)
    void phpmailer(byte[] data) {
        run(data, "phpmailer");
    }

    @FuzzTest(maxDuration = SLICE)
    void smtplib(byte[] data) {
        run(data, "smtplib");
    }

    @FuzzTest(maxDuration = SLICE)
    void prefixed(byte[] data) {
        run(data, "prefixed");
    }

    @FuzzTest(maxDuration = SLICE)
    void raw(byte[] data) {
        run(data, "raw");
    }

    @FuzzTest(maxDuration = SLICE)
    void errorText(byte[] data) {
        run(data, "errortext");
    }
}
