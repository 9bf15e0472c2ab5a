package io.mailscope.testserver.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The server side of TLS: one {@link SSLContext} per shipped certificate ({@code certificates/NAME.p12} in this
 * bundle, made by {@code certificates/make-certificates.sh}). {@code localhost} is issued by the Mailscope test CA
 * ({@link #testAuthority()}), which a client trusts to see a healthy TLS session; {@code self-signed}, {@code expired}
 * and {@code wrong-host} are wrong on purpose.
 */
public final class TlsContexts {

    /** The keystores' password: they only ever serve loopback test sessions, so it is not a secret. */
    private static final char[] STORE_PASSWORD = "mailscope-test".toCharArray(); //$NON-NLS-1$

    private final Map<String, SSLContext> contexts = new ConcurrentHashMap<>();

    /** @return the server context for a certificate name */
    public SSLContext server(String certificate) throws IOException {
        try {
            return contexts.computeIfAbsent(certificate, name -> {
                try {
                    return load(name);
                } catch (IOException | GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IllegalStateException e) {
            throw new IOException("certificate '" + certificate + "' cannot be loaded: " + e.getCause(), e.getCause()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the keystore of a certificate name, e.g. for a test that trusts it explicitly */
    public static KeyStore keyStore(String certificate) throws IOException, GeneralSecurityException {
        try (InputStream in = TlsContexts.class.getResourceAsStream("/certificates/" + certificate + ".p12")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (in == null) {
                throw new IOException("no certificates/" + certificate + ".p12 in the test server bundle"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            KeyStore store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
            store.load(in, STORE_PASSWORD);
            return store;
        }
    }

    /** @return the Mailscope test CA that issued {@code localhost}, {@code expired} and {@code wrong-host} */
    public static java.security.cert.X509Certificate testAuthority() throws IOException, GeneralSecurityException {
        try (InputStream in = TlsContexts.class.getResourceAsStream("/certificates/mailscope-test-ca.pem")) { //$NON-NLS-1$
            if (in == null) {
                throw new IOException("no certificates/mailscope-test-ca.pem in the test server bundle"); //$NON-NLS-1$
            }
            return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in); //$NON-NLS-1$
        }
    }

    private static SSLContext load(String certificate) throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(certificate), STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}
