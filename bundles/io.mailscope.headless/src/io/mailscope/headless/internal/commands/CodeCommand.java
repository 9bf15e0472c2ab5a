package io.mailscope.headless.internal.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.mailscope.headless.internal.ColorOption;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.MailscopeCommand;
import io.mailscope.headless.internal.OutputFormat;
import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.ProtocolReply;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.model.catalog.HResult;
import io.mailscope.model.catalog.LookupResult;
import io.mailscope.report.JsonOutput;
import io.mailscope.report.TextStyle;
import io.mailscope.report.TextStyle.Highlight;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import tools.jackson.core.JsonGenerator;

/**
 * {@code mailscope code}: looks an error code up in the catalog, or lists the catalog; what is not an Outlook code is
 * looked up in the reply knowledge (server reply codes and texts).
 */
@Command(name = "code", sortOptions = false, //
        description = { "Looks an error code, a server reply code or a reply text up in the catalog, or lists the catalog.", "",
                "CODE-OR-TEXT may be hex (0x800CCC0F, 800ccc0f), signed or unsigned decimal (-2146644977, 2148322319), "
                        + "a symbol (IXP_E_CONNECTION_DROPPED) or a whole error message "
                        + "(\"Task 'x' reported error (0x800CCC97) : ...\"); several words are joined. "
                        + "A valid HRESULT that is not catalogued is decoded (severity, facility, code).", "",
                "Server replies are looked up in the catalog's reply knowledge: an SMTP enhanced status code (5.7.1) or "
                        + "reply code (550), a POP3/IMAP response code (IN-USE, AUTHENTICATIONFAILED) or a whole reply or "
                        + "error text (\"550 5.7.1 Relaying denied\"); each entry found is printed with the registry's title, "
                        + "what it means, the catalog cause with its Outlook code and the fix to tell the user." }, //
        exitCodeListHeading = "%nExit codes:%n", //
        exitCodeList = { "0:found", "2:not catalogued or not an error code", "3:usage error", "4:the output could not be written" })
public final class CodeCommand implements Callable<Integer> {

    private final Supplier<CatalogService> catalog;

    @Spec
    private CommandSpec spec;

    @Option(names = "--list", description = "list every catalogued code: hex, symbol, family, title")
    private boolean list;

    @Option(names = { "-f", "--format" }, paramLabel = "FORMAT", converter = OutputFormat.TextOrJson.class,
            completionCandidates = OutputFormat.TextOrJson.class,
            description = "text (default) or json")
    private OutputFormat format = OutputFormat.TEXT;

    @Mixin
    private ColorOption color;

    @Parameters(paramLabel = "CODE-OR-TEXT", arity = "0..*", description = "the code, symbol, reply code or error text to look up")
    private List<String> words = new ArrayList<>();

    public CodeCommand(Supplier<CatalogService> catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = lookUp(catalog.get(), out, err);
        if (out.checkError()) {
            err.println("mailscope code: standard output was closed early (e.g. by | head) or could not be written"); //$NON-NLS-1$
            return Integer.valueOf(ExitCode.OUTPUT_FAILED);
        }
        return Integer.valueOf(exit);
    }

    /**
     * Codes may be negative decimals ({@code -2146644977}) and pasted texts may hold a lone dash, so the words are
     * taken as they come; only a word that looks like a long option is refused, with picocli's suggestions.
     */
    private void validate() {
        for (String word : words) {
            if (word.startsWith("--") && word.length() > 2 && Character.isLetter(word.charAt(2))) { //$NON-NLS-1$
                throw new UnmatchedArgumentException(spec.commandLine(), List.of(word));
            }
        }
        if (list == !words.isEmpty()) {
            throw new ParameterException(spec.commandLine(), list ? "--list takes no code" : "give a code to look up, or --list"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private int lookUp(CatalogService service, PrintWriter out, PrintWriter err) {
        if (list) {
            return list(service, format, out);
        }
        String pasted = String.join(" ", words); //$NON-NLS-1$
        LookupResult result = service.lookup(pasted);
        if (!(result instanceof LookupResult.Catalogued)) {
            // 550 parses as a (meaningless) decimal HRESULT: what the server said is what the engineer asks about
            List<ReplyKnowledgeSearch.Found> replies = ReplyKnowledgeSearch.search(service.catalog(), service.replies(), pasted);
            if (!replies.isEmpty()) {
                ReplyKnowledgeOutput output = new ReplyKnowledgeOutput(service);
                if (format == OutputFormat.JSON) {
                    try (JsonGenerator json = JsonOutput.open(out)) {
                        output.json(pasted.strip(), replies, json);
                        json.writeRaw(System.lineSeparator());
                    }
                } else {
                    output.text(replies, out, color.style(MailscopeCommand.terminal(spec)));
                }
                return ExitCode.OK;
            }
        }
        return switch (result) {
            case LookupResult.Catalogued(ErrorCode code) -> {
                if (format == OutputFormat.JSON) {
                    try (JsonGenerator json = JsonOutput.open(out)) {
                        writeJson(json, code);
                        json.writeRaw(System.lineSeparator());
                    }
                } else {
                    printText(code, out, color.style(MailscopeCommand.terminal(spec)));
                }
                yield ExitCode.OK;
            }
            case LookupResult.NotCatalogued(HResult h) -> {
                if (format == OutputFormat.JSON) {
                    try (JsonGenerator json = JsonOutput.open(out)) {
                        json.writeStartObject();
                        json.writeStringProperty("hresult", h.hex()); //$NON-NLS-1$
                        json.writeNumberProperty("decimal", h.value()); //$NON-NLS-1$
                        json.writeBooleanProperty("catalogued", false); //$NON-NLS-1$
                        json.writeBooleanProperty("failure", h.isFailure()); //$NON-NLS-1$
                        json.writeNumberProperty("facility", h.facility()); //$NON-NLS-1$
                        json.writeNumberProperty("code", h.code()); //$NON-NLS-1$
                        json.writeEndObject();
                        json.writeRaw(System.lineSeparator());
                    }
                }
                err.println("mailscope code: " + h.hex() + " (" + h.value() + ") is not in the catalog: " + h.describe()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                yield ExitCode.BAD_INPUT;
            }
            case LookupResult.Unrecognised(String input, String reason) -> {
                err.println("mailscope code: '" + input + "' " + reason //$NON-NLS-1$ //$NON-NLS-2$
                        + "; nor a server reply code (5.7.1, 550, IN-USE, AUTHENTICATIONFAILED) or reply text the catalog knows"); //$NON-NLS-1$
                yield ExitCode.BAD_INPUT;
            }
        };
    }

    private static int list(CatalogService service, OutputFormat format, PrintWriter out) {
        List<ErrorCode> codes = service.catalog().getCodes().stream()
                .sorted((a, b) -> Integer.compareUnsigned(a.getValue(), b.getValue())).toList();
        if (format == OutputFormat.JSON) {
            try (JsonGenerator json = JsonOutput.open(out)) {
                json.writeStartArray();
                codes.forEach(c -> writeJson(json, c));
                json.writeEndArray();
                json.writeRaw(System.lineSeparator());
            }
        } else {
            for (ErrorCode c : codes) {
                out.printf("%s  %-40s  %-20s  %s%n", ErrorCodes.hex(c), nonNull(c.getSymbol()), c.getFamily().getLiteral(), //$NON-NLS-1$
                        nonNull(c.getTitle()));
            }
        }
        return ExitCode.OK;
    }

    private static void printText(ErrorCode code, PrintWriter out, TextStyle style) {
        HResult h = new HResult(code.getValue());
        out.printf("%s  (%s)%n", style.apply(Highlight.CODE, h.hex() + "  " + nonNull(code.getSymbol())), code.getFamily().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
        out.println(nonNull(code.getTitle()));
        out.printf("Decimal: %d (unsigned %d)%n", h.value(), h.unsigned()); //$NON-NLS-1$
        printField(out, "Meaning", code.getMeaning()); //$NON-NLS-1$
        printField(out, "Client shows", code.getClientMessage()); //$NON-NLS-1$
        printField(out, "In a trace", code.getTraceSignal()); //$NON-NLS-1$
        if (!code.getCauses().isEmpty()) {
            out.println("Causes:"); //$NON-NLS-1$
            for (Cause cause : code.getCauses()) {
                out.printf("  [%s] %s: %s%n", cause.getCategory().getLiteral(), cause.getId(), nonNull(cause.getTitle())); //$NON-NLS-1$
                if (cause.getDescription() != null) {
                    out.println("      " + cause.getDescription()); //$NON-NLS-1$
                }
                cause.getChecks().forEach(c -> out.println("      Check: " + c)); //$NON-NLS-1$
                cause.getUserRemedies().forEach(r -> out.println("      Tell the user: " + r)); //$NON-NLS-1$
                cause.getAdminRemedies().forEach(r -> out.println("      Server admin: " + r)); //$NON-NLS-1$
            }
        }
        if (!code.getReplies().isEmpty()) {
            out.println("Protocol replies that lead to it:"); //$NON-NLS-1$
            for (ProtocolReply reply : code.getReplies()) {
                out.printf("  %s %s: %s%n", reply.getProtocol().getLiteral(), reply.getReply(), nonNull(reply.getMeaning())); //$NON-NLS-1$
            }
        }
    }

    private static void printField(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.println(label + ": " + value); //$NON-NLS-1$
        }
    }

    static void writeJson(JsonGenerator json, ErrorCode code) {
        HResult h = new HResult(code.getValue());
        json.writeStartObject();
        json.writeStringProperty("hresult", h.hex()); //$NON-NLS-1$
        json.writeNumberProperty("decimal", h.value()); //$NON-NLS-1$
        json.writeNumberProperty("unsigned", h.unsigned()); //$NON-NLS-1$
        json.writeStringProperty("symbol", code.getSymbol()); //$NON-NLS-1$
        json.writeStringProperty("family", code.getFamily().getLiteral()); //$NON-NLS-1$
        json.writeBooleanProperty("success", code.isSuccess()); //$NON-NLS-1$
        json.writeStringProperty("title", code.getTitle()); //$NON-NLS-1$
        json.writeStringProperty("meaning", code.getMeaning()); //$NON-NLS-1$
        json.writeStringProperty("clientMessage", code.getClientMessage()); //$NON-NLS-1$
        json.writeStringProperty("traceSignal", code.getTraceSignal()); //$NON-NLS-1$
        json.writeArrayPropertyStart("causes"); //$NON-NLS-1$
        for (Cause cause : code.getCauses()) {
            json.writeStartObject();
            json.writeStringProperty("id", cause.getId()); //$NON-NLS-1$
            json.writeStringProperty("category", cause.getCategory().getLiteral()); //$NON-NLS-1$
            json.writeStringProperty("title", cause.getTitle()); //$NON-NLS-1$
            json.writeStringProperty("description", cause.getDescription()); //$NON-NLS-1$
            strings(json, "checks", cause.getChecks()); //$NON-NLS-1$
            strings(json, "userRemedies", cause.getUserRemedies()); //$NON-NLS-1$
            strings(json, "adminRemedies", cause.getAdminRemedies()); //$NON-NLS-1$
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("replies"); //$NON-NLS-1$
        for (ProtocolReply reply : code.getReplies()) {
            json.writeStartObject();
            json.writeStringProperty("protocol", reply.getProtocol().getLiteral()); //$NON-NLS-1$
            json.writeStringProperty("reply", reply.getReply()); //$NON-NLS-1$
            json.writeStringProperty("meaning", reply.getMeaning()); //$NON-NLS-1$
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        values.forEach(json::writeString);
        json.writeEndArray();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}
