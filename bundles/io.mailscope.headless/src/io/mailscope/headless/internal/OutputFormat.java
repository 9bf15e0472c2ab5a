package io.mailscope.headless.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code -f/--format} values. A command names the subset it writes through one of the nested {@link Choice}
 * classes, which picocli uses both to convert the value and to list it in help and completion:
 * {@code @Option(names = {"-f", "--format"}, converter = OutputFormat.TextOrJson.class,
 * completionCandidates = OutputFormat.TextOrJson.class)}.
 */
public enum OutputFormat {
    TEXT, JSON, HTML;

    /** @return the value as typed on the command line, e.g. {@code json} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A set of allowed formats: converts case-insensitively, and iterates the ids for help and completion. */
    public abstract static class Choice implements ITypeConverter<OutputFormat>, Iterable<String> {

        private final List<OutputFormat> allowed;

        protected Choice(OutputFormat... allowed) {
            this.allowed = List.of(allowed);
        }

        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : allowed) {
                if (f.id().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("must be one of " + String.join(", ", this) + ", not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        @Override
        public Iterator<String> iterator() {
            return allowed.stream().map(OutputFormat::id).collect(Collectors.toList()).iterator();
        }

        @Override
        public String toString() {
            return Arrays.toString(allowed.toArray());
        }
    }

    /** {@code text} or {@code json}. */
    public static final class TextOrJson extends Choice {
        public TextOrJson() {
            super(TEXT, JSON);
        }
    }

    /** {@code text}, {@code json} or {@code html}. */
    public static final class TextJsonOrHtml extends Choice {
        public TextJsonOrHtml() {
            super(TEXT, JSON, HTML);
        }
    }
}
