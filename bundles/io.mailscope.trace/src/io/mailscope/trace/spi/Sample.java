package io.mailscope.trace.spi;

import java.util.List;

/**
 * The beginning of an input, for {@link TraceFormat#confidence(Sample)}.
 *
 * @param name the file name or the name given to pasted text
 * @param lines the first lines, decoded, without line terminators
 */
public record Sample(String name, List<String> lines) {

    public Sample {
        lines = List.copyOf(lines);
    }

    /**
     * @return the share (0 to 1) of non-blank lines that {@code test} accepts; 0 for an empty sample
     */
    public double share(java.util.function.Predicate<String> test) {
        int nonBlank = 0;
        int hits = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                nonBlank++;
                if (test.test(line)) {
                    hits++;
                }
            }
        }
        return nonBlank == 0 ? 0 : (double) hits / nonBlank;
    }

    /** @return true when at least one line is accepted by {@code test} */
    public boolean any(java.util.function.Predicate<String> test) {
        return lines.stream().anyMatch(test);
    }
}
