package io.mailscope.session;

import java.time.Instant;
import java.util.List;

/**
 * One certificate of the chain a server presented.
 *
 * @param subject the subject's distinguished name
 * @param issuer the issuer's distinguished name
 * @param subjectAltNames DNS names and IP addresses the certificate is valid for
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param sha256 SHA-256 fingerprint of the encoded certificate, upper-case hex bytes joined by colons
 * @param publicKeySha256 base64 of the SHA-256 of the subject public key info (the pin {@code curl --pinnedpubkey}
 *            takes)
 */
public record CertificateInfo(String subject, String issuer, List<String> subjectAltNames, Instant notBefore,
        Instant notAfter, String sha256, String publicKeySha256) {

    public CertificateInfo {
        subjectAltNames = List.copyOf(subjectAltNames);
    }

    /** @return true when {@code at} is outside the validity period */
    public boolean expiredAt(Instant at) {
        return at.isAfter(notAfter);
    }

    /** @return true when {@code at} is before the validity period */
    public boolean notYetValidAt(Instant at) {
        return at.isBefore(notBefore);
    }
}
