package io.mailscope.session.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The client side of the SASL mechanisms the account test speaks (RFC 4616, draft LOGIN, RFC 2195, XOAUTH2, RFC 7628). */
public final class Sasl {

    private Sasl() {
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** PLAIN: {@code base64(NUL user NUL password)} */
    public static String plain(String user, String password) {
        return b64("\0" + user + "\0" + password); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** LOGIN: each answer is base64 of the user name, then of the password. */
    public static String login(String value) {
        return b64(value);
    }

    /** CRAM-MD5: {@code base64(user SP hex(HMAC-MD5(password, challenge)))} for the server's base64 challenge. */
    public static String cramMd5(String user, String password, String base64Challenge) {
        try {
            byte[] challenge = Base64.getDecoder().decode(base64Challenge.strip());
            Mac mac = Mac.getInstance("HmacMD5"); //$NON-NLS-1$
            mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacMD5")); //$NON-NLS-1$
            return b64(user + " " + HexFormat.of().formatHex(mac.doFinal(challenge))); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-MD5 is missing from this Java runtime", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the server's CRAM-MD5 challenge is not base64: " + base64Challenge, e); //$NON-NLS-1$
        }
    }

    /** XOAUTH2 (Google, Microsoft): {@code base64("user=" user ^A "auth=Bearer " token ^A ^A)} */
    public static String xoauth2(String user, String token) {
        return b64("user=" + user + "\u0001auth=Bearer " + token + "\u0001\u0001"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** OAUTHBEARER (RFC 7628): {@code base64("n,a=" user "," ^A "auth=Bearer " token ^A ^A)} */
    public static String oauthBearer(String user, String token) {
        return b64("n,a=" + user.replace("=", "=3D").replace(",", "=2C") + ",\u0001auth=Bearer " + token + "\u0001\u0001"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    }
}
