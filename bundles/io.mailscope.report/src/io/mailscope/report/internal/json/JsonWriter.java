package io.mailscope.report.internal.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * A small streaming JSON writer (RFC 8259) producing indented output. Keeps only the nesting state, so reports over
 * many files are written without building a tree in memory.
 */
public final class JsonWriter {

    private final Appendable out;
    private final Deque<Boolean> firstInScope = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter(Appendable out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        valueStart();
        write("{"); //$NON-NLS-1$
        firstInScope.push(Boolean.TRUE);
        return this;
    }

    public JsonWriter endObject() {
        return end("}"); //$NON-NLS-1$
    }

    public JsonWriter beginArray() {
        valueStart();
        write("["); //$NON-NLS-1$
        firstInScope.push(Boolean.TRUE);
        return this;
    }

    public JsonWriter endArray() {
        return end("]"); //$NON-NLS-1$
    }

    public JsonWriter name(String name) {
        separator();
        quote(name);
        write(": "); //$NON-NLS-1$
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        valueStart();
        if (value == null) {
            write("null"); //$NON-NLS-1$
        } else {
            quote(value);
        }
        return this;
    }

    public JsonWriter value(long value) {
        valueStart();
        write(Long.toString(value));
        return this;
    }

    public JsonWriter value(double value) {
        valueStart();
        write(Double.isFinite(value) ? Double.toString(value) : "null"); //$NON-NLS-1$
        return this;
    }

    public JsonWriter value(boolean value) {
        valueStart();
        write(Boolean.toString(value));
        return this;
    }

    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, double value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    public JsonWriter stringArray(String name, Collection<String> values) {
        name(name).beginArray();
        values.forEach(this::value);
        return endArray();
    }

    /** Ends the document with a newline. */
    public void finish() {
        write(System.lineSeparator());
    }

    private JsonWriter end(String bracket) {
        boolean empty = firstInScope.pop();
        if (!empty) {
            newline();
        }
        write(bracket);
        return this;
    }

    private void valueStart() {
        if (afterName) {
            afterName = false;
            return;
        }
        separator();
    }

    private void separator() {
        if (firstInScope.isEmpty()) {
            return;
        }
        if (!firstInScope.peek()) {
            write(","); //$NON-NLS-1$
        }
        firstInScope.pop();
        firstInScope.push(Boolean.FALSE);
        newline();
    }

    private void newline() {
        write("\n"); //$NON-NLS-1$
        write("  ".repeat(firstInScope.size())); //$NON-NLS-1$
    }

    private void quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\""); //$NON-NLS-1$
                case '\\' -> b.append("\\\\"); //$NON-NLS-1$
                case '\n' -> b.append("\\n"); //$NON-NLS-1$
                case '\r' -> b.append("\\r"); //$NON-NLS-1$
                case '\t' -> b.append("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        write(b.append('"').toString());
    }

    private void write(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
