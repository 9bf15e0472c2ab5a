package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mailscope.model.Exchange;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.tests.Imports;

/**
 * A digit run where a log names the port (a garbled line, a hostile log; found by fuzzing as
 * "Connected to pops://host:201706231210") is no port: the session's port is "not known" (0) and the rest of the
 * line and of the trace reads as with a real port, instead of the format failing on the line.
 */
class PortNumbersTest {

    @ParameterizedTest
    @CsvSource({
            // a MailKit protocol log (the prefixed format): the port in the URL of "Connected to"
            "public/008-mailkit-pop3-user-pass-success.log, pop://10.20.42.23:110/, pop://10.20.42.23:201706231210/, 110",
            "public/008-mailkit-pop3-user-pass-success.log, pop://10.20.42.23:110/, pop://10.20.42.23:65536/, 110",
            // an Outlook 2003+ log: the "Port: n, Secure: NO" line
            "written/outlook2010-pop3-smtp.log, 'Port: 110, Secure', 'Port: 4294967296, Secure', 110",
            "written/outlook2010-pop3-smtp.log, 'Port: 110, Secure', 'Port: 70000, Secure', 110",
            // curl -v: "Connected to host (address) port n"
            "captured/curl_pop.txt, '(127.0.0.1) port 2110 ', '(127.0.0.1) port 99999999999 ', 2110",
            // JavaMail / Jakarta Mail debug output: "connecting to host "h", port n, isSSL false"
            "captured/jm14_pop.txt, 'port 2110, isSSL', 'port 21100000000, isSSL', 2110" })
    void aNumberThatIsNoPortLeavesThePortUnknownAndTheRestAsItWas(String file, String port, String noPort, int realPort) throws Exception {
        String text = Files.readString(Imports.file(file), StandardCharsets.UTF_8);
        assertTrue(text.contains(port), file + " has " + port);
        Trace real = Imports.importText(text).trace();
        ImportResult garbled = Imports.importText(text.replace(port, noPort));

        String problems = garbled.trace().getProblems().stream().map(p -> p.getLine() + ": " + p.getMessage()).collect(Collectors.joining("\n"));
        assertTrue(garbled.trace().getProblems().stream().noneMatch(p -> String.valueOf(p.getMessage()).contains("failed")), problems);
        Session first = garbled.trace().getSessions().get(0);
        assertEquals(realPort, real.getSessions().get(0).getPort());
        assertEquals(0, first.getPort(), "the session's port is not known");
        assertEquals(commands(real), commands(garbled.trace()), "the same exchanges as with the real port");
        assertEquals(real.getSessions().size(), garbled.trace().getSessions().size());
    }

    private static List<String> commands(Trace trace) {
        return trace.getSessions().stream().flatMap(s -> s.getExchanges().stream()).map(Exchange::getVerb).toList();
    }
}
