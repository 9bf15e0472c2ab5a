package io.mailscope.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ./mailscope <command>} starts code, diagnose, import, help and --version on a plain class path, and every
 * other command in the OSGi framework; both must answer alike. Each command line runs both ways on the seed traces
 * and other inputs; standard output and the exit code must be identical, and the exit code the documented one (so
 * two launches that fail alike do not pass).
 */
class LaunchPathsTest {

    static Stream<Arguments> commandLines() {
        String seed97 = "testfiles/outlook2002-pop3-0x800ccc97.log";
        String seed0f = "testfiles/telnet-pop3-0x800ccc0f.txt";
        String seed0b = "testfiles/smtp-auth-required-0x800ccc0b.txt";
        String healthy = "testfiles/pop3-healthy-fetchmail.txt";
        return Stream.of( //
                Arguments.of(0, List.of("code", "0x800CCC0F")), //
                Arguments.of(0, List.of("code", "--format", "json", "-2146644841")), //
                Arguments.of(0, List.of("code", "--list")), //
                Arguments.of(2, List.of("code", "0x80070005")), //
                Arguments.of(0, List.of("code", "550 5.7.1 Relaying denied")), //
                Arguments.of(0, List.of("code", "--format", "json", "IN-USE")), //
                Arguments.of(3, List.of("code")), //
                Arguments.of(1, List.of("diagnose", seed97)), //
                Arguments.of(1, List.of("diagnose", "-f", "json", seed97, seed0f, seed0b, healthy)), //
                Arguments.of(1, List.of("diagnose", "--format=html", seed0b)), //
                Arguments.of(1, List.of("diagnose", "testfiles")), //
                Arguments.of(0, List.of("diagnose", healthy)), //
                Arguments.of(5, List.of("diagnose", "testfiles/no-such-trace.log")), //
                Arguments.of(2, List.of("diagnose", "pom.xml")), //
                Arguments.of(3, List.of("diagnose", "--fromat", "json", seed97)), //
                Arguments.of(0, List.of("import", seed0f)), //
                Arguments.of(0, List.of("import", "-f", "json", "--summary", seed0b)), //
                Arguments.of(0, List.of("--version")), //
                Arguments.of(0, List.of("help")), //
                Arguments.of(0, List.of("help", "diagnose")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("commandLines")
    void sameOutputAndExitCodeOnBothLaunches(int expectedExit, List<String> args) throws IOException, InterruptedException {
        Mailscope.Result framework = Mailscope.run(Mailscope.PRODUCT, "osgi", args);
        Mailscope.Result classPath = Mailscope.run(Mailscope.PRODUCT, "classpath", args);
        assertEquals(expectedExit, framework.exit(), () -> "OSGi launch: " + framework);
        assertEquals(framework.exit(), classPath.exit(), () -> "plain class path launch: " + classPath);
        assertEquals(framework.stdout(), classPath.stdout());
        assertFalse((expectedExit == 0 || expectedExit == 1) && classPath.stdout().isBlank(), () -> "no results: " + classPath);
    }

    /** The automatic choice takes the plain class path for these commands on the product as built. */
    @Test
    void diagnoseStartsOnThePlainClassPathByDefault() throws IOException, InterruptedException {
        Mailscope.Result automatic = Mailscope.run(Mailscope.PRODUCT, null, List.of("diagnose", "testfiles/outlook2002-pop3-0x800ccc97.log"));
        assertEquals(1, automatic.exit(), automatic::toString);
        assertTrue(automatic.stdout().contains("DIAGNOSED 0x800CCC97"), automatic::toString);
        assertTrue(Mailscope.PRODUCT.resolve("headless/classpath").toFile().isFile(), "the launcher wrote the class path");
    }
}
