package io.mailscope.testserver.tests.stubs;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.mailscope.testserver.spi.ScenarioBehaviour;
import io.mailscope.testserver.spi.ScenarioConnection;

/** A team's Java scenario: the first RCPT of the first connection is deferred (greylisting), later ones are accepted. */
public final class GreylistingScenario implements ScenarioBehaviour {

    private final AtomicInteger connections = new AtomicInteger();

    @Override
    public void serve(ScenarioConnection connection) throws IOException {
        boolean first = connections.incrementAndGet() == 1;
        connection.send("220 mx.acme.example ESMTP");
        String line;
        while ((line = connection.readLine()) != null) {
            String verb = line.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO", "HELO" -> connection.send("250 mx.acme.example");
                case "MAIL" -> connection.send("250 2.1.0 Ok");
                case "RCPT" -> connection.send(first ? "450 4.7.1 Greylisted, please try again later" : "250 2.1.5 Ok");
                case "QUIT" -> {
                    connection.send("221 2.0.0 Bye");
                    return;
                }
                default -> connection.send("502 5.5.2 Error: command not recognized");
            }
        }
    }
}
