package io.mailscope.session.report;

import java.util.ArrayDeque;
import java.util.Deque;

/** A small streaming JSON writer: objects, arrays, strings, numbers, booleans, null; always valid, always escaped. */
final class Json {

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean afterName;
    private int depth;

    Json beginObject() {
        value();
        out.append('{');
        first.push(Boolean.TRUE);
        depth++;
        return this;
    }

    Json endObject() {
        depth--;
        first.pop();
        newline();
        out.append('}');
        return this;
    }

    Json beginArray() {
        value();
        out.append('[');
        first.push(Boolean.TRUE);
        depth++;
        return this;
    }

    Json endArray() {
        depth--;
        first.pop();
        newline();
        out.append(']');
        return this;
    }

    Json name(String name) {
        separator();
        string(name);
        out.append(": "); //$NON-NLS-1$
        afterName = true;
        return this;
    }

    Json value(String s) {
        value();
        if (s == null) {
            out.append("null"); //$NON-NLS-1$
        } else {
            string(s);
        }
        return this;
    }

    Json value(long n) {
        value();
        out.append(n);
        return this;
    }

    Json value(double d) {
        value();
        out.append(Double.isFinite(d) ? Double.toString(d) : "null"); //$NON-NLS-1$
        return this;
    }

    Json value(boolean b) {
        value();
        out.append(b);
        return this;
    }

    Json field(String name, String s) {
        return name(name).value(s);
    }

    Json field(String name, long n) {
        return name(name).value(n);
    }

    Json field(String name, boolean b) {
        return name(name).value(b);
    }

    private void value() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!first.isEmpty()) {
            separator();
        }
    }

    private void separator() {
        if (!first.isEmpty()) {
            if (!first.peek()) {
                out.append(',');
            }
            first.pop();
            first.push(Boolean.FALSE);
        }
        newline();
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(Math.max(0, depth))); //$NON-NLS-1$
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\""); //$NON-NLS-1$
                case '\\' -> out.append("\\\\"); //$NON-NLS-1$
                case '\n' -> out.append("\\n"); //$NON-NLS-1$
                case '\r' -> out.append("\\r"); //$NON-NLS-1$
                case '\t' -> out.append("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString().stripLeading() + "\n"; //$NON-NLS-1$
    }
}
