package io.mailscope.session;

/**
 * Live sessions with mail servers: the account test and raw sessions. Registered as an OSGi service (DS). Every
 * session records what it sends and receives as a trace of the same model an import builds, masked by the same
 * masking, and has it diagnosed by the same rules while it runs.
 * <p>
 * <b>Provider type.</b>
 */
public interface SessionService {

    /**
     * Prepares an account test; {@link AccountTest#run()} runs it on the calling thread, and {@link AccountTest#cancel()}
     * stops it from any other thread.
     */
    AccountTest accountTest(AccountTestOptions options, TranscriptListener listener);

    /**
     * Connects (resolving, trying each address, TLS for implicit-TLS endpoints) and reads the greeting: the caller then
     * drives the session line by line.
     *
     * @throws SessionException when no connection could be made; the exception carries the transcript so far
     */
    RawSession openRaw(MailEndpoint endpoint, SessionLimits limits, java.util.Set<String> trustedFingerprints,
            TranscriptListener listener) throws SessionException;

    /**
     * Makes a raw session without connecting: {@link RawSession#open()} connects, and {@link RawSession#cancel()} from
     * another thread stops it even while it connects or waits for the greeting (what a console's Cancel needs).
     *
     * @param trustPrompt asked when the server's certificate chain is not trusted (null: such a chain is rejected)
     */
    RawSession rawSession(MailEndpoint endpoint, SessionLimits limits, java.util.Set<String> trustedFingerprints,
            CertificateTrustPrompt trustPrompt, TranscriptListener listener);

    /**
     * Prepares an account test that asks {@code trustPrompt} about a certificate chain it does not trust (instead of
     * failing the TLS phase at once).
     */
    AccountTest accountTest(AccountTestOptions options, CertificateTrustPrompt trustPrompt, TranscriptListener listener);
}
