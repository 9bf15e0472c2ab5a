package io.mailscope.headless.internal.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.mailscope.headless.internal.Command;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.OutputFormat;
import io.mailscope.headless.internal.UsageException;
import io.mailscope.headless.internal.json.JsonWriter;
import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.Exchange;
import io.mailscope.model.ImportProblem;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Repair;
import io.mailscope.model.RepairKind;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;
import io.mailscope.model.catalog.HResult;
import io.mailscope.trace.FormatMatch;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.source.SourceException;
import io.mailscope.trace.source.TraceSource;

/**
 * {@code mailscope import}: imports traces and prints the detected format and the rebuilt conversation, one line
 * per event with its source lines ({@code L57 POP3 C: STAT}, {@code L86 POP3 S: +OK 1 554}), status events, and
 * what was repaired and masked.
 */
public final class ImportCommand implements Command {

    private final Supplier<TraceImportService> service;

    public ImportCommand(Supplier<TraceImportService> service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "import"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return "import client logs and protocol transcripts and print the rebuilt conversation"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return """
                usage: mailscope import [--format-id ID] [--format text|json] [--summary] [--keep-all]
                                        [--file-timeout S] FILE...

                Detects each file's format (Outlook, Outlook Express / Windows Live Mail, Thunderbird
                MOZ_LOG, JavaMail, swaks, curl, PHPMailer, smtplib, telnet/openssl transcripts, prefixed
                logs, error dialog text), rebuilds the protocol conversation and prints one line per event
                with its source line numbers, the client status codes, repairs and masked secrets.

                  --format-id ID  use that format instead of detecting one (see the list below on error)
                  --format        text (default) or json
                  --summary       counts only (sessions, exchanges, status events, lines, bytes, time)
                  --keep-all      keep every exchange in the model, even for huge files
                  --file-timeout S  a FIFO, pipe or device that sends nothing for S seconds fails with a
                                  message and the other files go on (default 30; 0 waits for ever)

                FILE - reads standard input; FIFOs and <(process substitution) are read as streams; .gz
                files are unpacked, each member of a .zip archive is a trace of its own; UTF-16 and
                CR-only files are decoded.

                exit codes: 0 imported, 2 unrecognised or unreadable file (closest formats are listed),
                3 usage error"""; //$NON-NLS-1$
    }

    private record Options(String formatId, OutputFormat format, boolean summary, boolean keepAll, List<Path> files,
            Duration timeout) {
    }

    private static Options parse(List<String> args) throws UsageException {
        String formatId = null;
        OutputFormat format = OutputFormat.TEXT;
        boolean summary = false;
        boolean keepAll = false;
        Duration timeout = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--format-id" -> { //$NON-NLS-1$
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--format-id needs a format id"); //$NON-NLS-1$
                    }
                    formatId = args.get(++i);
                }
                case "--format" -> { //$NON-NLS-1$
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--format needs a value: text or json"); //$NON-NLS-1$
                    }
                    format = OutputFormat.parse(args.get(++i), OutputFormat.TEXT, OutputFormat.JSON);
                }
                case "--summary" -> summary = true; //$NON-NLS-1$
                case "--keep-all" -> keepAll = true; //$NON-NLS-1$
                case TraceInputs.FILE_TIMEOUT -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(TraceInputs.FILE_TIMEOUT + " needs a number of seconds"); //$NON-NLS-1$
                    }
                    timeout = TraceInputs.timeout(args.get(++i));
                }
                case "--" -> { //$NON-NLS-1$
                    // every following argument is a file, even one whose name starts with --
                    args.subList(i + 1, args.size()).forEach(f -> files.add(Path.of(f)));
                    i = args.size();
                }
                default -> {
                    if (a.startsWith("--")) { //$NON-NLS-1$
                        throw new UsageException("unknown option " + a); //$NON-NLS-1$
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("give at least one file to import"); //$NON-NLS-1$
        }
        return new Options(formatId, format, summary, keepAll, files, timeout);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            err.println("mailscope import: " + e.getMessage()); //$NON-NLS-1$
            err.println(usage());
            return ExitCode.USAGE;
        }
        TraceImportService importer = service.get();
        ImportOptions importOptions = new ImportOptions(options.formatId(), options.keepAll(), options.timeout());
        int exit = ExitCode.OK;
        JsonWriter json = options.format() == OutputFormat.JSON ? new JsonWriter(out).beginArray() : null;
        List<TraceInputs.Input> inputs = new ArrayList<>();
        for (Path file : options.files()) {
            if (!file.toString().equals(TraceSource.STANDARD_INPUT) && !Files.isReadable(file)) {
                err.println("mailscope import: " + file + ": cannot read the file"); //$NON-NLS-1$ //$NON-NLS-2$
                exit = ExitCode.BAD_INPUT;
                continue;
            }
            try {
                inputs.addAll(TraceInputs.of(file));
            } catch (SourceException e) {
                err.println("mailscope import: " + e.getMessage()); //$NON-NLS-1$
                exit = ExitCode.BAD_INPUT;
            }
        }
        for (TraceInputs.Input input : inputs) {
            Path file = input.shown();
            long start = System.nanoTime();
            try {
                ImportResult result = importer.importSource(input.source(), importOptions, null, null);
                long nanos = System.nanoTime() - start;
                if (json != null) {
                    writeJson(json, file, result, options.summary());
                } else if (options.summary()) {
                    printSummary(out, file, result, nanos);
                } else {
                    printText(out, file, result);
                }
            } catch (TraceImportException.Unrecognised e) {
                err.println("mailscope import: " + e.getMessage() + "; closest formats:"); //$NON-NLS-1$ //$NON-NLS-2$
                for (FormatMatch c : e.candidates()) {
                    err.printf(Locale.ROOT, "  %.2f  %s  [%s]%n", c.confidence(), c.name(), c.formatId()); //$NON-NLS-1$
                }
                err.println("  (use --format-id ID to force one; ids: " + importer.formats().stream() //$NON-NLS-1$
                        .map(f -> f.id()).toList() + ")"); //$NON-NLS-1$
                exit = ExitCode.BAD_INPUT;
            } catch (TraceImportException e) {
                err.println("mailscope import: " + e.getMessage()); //$NON-NLS-1$
                exit = ExitCode.BAD_INPUT;
            } catch (SourceException e) {
                err.println("mailscope import: " + file + ": " + e.reason()); //$NON-NLS-1$ //$NON-NLS-2$
                exit = ExitCode.BAD_INPUT;
            } catch (IOException e) {
                err.println("mailscope import: " + file + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
                exit = ExitCode.BAD_INPUT;
            } catch (RuntimeException e) {
                // the other files are still imported, and the JSON array still closes
                err.println("mailscope import: " + file + ": internal error while importing: " + e.getClass().getName()); //$NON-NLS-1$ //$NON-NLS-2$
                exit = ExitCode.BAD_INPUT;
            }
        }
        if (json != null) {
            json.endArray().finish();
        }
        if (out.checkError()) {
            err.println("mailscope import: standard output was closed early (e.g. by | head) or could not be written"); //$NON-NLS-1$
            return ExitCode.OUTPUT_FAILED;
        }
        return exit;
    }

    // ---- text

    private static void printSummary(PrintStream out, Path file, ImportResult result, long nanos) {
        Trace trace = result.trace();
        long exchanges = trace.getSessions().stream().mapToLong(Session::getExchangeCount).sum();
        long kept = trace.getSessions().stream().mapToLong(s -> s.getExchanges().size()).sum();
        double seconds = nanos / 1e9;
        out.printf(Locale.ROOT, "%s: %s [%s] confidence %.2f%n", file, result.format().name(), result.format().formatId(), //$NON-NLS-1$
                result.format().confidence());
        out.printf(Locale.ROOT, "lines %d, bytes %d, sessions %d, exchanges %d (kept %d), status events %d, other lines %d, " //$NON-NLS-1$
                + "repairs %d, problems %d%n", trace.getLineCount(), trace.getByteCount(), trace.getSessions().size(), exchanges, kept, //$NON-NLS-1$
                trace.getStatusEvents().size(), trace.getOtherLineCount(), trace.getRepairs().size(), trace.getProblems().size());
        out.printf(Locale.ROOT, "time %.3f s, %.1f MB/s%n", seconds, trace.getByteCount() / 1e6 / Math.max(seconds, 1e-9)); //$NON-NLS-1$
    }

    private record Row(int line, int order, String text) {
    }

    private static void printText(PrintStream out, Path file, ImportResult result) {
        Trace trace = result.trace();
        FormatMatch format = result.format();
        out.printf(Locale.ROOT, "%s: %s [%s] confidence %.2f (%d lines)%n", file, format.name(), format.formatId(), //$NON-NLS-1$
                format.confidence(), trace.getLineCount());
        int number = 0;
        for (Session session : trace.getSessions()) {
            number++;
            out.printf("session %d: %s%n", number, describe(session)); //$NON-NLS-1$
            String protocol = session.getProtocol().getLiteral();
            List<Row> rows = new ArrayList<>();
            int order = 0;
            for (Exchange exchange : session.getExchanges()) {
                int key = exchange.getCommand() != null ? exchange.getCommand().getFirstLine()
                        : exchange.getReplyLines().isEmpty() ? 0 : exchange.getReplyLines().get(0).getFirstLine();
                StringBuilder b = new StringBuilder();
                if (exchange.getCommand() != null) {
                    b.append(protocolLine(protocol, exchange.getCommand()));
                } else {
                    b.append("   (").append(exchange.getVerb()).append(')'); //$NON-NLS-1$
                }
                for (ProtocolLine reply : exchange.getReplyLines()) {
                    b.append(System.lineSeparator()).append(protocolLine(protocol, reply));
                }
                if (!exchange.isComplete()) {
                    b.append(System.lineSeparator()).append("   (no complete reply)"); //$NON-NLS-1$
                }
                rows.add(new Row(key, order++, b.toString()));
            }
            for (ConnectionEvent event : session.getConnectionEvents()) {
                rows.add(new Row(event.getFirstLine(), order++,
                        range(event) + " " + protocol + " connection " + event.getKind().getLiteral() + ": " + event.getText())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (StatusEvent status : trace.getStatusEvents()) {
                if (status.getSession() == session) {
                    rows.add(new Row(status.getFirstLine(), order++, statusLine(status)));
                }
            }
            rows.sort(Comparator.comparingInt(Row::line).thenComparingInt(Row::order));
            rows.forEach(r -> out.println(r.text()));
            if (session.getExchangeCount() > session.getExchanges().size()) {
                out.printf("   (%d of %d exchanges kept: those near failures)%n", session.getExchanges().size(), //$NON-NLS-1$
                        session.getExchangeCount());
            }
        }
        List<StatusEvent> unattached = trace.getStatusEvents().stream().filter(s -> s.getSession() == null).toList();
        if (!unattached.isEmpty()) {
            out.println("status:"); //$NON-NLS-1$
            unattached.forEach(s -> out.println(statusLine(s)));
        }
        List<Repair> masked = trace.getRepairs().stream().filter(r -> r.getKind() == RepairKind.MASKED_SECRET).toList();
        List<Repair> repairs = trace.getRepairs().stream().filter(r -> r.getKind() != RepairKind.MASKED_SECRET).toList();
        if (!repairs.isEmpty()) {
            out.println("repaired:"); //$NON-NLS-1$
            repairs.forEach(r -> out.println(range(r) + " " + r.getKind().getLiteral() + ": " + r.getDescription())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!masked.isEmpty()) {
            out.println("masked:"); //$NON-NLS-1$
            masked.forEach(r -> out.println(range(r) + " " + r.getDescription())); //$NON-NLS-1$
        }
        if (!trace.getProblems().isEmpty()) {
            out.println("problems:"); //$NON-NLS-1$
            for (ImportProblem p : trace.getProblems()) {
                out.println((p.getLine() > 0 ? "L" + p.getLine() + " " : "") + p.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        out.printf("other lines: %d%n", trace.getOtherLineCount()); //$NON-NLS-1$
        out.println();
    }

    private static String describe(Session session) {
        StringBuilder b = new StringBuilder(session.getProtocol().getLiteral());
        if (session.getHost() != null) {
            b.append(' ').append(session.getHost());
            if (session.getPort() > 0) {
                b.append(':').append(session.getPort());
            }
        }
        b.append(", TLS ").append(session.getTls().getLiteral()); //$NON-NLS-1$
        if (session.getClientProduct() != null) {
            b.append(", client ").append(session.getClientProduct()); //$NON-NLS-1$
        }
        if (session.getContextId() != null) {
            b.append(", context ").append(session.getContextId()); //$NON-NLS-1$
        }
        b.append(", ").append(session.getExchangeCount()).append(" exchanges"); //$NON-NLS-1$ //$NON-NLS-2$
        return b.toString();
    }

    private static String protocolLine(String protocol, ProtocolLine line) {
        return range(line) + " " + protocol + " " + line.getDirection().getLiteral() + ": " + line.getText() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (line.isMasked() ? "   [masked]" : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String statusLine(StatusEvent status) {
        ErrorCode code = status.getErrorCode();
        String value = status.getValue() == 0 ? "" : new HResult(status.getValue()).hex() + " "; //$NON-NLS-1$ //$NON-NLS-2$
        String catalog = code == null ? "" : (code.getSymbol() == null ? "" : code.getSymbol() + " ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (code.getTitle() == null ? "" : "(" + code.getTitle() + ") "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return range(status) + " STATUS " + value + catalog + "- " + status.getText(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String range(TraceEvent event) {
        return range(event.getFirstLine(), event.getLastLine());
    }

    private static String range(Repair repair) {
        return range(repair.getFirstLine(), repair.getLastLine());
    }

    private static String range(int first, int last) {
        return first == last ? "L" + first : "L" + first + "-" + last; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    // ---- json

    private static void writeJson(JsonWriter json, Path file, ImportResult result, boolean summary) {
        Trace trace = result.trace();
        json.beginObject().field("file", file.toString()); //$NON-NLS-1$
        json.name("format").beginObject().field("id", result.format().formatId()).field("name", result.format().name()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .field("confidence", result.format().confidence()).endObject(); //$NON-NLS-1$
        json.field("lines", trace.getLineCount()).field("bytes", trace.getByteCount()) //$NON-NLS-1$ //$NON-NLS-2$
                .field("otherLines", trace.getOtherLineCount()); //$NON-NLS-1$
        json.name("sessions").beginArray(); //$NON-NLS-1$
        for (Session session : trace.getSessions()) {
            json.beginObject().field("protocol", session.getProtocol().getLiteral()).field("host", session.getHost()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("port", session.getPort()).field("clientProduct", session.getClientProduct()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("tls", session.getTls().getLiteral()).field("contextId", session.getContextId()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("exchangeCount", session.getExchangeCount()); //$NON-NLS-1$
            if (!summary) {
                json.name("exchanges").beginArray(); //$NON-NLS-1$
                for (Exchange exchange : session.getExchanges()) {
                    json.beginObject().field("verb", exchange.getVerb()).field("tag", exchange.getTag()) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("complete", exchange.isComplete()); //$NON-NLS-1$
                    if (exchange.getCommand() != null) {
                        json.name("command"); //$NON-NLS-1$
                        writeLine(json, exchange.getCommand());
                    }
                    json.name("replies").beginArray(); //$NON-NLS-1$
                    exchange.getReplyLines().forEach(l -> writeLine(json, l));
                    json.endArray().endObject();
                }
                json.endArray();
                json.name("connectionEvents").beginArray(); //$NON-NLS-1$
                for (ConnectionEvent event : session.getConnectionEvents()) {
                    json.beginObject().field("kind", event.getKind().getLiteral()).field("firstLine", event.getFirstLine()) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("lastLine", event.getLastLine()).field("text", event.getText()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
                }
                json.endArray();
            }
            json.endObject();
        }
        json.endArray();
        json.name("statusEvents").beginArray(); //$NON-NLS-1$
        for (StatusEvent status : trace.getStatusEvents()) {
            json.beginObject().field("value", status.getValue() == 0 ? null : new HResult(status.getValue()).hex()) //$NON-NLS-1$
                    .field("symbol", status.getErrorCode() == null ? null : status.getErrorCode().getSymbol()) //$NON-NLS-1$
                    .field("session", status.getSession() == null ? -1 : trace.getSessions().indexOf(status.getSession())) //$NON-NLS-1$
                    .field("firstLine", status.getFirstLine()).field("lastLine", status.getLastLine()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("text", status.getText()).endObject(); //$NON-NLS-1$
        }
        json.endArray();
        json.name("repairs").beginArray(); //$NON-NLS-1$
        for (Repair repair : trace.getRepairs()) {
            json.beginObject().field("kind", repair.getKind().getLiteral()).field("firstLine", repair.getFirstLine()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("lastLine", repair.getLastLine()).field("description", repair.getDescription()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        json.endArray();
        json.name("problems").beginArray(); //$NON-NLS-1$
        for (ImportProblem problem : trace.getProblems()) {
            json.beginObject().field("line", problem.getLine()).field("message", problem.getMessage()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        json.endArray().endObject();
    }

    private static void writeLine(JsonWriter json, ProtocolLine line) {
        json.beginObject().field("direction", line.getDirection().getLiteral()).field("text", line.getText()) //$NON-NLS-1$ //$NON-NLS-2$
                .field("firstLine", line.getFirstLine()).field("lastLine", line.getLastLine()) //$NON-NLS-1$ //$NON-NLS-2$
                .field("offset", line.getOffset()).field("masked", line.isMasked()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
