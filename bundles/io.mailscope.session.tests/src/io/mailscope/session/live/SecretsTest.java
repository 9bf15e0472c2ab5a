package io.mailscope.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last: greps every byte the suite's probes produced (text reports, JSON, transcripts, serialized traces, probe
 * stdout and stderr, raw-session transcripts, the runtime's log) for the known password and its base64 forms (the
 * raw secret, AUTH PLAIN and AUTH LOGIN, with and without padding).
 */
@Order(Integer.MAX_VALUE)
class SecretsTest {

    @Test
    void noPasswordInAnythingTheSuiteProduced() throws IOException {
        List<String> outputs = new ArrayList<>(Produced.all());
        assertTrue(outputs.size() >= 60, "the secrets test runs after the probes of the suite; it saw " + outputs.size() + " outputs"); //$NON-NLS-1$ //$NON-NLS-2$
        Path log = Platform.getLogFileLocation() == null ? null : Path.of(Platform.getLogFileLocation().toOSString());
        if (log != null && Files.exists(log)) {
            outputs.add("runtime log\n" + Files.readString(log, StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
        }
        List<String> hits = new ArrayList<>();
        long bytes = 0;
        for (String output : outputs) {
            bytes += output.length();
            for (String form : Produced.forbidden()) {
                if (output.contains(form)) {
                    hits.add(form + " in " + output.substring(0, output.indexOf('\n'))); //$NON-NLS-1$
                }
            }
        }
        assertTrue(bytes > 100_000, "the suite produced " + bytes + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), hits);
    }
}
