package io.mailscope.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped completion script and the manual pages in docs/man are what picocli generates from the commands today
 * (with {@code MAILSCOPE_WRITE_CLI_DOCS=1} in the environment the test writes them instead: tools/cli-docs/generate.sh),
 * and the completion script completes commands, options and option values in a real bash.
 */
class CliDocsTest {

    @Test
    void completionScriptAndManPagesAreCurrent() throws IOException {
        Map<Path, String> generated = CliDocs.generate();
        boolean write = "1".equals(System.getenv("MAILSCOPE_WRITE_CLI_DOCS"));
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, String> file : generated.entrySet()) {
            Path path = CliDocs.REPOSITORY.resolve(file.getKey());
            if (write) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            } else if (!Files.exists(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
                stale.add(file.getKey().toString());
            }
        }
        try (Stream<Path> pages = Files.list(CliDocs.REPOSITORY.resolve(CliDocs.MAN_PAGES))) {
            pages.map(p -> CliDocs.MAN_PAGES.resolve(p.getFileName())).filter(p -> !generated.containsKey(p))
                    .forEach(p -> stale.add(p + " (no such command any more)"));
        }
        assertEquals(List.of(), stale, "run tools/cli-docs/generate.sh and commit the result");
        assertTrue(generated.keySet().containsAll(List.of(CliDocs.MAN_PAGES.resolve("mailscope-diagnose.adoc"),
                CliDocs.MAN_PAGES.resolve("mailscope-import.adoc"), CliDocs.MAN_PAGES.resolve("mailscope-code.adoc"))));
    }

    /** @return what bash's completion offers for {@code line} (the cursor at its end) with the shipped script */
    static List<String> complete(String line) throws IOException, InterruptedException {
        Path script = CliDocs.REPOSITORY.resolve(CliDocs.COMPLETION).toAbsolutePath();
        String program = """
                source "$1"
                COMP_LINE="$2"
                COMP_POINT=${#COMP_LINE}
                read -r -a COMP_WORDS <<< "$COMP_LINE"
                if [[ "$COMP_LINE" == *" " ]]; then COMP_WORDS+=(""); fi
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                _complete_mailscope
                printf '%s\\n' "${COMPREPLY[@]}"
                """;
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program, "bash", script.toString(), line)
                // compopt complains outside a real completion; only the offered words matter
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), output);
        return output.lines().map(String::trim).filter(s -> !s.isEmpty()).sorted().toList();
    }

    /** Quoted lines end with a space: complete the next word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "mailscope diag|diagnose", //
            "./mailscope diag|diagnose", //
            "'mailscope '|code diagnose help import", //
            "mailscope diagnose --fo|--format", //
            "'mailscope diagnose --format '|html json text", //
            "'mailscope import -f '|json text", //
            "mailscope code --li|--list", //
            "'mailscope diagnose --color '|always auto never", //
            "mailscope help di|diagnose" })
    void bashCompletesCommandsOptionsAndValues(String line, String expected) throws Exception {
        List<String> offered = complete(line);
        for (String word : expected.split(" ")) {
            assertTrue(offered.contains(word), word + " for '" + line + "' in " + offered);
        }
    }

    @Test
    void bashOffersEveryOptionOfACommand() throws Exception {
        List<String> offered = complete("mailscope diagnose -");
        for (String option : List.of("-f", "--format", "-o", "--output", "-q", "--quiet", "--color", "-h", "--help", "-V", "--version")) {
            assertTrue(offered.contains(option), option + " in " + offered);
        }
    }
}
