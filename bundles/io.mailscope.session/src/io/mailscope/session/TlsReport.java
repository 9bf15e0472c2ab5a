package io.mailscope.session;

import java.util.List;

/**
 * What the TLS handshake showed: protocol, cipher, the server's chain and whether it was trusted, and why not.
 *
 * @param protocol e.g. {@code TLSv1.3} (null when the handshake did not finish)
 * @param cipherSuite e.g. {@code TLS_AES_256_GCM_SHA384} (null when the handshake did not finish)
 * @param chain the server's certificates, leaf first (empty when the server sent none)
 * @param trust the verdict on the chain
 * @param hostNameMatches true when the leaf certificate names the host the session connected to
 * @param problems why the chain is not trusted, one sentence each (expired, wrong host, unknown issuer…)
 * @param interceptor the TLS-intercepting product (anti-virus mail scanning, firewall) that issued the chain, or null
 */
public record TlsReport(String protocol, String cipherSuite, List<CertificateInfo> chain, Trust trust,
        boolean hostNameMatches, List<String> problems, String interceptor) {

    public TlsReport {
        chain = List.copyOf(chain);
        problems = List.copyOf(problems);
    }

    /** The verdict on a certificate chain. */
    public enum Trust {
        /** Issued by a trusted authority, valid now, for this host name. */
        TRUSTED,
        /** Not trusted on its own, but the caller trusted its leaf certificate's SHA-256 fingerprint explicitly. */
        TRUSTED_BY_FINGERPRINT,
        /** Not trusted: the session stopped. */
        UNTRUSTED,
        /** No chain was seen (the handshake failed before the certificate arrived). */
        NOT_SEEN
    }

    /** @return the leaf certificate's fingerprint, or null */
    public String leafFingerprint() {
        return chain.isEmpty() ? null : chain.get(0).sha256();
    }
}
