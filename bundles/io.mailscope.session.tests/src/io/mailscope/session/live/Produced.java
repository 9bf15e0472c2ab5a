package io.mailscope.session.live;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Everything the suite's probes produced (reports, JSON, transcripts, traces, stderr), for the secrets test, and the
 * known password every probe of the suite uses.
 */
public final class Produced {

    /** The test account's password: every probe of the suite uses it (or a wrong one containing it). */
    public static final String PASSWORD = "Tr1cky.Pass-7531"; //$NON-NLS-1$
    public static final String USER = "alice"; //$NON-NLS-1$
    /** A wrong password that still carries the known one, so a leak of it is found too. */
    public static final String WRONG_PASSWORD = PASSWORD + "-wrong"; //$NON-NLS-1$

    private static final List<String> OUTPUTS = new ArrayList<>();

    private Produced() {
    }

    public static synchronized void add(String what, String text) {
        OUTPUTS.add(what + "\n" + text); //$NON-NLS-1$
    }

    public static synchronized List<String> all() {
        return List.copyOf(OUTPUTS);
    }

    /** @return the password and every base64 form AUTH PLAIN, AUTH LOGIN and the raw secret take (with and without padding) */
    public static List<String> forbidden() {
        List<String> forms = new ArrayList<>();
        for (String pw : List.of(PASSWORD, WRONG_PASSWORD)) {
            forms.add(pw);
            for (String payload : List.of(pw, "\0" + USER + "\0" + pw, USER + "\0" + USER + "\0" + pw)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                String b64 = Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
                forms.add(b64);
                forms.add(b64.replace("=", "")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return forms;
    }
}
