package io.mailscope.session.report;

import java.io.Writer;

import io.mailscope.report.JsonOutput;
import tools.jackson.core.JsonGenerator;

/**
 * The probe report's JSON, written through the one JSON style of every Mailscope command ({@link JsonOutput}: Jackson's
 * streaming generator), with the chaining calls the report reads best with. Nothing is kept in memory.
 */
final class Json implements AutoCloseable {

    private final JsonGenerator out;

    Json(Writer target) {
        this.out = JsonOutput.open(target);
    }

    Json beginObject() {
        out.writeStartObject();
        return this;
    }

    Json endObject() {
        out.writeEndObject();
        return this;
    }

    Json beginArray() {
        out.writeStartArray();
        return this;
    }

    Json endArray() {
        out.writeEndArray();
        return this;
    }

    Json name(String name) {
        out.writeName(name);
        return this;
    }

    Json value(String s) {
        if (s == null) {
            out.writeNull();
        } else {
            out.writeString(s);
        }
        return this;
    }

    Json value(long n) {
        out.writeNumber(n);
        return this;
    }

    Json value(double d) {
        out.writeNumber(d);
        return this;
    }

    Json value(boolean b) {
        out.writeBoolean(b);
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

    /** Ends the document (flushes; the target stays open). */
    @Override
    public void close() {
        out.close();
    }
}
