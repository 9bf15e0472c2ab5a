package io.mailscope.model.internal.requests;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mailscope.model.requests.TraceRequest;

/**
 * Parses one request file: header lines {@code key: value} (id, client, family, protocols), a line {@code ---}, then
 * the text to paste into the ticket, verbatim.
 */
public final class TraceRequestFile {

    private static final Set<String> REQUIRED = Set.of("id", "client", "family"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final String SEPARATOR = "---"; //$NON-NLS-1$

    private TraceRequestFile() {
    }

    /** @throws IllegalArgumentException naming the line and what is wrong */
    public static TraceRequest parse(String content, String contributor, String file) {
        String[] lines = content.replace("\r\n", "\n").split("\n", -1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Map<String, String> header = new HashMap<>();
        int line = 0;
        for (; line < lines.length && !lines[line].strip().equals(SEPARATOR); line++) {
            String text = lines[line].strip();
            if (text.isEmpty() || text.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("line " + (line + 1) + ": expected 'key: value' or '---', found '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            header.put(text.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), text.substring(colon + 1).strip());
        }
        if (line == lines.length) {
            throw new IllegalArgumentException("no '---' line between the header and the text"); //$NON-NLS-1$
        }
        for (String key : REQUIRED) {
            if (header.getOrDefault(key, "").isEmpty()) { //$NON-NLS-1$
                throw new IllegalArgumentException("the header has no '" + key + ":'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        String text = String.join("\n", Arrays.asList(lines).subList(line + 1, lines.length)).strip(); //$NON-NLS-1$
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no text after the '---' line"); //$NON-NLS-1$
        }
        List<String> protocols = Arrays.stream(header.getOrDefault("protocols", "").split("[,\\s]+")).filter(p -> !p.isEmpty()).toList(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new TraceRequest(header.get("id"), header.get("client"), header.get("family"), protocols, text, contributor, file); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
