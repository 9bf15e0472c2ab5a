package io.mailscope.session;

/** An account test ready to run. */
public interface AccountTest {

    /** Runs every phase on the calling thread; returns when the test is done, failed, timed out or was cancelled. */
    AccountTestResult run();

    /** Stops the test from any thread: the connection is closed and {@link #run()} returns promptly. */
    void cancel();
}
