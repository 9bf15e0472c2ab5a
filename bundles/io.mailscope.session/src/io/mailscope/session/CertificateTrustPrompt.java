package io.mailscope.session;

/**
 * Asks whoever drives a session whether to trust a certificate chain the session does not trust on its own
 * (self-signed, expired, issued for another host, unknown issuer). The workbench implements it with a dialog; a
 * headless caller passes {@link #REJECT} or none.
 * <p>
 * Called on the session's thread, inside the TLS handshake, at most once per handshake; the handshake waits for the
 * answer (the server may give up meanwhile, which the session then reports). An exception thrown by the prompt counts
 * as {@link Decision#REJECT}.
 * <p>
 * <b>Consumer type:</b> user interfaces implement it.
 */
@FunctionalInterface
public interface CertificateTrustPrompt {

    /** The answer. */
    enum Decision {
        /** Not trusted: the handshake fails and the session reports the certificate problem. */
        REJECT,
        /** Trusted for this session only (the leaf certificate's fingerprint). */
        TRUST_FOR_SESSION,
        /** Trusted now and remembered by the caller for later sessions (the engine itself stores nothing). */
        TRUST_PERMANENTLY
    }

    /** Rejects every untrusted chain: what a session without a prompt does. */
    CertificateTrustPrompt REJECT = (endpoint, report) -> Decision.REJECT;

    /**
     * @param endpoint the server the session talks to
     * @param untrusted the chain, the verdict {@link TlsReport.Trust#UNTRUSTED} and why ({@link TlsReport#problems()});
     *            protocol and cipher are null because the handshake has not finished
     * @return what to do; null counts as {@link Decision#REJECT}
     */
    Decision decide(MailEndpoint endpoint, TlsReport untrusted);
}
