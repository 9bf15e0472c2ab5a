package io.mailscope.headless.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.FrameworkUtil;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.CommandLineTest;
import io.mailscope.headless.internal.CommandLineTest.Run;

/** {@code mailscope code} through the application's entry point, against the real catalog service. */
class CodeCommandTest {

    static Run run(String... args) {
        return CommandLineTest.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0x800CCC97", "-2146644841", "IXP_E_POP3_POPID_OUT_OF_RANGE", "2148322455", "800ccc97" })
    void everyFormPrintsTheSameCode(String form) {
        Run reference = run("code", "0x800CCC97");
        Run r = run("code", form);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertEquals(reference.out(), r.out());
        assertTrue(r.out().startsWith("0x800CCC97  IXP_E_POP3_POPID_OUT_OF_RANGE  (POP3)"), r.out());
    }

    @Test
    void aPastedDialogTextSpreadOverSeveralArgumentsResolves() {
        Run r = run("code", "Task", "'x", "-", "Sending", "and", "Receiving'", "reported", "error", "(0x800CCC97)", ":",
                "'Unknown", "Error", "0x800CCC97'");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("IXP_E_POP3_POPID_OUT_OF_RANGE"));
    }

    @Test
    void garbageExitsNonZeroWithAClearMessage() {
        Run r = run("code", "banana");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("'banana' not an error code"), r.err());
    }

    @Test
    void uncataloguedHresultIsDecoded() {
        Run r = run("code", "0x800CCCFE");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("0x800CCCFE (-2146644738) is not in the catalog: severity failure, facility 0x00C (FACILITY_INTERNET"), r.err());
    }

    @Test
    void usageErrorsExitWithThree() {
        assertEquals(ExitCode.USAGE, run("code").exit());
        assertEquals(ExitCode.USAGE, run("code", "--format", "xml", "0x800CCC0F").exit());
        assertEquals(ExitCode.USAGE, run("frobnicate").exit());
    }

    @Test
    void jsonLookupCarriesTheFullRecord() {
        Run r = run("code", "--format", "json", "0x800ccc0f");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("\"hresult\": \"0x800CCC0F\""), r.out());
        assertTrue(r.out().contains("\"decimal\": -2146644977"), r.out());
        assertTrue(r.out().contains("\"symbol\": \"IXP_E_CONNECTION_DROPPED\""), r.out());
    }

    @Test
    void listCoversEveryCodeOfTheReferenceData() throws IOException {
        Set<String> listed = run("code", "--list").out().lines().map(l -> l.substring(0, 10)).collect(Collectors.toSet());
        URL tsv = FrameworkUtil.getBundle(CodeCommandTest.class).getEntry("testfiles/reference/error-codes.tsv");
        List<String> missing = new ArrayList<>();
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(tsv.openStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null;) {
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                String hex = "0x" + line.split("\t")[0].substring(2).toUpperCase(Locale.ROOT);
                if (!listed.contains(hex)) {
                    missing.add(hex);
                }
            }
        }
        assertTrue(rows >= 148, "reference rows: " + rows);
        assertTrue(missing.isEmpty(), "not listed: " + missing);
    }

    @Test
    void listAsJsonHasOneRecordPerCode() {
        Run text = run("code", "--list");
        Run json = run("code", "--list", "--format", "json");
        assertEquals(ExitCode.OK, json.exit(), json.err());
        long records = json.out().lines().filter(l -> l.startsWith("    \"hresult\": ")).count();
        assertEquals(text.out().lines().count(), records);
    }

    @Test
    void listPrintsOneLinePerCatalogedCodeInValueOrder() {
        Run r = run("code", "--list");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() >= 3);
        List<String> hex = lines.stream().map(l -> l.substring(0, 10)).toList();
        assertEquals(hex.stream().sorted((a, b) -> Long.compare(Long.parseLong(a.substring(2), 16), Long.parseLong(b.substring(2), 16))).toList(), hex);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("0x800CCC0F  IXP_E_CONNECTION_DROPPED")));
    }
}
