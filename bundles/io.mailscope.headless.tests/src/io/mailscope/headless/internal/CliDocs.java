package io.mailscope.headless.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Generates the bash/zsh completion script and one manual page per command (AsciiDoc) from the command definitions,
 * with picocli's AutoComplete and ManPageGenerator. {@code CliDocsTest} checks that the committed files are current
 * and rewrites them when asked (tools/cli-docs/generate.sh).
 */
final class CliDocs {

    /** Where the files live, relative to this bundle's folder (the tests' working directory). */
    static final Path REPOSITORY = Path.of("../..");
    static final Path COMPLETION = Path.of("features/io.mailscope.core.feature/rootfiles/mailscope-completion.bash");
    static final Path MAN_PAGES = Path.of("docs/man");

    private CliDocs() {
    }

    /** @return the installed command line with a version that does not change from build to build */
    static CommandLine commandLine() {
        CommandLine commandLine = MailscopeCli.commandLine(MailscopeCli.commands(), Terminal.NONE);
        Version v = FrameworkUtil.getBundle(MailscopeCli.class).getVersion();
        String version = "Mailscope " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        setVersion(commandLine, version);
        return commandLine;
    }

    private static void setVersion(CommandLine commandLine, String version) {
        commandLine.getCommandSpec().versionProvider(() -> new String[] { version });
        commandLine.getSubcommands().values().forEach(sub -> setVersion(sub, version));
    }

    /** @return file (relative to the repository) to content */
    static Map<Path, String> generate() {
        CommandLine commandLine = commandLine();
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(COMPLETION, completion(commandLine));
        addManPages(commandLine, files);
        return files;
    }

    /**
     * picocli registers the function for the command name {@code mailscope}; people also type {@code ./mailscope} in
     * the project folder, which bash matches literally, so it is registered too.
     */
    private static String completion(CommandLine commandLine) {
        String script = AutoComplete.bash("mailscope", commandLine); //$NON-NLS-1$
        return script + System.lineSeparator() + "# ./mailscope in the Mailscope folder" + System.lineSeparator()
                + "complete -F _complete_mailscope -o default ./mailscope" + System.lineSeparator();
    }

    private static void addManPages(CommandLine commandLine, Map<Path, String> files) {
        CommandSpec spec = commandLine.getCommandSpec();
        StringWriter page = new StringWriter();
        try (PrintWriter out = new PrintWriter(page)) {
            ManPageGenerator.writeSingleManPage(out, spec);
        }
        files.put(MAN_PAGES.resolve(spec.qualifiedName("-") + ".adoc"), page.toString());
        commandLine.getSubcommands().values().forEach(sub -> addManPages(sub, files));
    }
}
