package io.mailscope.trace.index;

/** Source lines {@code first..last} (1-based, inclusive). */
public record LineRange(int first, int last) {
}
