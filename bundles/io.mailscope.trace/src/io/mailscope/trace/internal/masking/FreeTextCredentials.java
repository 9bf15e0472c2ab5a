package io.mailscope.trace.internal.masking;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.trace.masking.CredentialKind;
import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.masking.MaskedCredential;

/**
 * Credentials outside protocol commands: configuration dumps and JSON ({@code password = …},
 * {@code "password":"…"}, token fields), command lines ({@code curl -u user:pw}, {@code swaks --auth-password pw},
 * {@code --oauth2-bearer tok}), URLs with user info and {@code Bearer} tokens.
 */
final class FreeTextCredentials {

    private static final String MASK = CredentialMasking.MASK;

    /**
     * A password or token assignment (key and value may be quoted, as in JSON). Group 1: the key; group 2: a quoted
     * value's content; group 3: an unquoted value (to the end of the line). Values the source masked already, and
     * placeholders such as {@code <non-null>} or {@code (not set)}, are left alone.
     */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)(\"?(?:pass(?:word|wd|phrase)?(?:eval)?|secret|client_secret|access_token|refresh_token|id_token|oauth2?_?token|auth_?token)\"?\\s*[=:]\\s*)" //$NON-NLS-1$
                    + "(?!<non-null>|\\*+(?:[\\s\",]|$)|\"\\*+\"|\\(not set\\)|null\\b|\"\")(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S.*)$)"); //$NON-NLS-1$
    /** User info in any URL ({@code scheme://user:password@host}). */
    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://[^:/@\\s]+:)([^@/\\s]+)@"); //$NON-NLS-1$
    /** {@code curl --user alice:PW}, {@code curl -u alice:PW}: the part after the colon. */
    private static final Pattern USER_OPTION = Pattern.compile("(?:^|\\s)(?:-u\\s*|--user(?:\\s+|=))([\"']?[^\\s:\"']*:)([^\\s\"']+)"); //$NON-NLS-1$
    /** {@code swaks --auth-password PW}, {@code -ap PW}, {@code --pass PW}, {@code --password PW}, bearer options. */
    private static final Pattern PASSWORD_OPTION = Pattern.compile(
            "(?i)(?:^|\\s)(--(?:auth-)?pass(?:word|wd)?|-ap|--oauth2-bearer|--access-token|--token)(?:\\s+|=)([\"']?)([^\\s\"']+)"); //$NON-NLS-1$
    /** {@code Authorization: Bearer TOKEN}, {@code auth=Bearer TOKEN} (inside a decoded XOAUTH2 string). */
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(Bearer\\s+)([A-Za-z0-9._~+/=-]{6,})"); //$NON-NLS-1$

    private FreeTextCredentials() {
    }

    /** Cheap pre-check: every pattern needs one of these fragments. */
    private static boolean mayCarry(String text) {
        return text.indexOf("://") >= 0 || text.indexOf("-u") >= 0 || text.indexOf("-ap") >= 0 //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || containsIgnoreCase(text, "pass") || containsIgnoreCase(text, "secret") //$NON-NLS-1$ //$NON-NLS-2$
                || containsIgnoreCase(text, "token") || containsIgnoreCase(text, "bearer"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param found receives what was masked
     * @return the text with credentials masked
     */
    static String mask(String text, List<MaskedCredential> found) {
        if (!mayCarry(text)) {
            return text;
        }
        String result = text;
        // on the fast path each expression runs only when the text has a character it cannot match without (the mask
        // put in by an earlier one has none of them): a "PASS ****" or "AUTH LOGIN" line skips all five
        boolean fast = io.mailscope.trace.internal.FastPath.enabled();
        Matcher o = USER_OPTION.matcher(result);
        if ((!fast || result.indexOf("-u") >= 0) && o.find()) { //$NON-NLS-1$
            found.add(new MaskedCredential(CredentialKind.PASSWORD, "-u user:password")); //$NON-NLS-1$
            result = o.replaceAll(r -> Matcher.quoteReplacement(r.group().substring(0, r.start(2) - r.start()) + MASK));
        }
        Matcher p = PASSWORD_OPTION.matcher(result);
        if ((!fast || result.indexOf('-') >= 0) && p.find()) {
            String option = p.group(1);
            found.add(new MaskedCredential(option.contains("bearer") || option.contains("token") //$NON-NLS-1$ //$NON-NLS-2$
                    ? CredentialKind.BEARER_TOKEN : CredentialKind.PASSWORD, option));
            result = p.replaceAll(r -> CredentialSyntax.isAlreadyMasked(r.group(3)) ? Matcher.quoteReplacement(r.group())
                    : Matcher.quoteReplacement(r.group().substring(0, r.start(3) - r.start()) + MASK));
        }
        Matcher b = BEARER.matcher(result);
        if ((!fast || containsIgnoreCase(result, "bearer")) && b.find() && !CredentialSyntax.isAlreadyMasked(b.group(2))) { //$NON-NLS-1$
            found.add(new MaskedCredential(CredentialKind.BEARER_TOKEN, "Bearer")); //$NON-NLS-1$
            result = b.replaceAll(r -> CredentialSyntax.isAlreadyMasked(r.group(2)) ? Matcher.quoteReplacement(r.group())
                    : Matcher.quoteReplacement(r.group(1) + MASK));
        }
        Matcher a = ASSIGNMENT.matcher(result);
        int from = 0;
        boolean assignable = !fast || result.indexOf('=') >= 0 || result.indexOf(':') >= 0;
        while (assignable && from <= result.length() && a.find(from)) {
            String key = a.group(1).replaceAll("[\"\\s=:]", ""); //$NON-NLS-1$ //$NON-NLS-2$
            CredentialKind kind = key.toLowerCase(java.util.Locale.ROOT).contains("pass") ? CredentialKind.PASSWORD //$NON-NLS-1$
                    : CredentialKind.BEARER_TOKEN;
            found.add(new MaskedCredential(kind, key));
            if (a.group(2) != null) {
                result = result.substring(0, a.start(2)) + MASK + result.substring(a.end(2)); // "password":"…", more may follow
                from = a.start(2) + MASK.length() + 1;
                a = ASSIGNMENT.matcher(result);
            } else {
                result = result.substring(0, a.start(3)) + MASK;
                break;
            }
        }
        Matcher u = URL_USER_INFO.matcher(result);
        if ((!fast || result.indexOf("://") >= 0) && u.find()) { //$NON-NLS-1$
            found.add(new MaskedCredential(CredentialKind.URL_PASSWORD, "URL")); //$NON-NLS-1$
            result = u.replaceAll("$1" + MASK + "@"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return result;
    }

    /** Case-insensitive for ASCII (and a superset beyond: fine for a pre-check). */
    static boolean containsIgnoreCase(String text, String lowerWord) {
        char first = lowerWord.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        int last = text.length() - lowerWord.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }
}
