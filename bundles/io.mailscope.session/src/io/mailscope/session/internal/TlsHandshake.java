package io.mailscope.session.internal;

import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

import io.mailscope.session.CertificateInfo;
import io.mailscope.session.CertificateTrustPrompt;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.TlsReport;

/**
 * One TLS handshake's trust decision. The server's chain is captured and judged: trusted by the JDK's trust store
 * (PKIX), valid now, issued for the host name the session connected to. A chain that fails any of these is not trusted
 * and the handshake fails, unless the caller trusted its leaf certificate explicitly by SHA-256 fingerprint. A chain
 * issued by a known TLS-intercepting product is named.
 */
public final class TlsHandshake {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}"); //$NON-NLS-1$

    private final String host;
    private final Set<String> trustedFingerprints;
    private final InterceptionProducts interception;
    private final X509TrustManager pkix;
    private final SSLContext context;
    private volatile List<CertificateInfo> chain = List.of();
    private volatile List<String> problems = List.of();
    private volatile boolean hostMatches;
    private volatile TlsReport.Trust trust = TlsReport.Trust.NOT_SEEN;
    private volatile String interceptor;
    private final MailEndpoint endpoint;
    private final CertificateTrustPrompt prompt;
    private volatile CertificateTrustPrompt.Decision decision;

    /**
     * @param trustedFingerprints normalized SHA-256 fingerprints the caller trusts
     */
    public TlsHandshake(String host, Set<String> trustedFingerprints, InterceptionProducts interception) {
        this(null, host, trustedFingerprints, interception, null);
    }

    /**
     * @param endpoint what the prompt is told the session talks to (null without a prompt)
     * @param trustedFingerprints normalized SHA-256 fingerprints the caller trusts
     * @param prompt asked about a chain that is not trusted otherwise (null: such a chain is rejected)
     */
    public TlsHandshake(MailEndpoint endpoint, String host, Set<String> trustedFingerprints, InterceptionProducts interception,
            CertificateTrustPrompt prompt) {
        this.endpoint = endpoint;
        this.prompt = prompt;
        this.host = host;
        this.trustedFingerprints = new java.util.concurrent.CopyOnWriteArraySet<>(trustedFingerprints);
        this.interception = interception;
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            X509TrustManager found = null;
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    found = x;
                }
            }
            if (found == null) {
                throw new IllegalStateException("the JDK offers no X.509 trust manager"); //$NON-NLS-1$
            }
            pkix = found;
            context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
            context.init(null, new TrustManager[] { new Verifier() }, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    SSLContext context() {
        return context;
    }

    /** @return the report of this handshake so far ({@code protocol} and {@code cipher} null when it failed) */
    TlsReport result(String protocol, String cipher) {
        return new TlsReport(protocol, cipher, chain, trust, hostMatches, problems, interceptor);
    }

    /** Records the chain and the verdict as TLS lines of the session. */
    void record(SessionRecorder recorder, TlsReport report) {
        int i = 0;
        for (CertificateInfo c : report.chain()) {
            recorder.tls("certificate " + i++ + ": subject " + c.subject() + " | issuer " + c.issuer() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + (c.subjectAltNames().isEmpty() ? "" : " | SAN " + String.join(", ", c.subjectAltNames())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " | valid " + c.notBefore() + " to " + c.notAfter() + " | SHA-256 " + c.sha256()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!report.chain().isEmpty()) {
            recorder.tls("host name " + host + (report.hostNameMatches() ? " matches" : " does NOT match") + " the certificate; trust: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + report.trust().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (report.problems().isEmpty() ? "" : " (" + String.join("; ", report.problems()) + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        CertificateTrustPrompt.Decision answer = decision;
        if (answer != null && answer != CertificateTrustPrompt.Decision.REJECT) {
            recorder.tls("the user trusted certificate " + report.leafFingerprint() //$NON-NLS-1$
                    + (answer == CertificateTrustPrompt.Decision.TRUST_PERMANENTLY ? " permanently" : " for this session")); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (answer == CertificateTrustPrompt.Decision.REJECT) {
            recorder.tls("the user did not trust certificate " + report.leafFingerprint()); //$NON-NLS-1$
        }
        if (report.interceptor() != null) {
            recorder.tls("the chain is issued by " + report.interceptor() + ": something between this machine and the server" //$NON-NLS-1$ //$NON-NLS-2$
                    + " intercepts TLS"); //$NON-NLS-1$
        }
    }

    private void judge(X509Certificate[] certificates, String authType) throws CertificateException {
        List<CertificateInfo> infos = new ArrayList<>();
        for (X509Certificate c : certificates) {
            infos.add(describe(c));
        }
        chain = List.copyOf(infos);
        List<String> found = new ArrayList<>();
        X509Certificate leaf = certificates[0];
        CertificateInfo leafInfo = infos.get(0);
        hostMatches = matchesHost(leaf, host);
        if (!hostMatches) {
            found.add("wrong host: the certificate is for " + (leafInfo.subjectAltNames().isEmpty() ? commonName(leaf).orElse(leafInfo.subject()) //$NON-NLS-1$
                    : String.join(", ", leafInfo.subjectAltNames())) + ", not for " + host); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Instant now = Instant.now();
        if (leafInfo.expiredAt(now)) {
            found.add("expired: the certificate was valid until " + leafInfo.notAfter()); //$NON-NLS-1$
        } else if (leafInfo.notYetValidAt(now)) {
            found.add("not yet valid: the certificate is valid from " + leafInfo.notBefore()); //$NON-NLS-1$
        }
        Optional<InterceptionProducts.Product> product = interception.match(infos);
        interceptor = product.map(p -> p.name() + " (" + p.kind() + ")").orElse(null); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            pkix.checkServerTrusted(certificates, authType);
        } catch (CertificateException e) {
            boolean selfSigned = certificates.length == 1 && leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal());
            if (interceptor != null) {
                found.add("issued by " + interceptor + ", whose own certificate authority this machine does not trust"); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (selfSigned) {
                found.add("self-signed: not issued by a trusted certificate authority"); //$NON-NLS-1$
            } else if (!leafInfo.expiredAt(now) && !leafInfo.notYetValidAt(now)) {
                found.add("not issued by a trusted certificate authority (" + rootCause(e) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        problems = List.copyOf(found);
        if (found.isEmpty()) {
            trust = TlsReport.Trust.TRUSTED;
            return;
        }
        // only the leaf: the handshake proves the server holds the leaf's key, while any other certificate of the chain
        // is public and can be appended by anyone (no signature of the chain is checked for a fingerprint trust)
        if (trustedFingerprints.contains(leafInfo.sha256())) {
            trust = TlsReport.Trust.TRUSTED_BY_FINGERPRINT;
            return;
        }
        trust = TlsReport.Trust.UNTRUSTED;
        if (prompt != null && ask(leafInfo.sha256())) {
            trust = TlsReport.Trust.TRUSTED_BY_FINGERPRINT;
            return;
        }
        throw new CertificateException("certificate not trusted: " + String.join("; ", found)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Asks the prompt about the chain just judged untrusted; a yes adds the leaf's fingerprint to this handshake's
     * trusted set, so a second handshake of the same session (STARTTLS after a reconnect) does not ask again.
     */
    private boolean ask(String leafFingerprint) {
        CertificateTrustPrompt.Decision answer;
        try {
            answer = prompt.decide(endpoint, result(null, null));
        } catch (RuntimeException e) {
            answer = CertificateTrustPrompt.Decision.REJECT; // a broken prompt must not trust anything
        }
        decision = answer == null ? CertificateTrustPrompt.Decision.REJECT : answer;
        if (decision == CertificateTrustPrompt.Decision.REJECT) {
            return false;
        }
        trustedFingerprints.add(leafFingerprint);
        return true;
    }

    /** @return what the prompt answered in the last handshake, or null when it was not asked */
    public CertificateTrustPrompt.Decision decision() {
        return decision;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static CertificateInfo describe(X509Certificate c) throws CertificateException {
        List<String> sans = new ArrayList<>();
        try {
            Collection<List<?>> names = c.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> n : names) {
                    int type = (Integer) n.get(0);
                    if (type == 2) {
                        sans.add("DNS:" + n.get(1)); //$NON-NLS-1$
                    } else if (type == 7) {
                        sans.add("IP:" + n.get(1)); //$NON-NLS-1$
                    }
                }
            }
        } catch (CertificateParsingException e) {
            sans.add("(unreadable subject alternative names: " + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new CertificateInfo(c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(), sans,
                c.getNotBefore().toInstant(), c.getNotAfter().toInstant(), fingerprint(c.getEncoded()),
                Base64.getEncoder().encodeToString(sha256(c.getPublicKey().getEncoded())));
    }

    /** @return upper-case hex SHA-256 of {@code encoded}, bytes joined by colons */
    public static String fingerprint(byte[] encoded) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256(encoded)); //$NON-NLS-1$
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e); //$NON-NLS-1$
        }
    }

    static boolean isAddress(String host) {
        return IPV4.matcher(host).matches() || host.indexOf(':') >= 0;
    }

    /** RFC 6125: IP addresses against IP SANs; names against DNS SANs (a wildcard covers one left-most label), else CN. */
    static boolean matchesHost(X509Certificate c, String host) {
        List<String> dns = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        try {
            Collection<List<?>> names = c.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> n : names) {
                    int type = (Integer) n.get(0);
                    if (type == 2) {
                        dns.add(((String) n.get(1)).toLowerCase(Locale.ROOT));
                    } else if (type == 7) {
                        ips.add((String) n.get(1));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return false;
        }
        if (isAddress(host)) {
            try {
                InetAddress wanted = InetAddress.getByName(host);
                for (String ip : ips) {
                    if (InetAddress.getByName(ip).equals(wanted)) {
                        return true;
                    }
                }
            } catch (UnknownHostException e) {
                return false;
            }
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) { //$NON-NLS-1$
            name = name.substring(0, name.length() - 1);
        }
        if (dns.isEmpty() && ips.isEmpty()) {
            Optional<String> cn = commonName(c);
            return cn.isPresent() && nameMatches(cn.get().toLowerCase(Locale.ROOT), name);
        }
        for (String pattern : dns) {
            if (nameMatches(pattern, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameMatches(String pattern, String name) {
        if (pattern.startsWith("*.")) { //$NON-NLS-1$
            int dot = name.indexOf('.');
            return dot > 0 && name.substring(dot).equals(pattern.substring(1));
        }
        return pattern.equals(name);
    }

    private static Optional<String> commonName(X509Certificate c) {
        try {
            for (Rdn rdn : new LdapName(c.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) { //$NON-NLS-1$
                    return Optional.of(rdn.getValue().toString());
                }
            }
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Judges the server's chain; host name checking is done here, not by JSSE's endpoint identification. */
    private final class Verifier extends X509ExtendedTrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
            judge(certificates, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket) throws CertificateException {
            judge(certificates, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine) throws CertificateException {
            judge(certificates, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
            throw new CertificateException("a mail client session does not accept client connections"); //$NON-NLS-1$
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket) throws CertificateException {
            checkClientTrusted(certificates, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine) throws CertificateException {
            checkClientTrusted(certificates, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return pkix.getAcceptedIssuers();
        }
    }
}
