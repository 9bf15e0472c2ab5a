package io.mailscope.share.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces e-mail addresses, host names and IP addresses with stand-ins that stay the same for the same original
 * within one export (so the conversation still reads: the second connection to host2 is to the same server), from the
 * names and ranges reserved for documentation: {@code example.invalid}, 192.0.2.0/24, 2001:db8::/32.
 */
public final class Pseudonyms {

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+=-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}"); //$NON-NLS-1$
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?![\\d])"); //$NON-NLS-1$
    /** Full or compressed IPv6 with at least one "::" or eight groups (so that times like 10:15:32 are left alone). */
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){0,6}(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{0,4})(?![\\w:])"); //$NON-NLS-1$
    private static final Pattern HOST = Pattern.compile("(?<![\\w.@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9](?![\\w-])"); //$NON-NLS-1$
    /** Names that look like host names but are file names in client logs; they identify nobody. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("log", "txt", "exe", "dll", "eml", "msg", "pst", "ost", "ini", "java", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "html", "json", "xml", "zip", "gz"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** The client's machine name in EHLO/HELO, which names the customer's computer. */
    private static final Pattern HELO_NAME = Pattern.compile("(?i)\\b(EHLO|HELO|LHLO)\\s+(\\[?[^\\s\\]]+\\]?)"); //$NON-NLS-1$

    private final Map<String, String> addresses = new HashMap<>();
    private final Map<String, String> hosts = new HashMap<>();
    private final Map<String, String> ips = new HashMap<>();
    private final Map<String, String> machines = new HashMap<>();

    public String replace(String text) {
        String result = replaceAll(ADDRESS, text, a -> addresses.computeIfAbsent(a.toLowerCase(Locale.ROOT), k -> "user" + (addresses.size() + 1) + "@example.invalid")); //$NON-NLS-1$ //$NON-NLS-2$
        result = replaceAll(IPV6, result, ip -> ip.length() < 3 ? ip : ips.computeIfAbsent(ip.toLowerCase(Locale.ROOT), k -> "2001:db8::" + Integer.toHexString(ips.size() + 1))); //$NON-NLS-1$
        result = replaceAll(IPV4, result, ip -> ips.computeIfAbsent(ip, k -> ipv4(ips.size() + 1)));
        result = HELO_NAME.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " //$NON-NLS-1$
                + (m.group(2).contains("example.invalid") || m.group(2).startsWith("[192.0.2.") ? m.group(2) //$NON-NLS-1$ //$NON-NLS-2$
                        : machines.computeIfAbsent(m.group(2).toLowerCase(Locale.ROOT), k -> "client" + (machines.size() + 1)))));  //$NON-NLS-1$
        return replaceAll(HOST, result, host -> isStandIn(host) || FILE_EXTENSIONS.contains(host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)) ? host
                : hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> "host" + (hosts.size() + 1) + ".example.invalid")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return how many different addresses, host names, IP addresses and machine names were replaced */
    public int[] counts() {
        return new int[] { addresses.size(), hosts.size(), ips.size(), machines.size() };
    }

    private static boolean isStandIn(String host) {
        return host.endsWith("example.invalid"); //$NON-NLS-1$
    }

    private static String ipv4(int n) {
        // 254 stand-ins per documentation range, then the next range
        String[] ranges = { "192.0.2.", "198.51.100.", "203.0.113." }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int range = Math.min((n - 1) / 254, ranges.length - 1);
        return ranges[range] + ((n - 1) % 254 + 1);
    }

    private static String replaceAll(Pattern pattern, String text, java.util.function.UnaryOperator<String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
