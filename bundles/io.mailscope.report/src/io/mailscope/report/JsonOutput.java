package io.mailscope.report;

import java.io.Writer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The one JSON style of every Mailscope command and export: Jackson's streaming generator (nothing is built in
 * memory, so a 1 GB report streams), two-space indentation (arrays too), {@code "name": value}, {@code []}, UTF-8 text as is (only what JSON
 * requires is escaped). The writer is flushed but never closed by the generator.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonOutput() {
    }

    /** @return a generator writing to {@code out}; flush or close it when done (closing it leaves {@code out} open) */
    public static JsonGenerator open(Writer out) {
        PrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("").withObjectEmptySeparator("")) //$NON-NLS-1$ //$NON-NLS-2$
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return FACTORY.createGenerator(new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return pretty;
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        }, out);
    }
}
