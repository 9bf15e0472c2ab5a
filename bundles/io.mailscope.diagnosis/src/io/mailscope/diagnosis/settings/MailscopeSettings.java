package io.mailscope.diagnosis.settings;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The settings the workbench's preferences and the headless commands share, kept in one properties file (see
 * {@link #file()}):
 * <pre>
 * # rules that never run, by id (Window &gt; Preferences &gt; Mailscope &gt; Diagnosis Rules)
 * rules.disabled = io.mailscope.diagnosis.connection, io.mailscope.diagnosis.tls
 * # keep every exchange of a huge trace instead of those near failures
 * import.keepAllExchanges = false
 * # the format Export Report offers first: html or json
 * report.format = html
 * </pre>
 *
 * @param disabledRules ids of rules that do not run in any diagnosis
 * @param keepAllExchanges true keeps every exchange of a large trace in the model
 * @param reportFormat {@code html} or {@code json}
 */
public record MailscopeSettings(Set<String> disabledRules, boolean keepAllExchanges, String reportFormat) {

    /** System property naming another settings file (tests, several desks on one account). */
    public static final String FILE_PROPERTY = "mailscope.settings"; //$NON-NLS-1$
    public static final String RULES_DISABLED = "rules.disabled"; //$NON-NLS-1$
    public static final String KEEP_ALL_EXCHANGES = "import.keepAllExchanges"; //$NON-NLS-1$
    public static final String REPORT_FORMAT = "report.format"; //$NON-NLS-1$
    /** Report formats Export Report knows. */
    public static final Set<String> REPORT_FORMATS = Set.of("html", "json"); //$NON-NLS-1$ //$NON-NLS-2$
    /** Every key the file may hold, sorted: anything else is a typo that would silently change nothing. */
    public static final List<String> KEYS = List.of(KEEP_ALL_EXCHANGES, REPORT_FORMAT, RULES_DISABLED);
    /** What a rule id looks like (the extension point's ids: letters, digits, dots, dashes, underscores). */
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*"); //$NON-NLS-1$
    public static final MailscopeSettings DEFAULTS = new MailscopeSettings(Set.of(), false, "html"); //$NON-NLS-1$

    public MailscopeSettings {
        disabledRules = Set.copyOf(disabledRules);
        if (!REPORT_FORMATS.contains(reportFormat)) {
            throw new IllegalArgumentException("report.format must be one of " + new TreeSet<>(REPORT_FORMATS) + ", not '" + reportFormat + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** @return true unless the engineer turned the rule off */
    public boolean isEnabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }

    public MailscopeSettings withDisabledRules(Set<String> ids) {
        return new MailscopeSettings(ids, keepAllExchanges, reportFormat);
    }

    /**
     * The settings file: the {@value #FILE_PROPERTY} system property when set, else {@code mailscope/settings.properties}
     * under {@code $XDG_CONFIG_HOME} (default {@code ~/.config}), or under {@code %APPDATA%} on Windows.
     */
    public static Path file() {
        String override = System.getProperty(FILE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String appData = System.getenv("APPDATA"); //$NON-NLS-1$
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") && appData != null) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Path.of(appData, "Mailscope", "settings.properties"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String xdg = System.getenv("XDG_CONFIG_HOME"); //$NON-NLS-1$
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config"); //$NON-NLS-1$ //$NON-NLS-2$
        return config.resolve("mailscope").resolve("settings.properties"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the settings of {@link #file()}; the defaults when it does not exist */
    public static MailscopeSettings load() throws IOException {
        return load(file());
    }

    /**
     * @return the settings of {@code file}; the defaults when it does not exist
     * @throws InvalidSettingsException when it holds an unknown key, a value that is not valid or a broken escape: the
     *             message names the file, the line and the problem; a diagnosis must not run with rules the engineer
     *             turned off
     * @throws IOException when it exists but cannot be read
     */
    public static MailscopeSettings load(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return DEFAULTS;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidSettingsException(file, 0, "not UTF-8 text (the file is written in UTF-8; was it saved in another encoding?)"); //$NON-NLS-1$
        }
        Properties properties = new Properties();
        try {
            properties.load(new java.io.StringReader(text));
        } catch (IllegalArgumentException e) { // a malformed unicode escape (backslash-u without four hex digits)
            throw new InvalidSettingsException(file, SettingsLines.brokenEscapeLine(text), e.getMessage());
        }
        SettingsLines lines = SettingsLines.of(text);
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new InvalidSettingsException(file, lines.lineOf(key), "unknown setting '" + key + "' (known: " //$NON-NLS-1$ //$NON-NLS-2$
                        + String.join(", ", KEYS) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        Set<String> disabled = new TreeSet<>();
        for (String id : properties.getProperty(RULES_DISABLED, "").split("[,\\s]+")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (id.isEmpty()) {
                continue;
            }
            if (!RULE_ID.matcher(id).matches()) {
                throw new InvalidSettingsException(file, lines.lineOf(RULES_DISABLED), RULES_DISABLED + " holds '" + id //$NON-NLS-1$
                        + "', which is no rule id (rule ids look like io.mailscope.diagnosis.smtp.auth; separate them with commas)"); //$NON-NLS-1$
            }
            disabled.add(id);
        }
        String keepAll = properties.getProperty(KEEP_ALL_EXCHANGES, "false").trim(); //$NON-NLS-1$
        if (!keepAll.equals("true") && !keepAll.equals("false")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new InvalidSettingsException(file, lines.lineOf(KEEP_ALL_EXCHANGES),
                    KEEP_ALL_EXCHANGES + " must be true or false, not '" + keepAll + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String format = properties.getProperty(REPORT_FORMAT, DEFAULTS.reportFormat()).trim().toLowerCase(Locale.ROOT);
        if (!REPORT_FORMATS.contains(format)) {
            throw new InvalidSettingsException(file, lines.lineOf(REPORT_FORMAT),
                    REPORT_FORMAT + " must be one of " + new TreeSet<>(REPORT_FORMATS) + ", not '" + format + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return new MailscopeSettings(disabled, Boolean.parseBoolean(keepAll), format);
    }

    /** Writes these settings to {@link #file()}. */
    public void save() throws IOException {
        save(file());
    }

    /** Writes these settings to {@code file} (through a temporary file, so a reader never sees half of it). */
    public void save(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "settings", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write("# Mailscope settings, shared by the workbench (Window > Preferences > Mailscope) and the headless commands\n"); //$NON-NLS-1$
                writer.write("# rules that never run, by id\n" + RULES_DISABLED + " = " + String.join(", ", new TreeSet<>(disabledRules)) + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                writer.write("# true keeps every exchange of a huge trace, false only those near failures\n" + KEEP_ALL_EXCHANGES + " = " + keepAllExchanges + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                writer.write("# the format Export Report offers first: html or json\n" + REPORT_FORMAT + " = " + reportFormat + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
