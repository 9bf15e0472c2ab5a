package io.mailscope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The recogniser: format detection over every built-in format's confidence, then the import with the format it chose
 * (seeds: all fixtures). Unrecognised input must be a {@code TraceImportException} with a message, never a crash.
 */
class RecogniserFuzzTest {

    @FuzzTest(maxDuration = FormatFuzzTest.SLICE)
    void recognise(byte[] data) {
        ImportInvariants.importAndCheck(data, null);
    }
}
