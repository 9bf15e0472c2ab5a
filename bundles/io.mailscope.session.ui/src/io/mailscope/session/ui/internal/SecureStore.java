package io.mailscope.session.ui.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import io.mailscope.session.MailEndpoint;

/**
 * What the console keeps in Eclipse Secure Storage: account passwords (encrypted, only when the engineer ticked
 * "remember") and certificates trusted permanently (fingerprints are not secret, so they are stored unencrypted, per
 * server). Nothing else of a session is stored.
 */
public final class SecureStore {

    private static final String ROOT = "/io.mailscope.session.ui"; //$NON-NLS-1$
    private static final String PASSWORD = "password"; //$NON-NLS-1$

    private final ISecurePreferences root;

    /** @param root the storage's root node; {@link #standard()} for the workbench's default storage */
    public SecureStore(ISecurePreferences root) {
        this.root = root;
    }

    /** @return the store on the workbench's default Secure Storage */
    public static SecureStore standard() {
        ISecurePreferences preferences = SecurePreferencesFactory.getDefault();
        if (preferences == null) {
            throw new IllegalStateException("Eclipse Secure Storage is not available (org.eclipse.equinox.security)"); //$NON-NLS-1$
        }
        return new SecureStore(preferences);
    }

    private static String account(MailEndpoint endpoint) {
        return encode(endpoint.protocol().getLiteral().toLowerCase(java.util.Locale.ROOT) + "://" //$NON-NLS-1$
                + (endpoint.user() == null ? "" : endpoint.user() + "@") + endpoint.host() + ":" + endpoint.port()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String server(MailEndpoint endpoint) {
        return encode(endpoint.host() + ":" + endpoint.port()); //$NON-NLS-1$
    }

    /** Node names may not hold '/': the key is URL-encoded. */
    private static String encode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** @return the remembered password of the endpoint's account, or null */
    public char[] password(MailEndpoint endpoint) throws StorageException {
        String node = ROOT + "/accounts/" + account(endpoint); //$NON-NLS-1$
        if (!root.nodeExists(node)) {
            return null;
        }
        String value = root.node(node).get(PASSWORD, null);
        return value == null ? null : value.toCharArray();
    }

    /** Stores the password encrypted, or forgets it when {@code password} is null. */
    public void setPassword(MailEndpoint endpoint, char[] password) throws StorageException {
        String node = ROOT + "/accounts/" + account(endpoint); //$NON-NLS-1$
        if (password == null) {
            if (root.nodeExists(node)) {
                root.node(node).removeNode();
            }
        } else {
            root.node(node).put(PASSWORD, new String(password), true);
        }
        flush();
    }

    /** @return fingerprint to subject of every certificate trusted permanently for this server */
    public Map<String, String> trustedCertificates(MailEndpoint endpoint) throws StorageException {
        String node = ROOT + "/trusted/" + server(endpoint); //$NON-NLS-1$
        Map<String, String> trusted = new LinkedHashMap<>();
        if (root.nodeExists(node)) {
            ISecurePreferences certificates = root.node(node);
            for (String fingerprint : certificates.keys()) {
                trusted.put(fingerprint, certificates.get(fingerprint, "")); //$NON-NLS-1$
            }
        }
        return trusted;
    }

    /** Trusts a certificate for this server from now on (the subject is kept so the list can be read). */
    public void trustPermanently(MailEndpoint endpoint, String fingerprint, String subject) throws StorageException {
        root.node(ROOT + "/trusted/" + server(endpoint)).put(fingerprint, subject, false); //$NON-NLS-1$
        flush();
    }

    private void flush() throws StorageException {
        try {
            root.flush();
        } catch (java.io.IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
    }
}
