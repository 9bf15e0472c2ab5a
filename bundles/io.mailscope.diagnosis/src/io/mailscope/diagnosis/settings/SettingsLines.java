package io.mailscope.diagnosis.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each key of a properties text is, so that a problem with a setting can name its line ({@link java.util.Properties}
 * keeps no line numbers). Follows the properties syntax far enough to find keys: comment lines ({@code #}, {@code !}),
 * continuation lines (an odd number of backslashes at the end), and a key ending at the first unescaped {@code =},
 * {@code :} or white space. When a key occurs twice, the last one counts, as in {@code Properties}.
 */
final class SettingsLines {

    private static final Pattern BROKEN_ESCAPE = Pattern.compile("\\\\u(?![0-9a-fA-F]{4})"); //$NON-NLS-1$

    private final Map<String, Integer> lineOfKey;

    private SettingsLines(Map<String, Integer> lineOfKey) {
        this.lineOfKey = lineOfKey;
    }

    static SettingsLines of(String text) {
        Map<String, Integer> lines = new HashMap<>();
        List<String> physical = text.lines().toList();
        boolean continued = false;
        for (int i = 0; i < physical.size(); i++) {
            String line = physical.get(i);
            String stripped = line.stripLeading();
            boolean startsEntry = !continued && !stripped.isEmpty() && stripped.charAt(0) != '#' && stripped.charAt(0) != '!';
            if (startsEntry) {
                lines.put(key(stripped), Integer.valueOf(i + 1));
            }
            boolean comment = !continued && (stripped.startsWith("#") || stripped.startsWith("!")); //$NON-NLS-1$ //$NON-NLS-2$
            continued = !comment && endsWithOddBackslashes(line);
        }
        return new SettingsLines(lines);
    }

    /** @return the 1-based line of {@code key}; 0 when the text does not hold it */
    int lineOf(String key) {
        return lineOfKey.getOrDefault(key, Integer.valueOf(0)).intValue();
    }

    /** @return the 1-based line of the first {@code \\u} that is not followed by four hex digits; 0 when none is */
    static int brokenEscapeLine(String text) {
        List<String> physical = text.lines().toList();
        for (int i = 0; i < physical.size(); i++) {
            if (BROKEN_ESCAPE.matcher(physical.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String key(String stripped) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == '\\' && i + 1 < stripped.length()) {
                key.append(stripped.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
