package io.mailscope.trace.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;

import io.mailscope.model.ErrorCode;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.RepairKind;
import io.mailscope.model.Trace;
import io.mailscope.trace.CountedSessions;
import io.mailscope.trace.FormatMatch;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.RoutineExchangePolicy;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.index.IndexProgress;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.internal.conversation.ConversationBuilder;
import io.mailscope.trace.internal.conversation.RoutineRun;
import io.mailscope.trace.internal.conversation.RoutineSession;
import io.mailscope.trace.internal.conversation.RoutineSessions;
import io.mailscope.trace.internal.formats.BuiltInFormats;
import io.mailscope.trace.internal.formats.OutlookRoutineSession;
import io.mailscope.trace.internal.formats.RoutineTriage;
import io.mailscope.trace.internal.index.BackgroundIndexedTrace;
import io.mailscope.trace.internal.index.RecordIndexFile;
import io.mailscope.trace.internal.index.RecordObserver;
import io.mailscope.trace.internal.index.StructuralIndexing;
import io.mailscope.trace.internal.read.DecodedLine;
import io.mailscope.trace.internal.read.LineReader;
import io.mailscope.trace.internal.source.ReadableTraceStream;
import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.source.ReadableTrace;
import io.mailscope.trace.source.SourceLimits;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.source.TraceSources;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * The import pipeline: sample → detection → streaming parse → conversation rebuilding. Independent of the OSGi
 * service so tests and tools can run it with any list of formats, also without an OSGi framework. Every call into a
 * format (confidence, parser creation, each parsed line) runs inside {@link SafeRunner} and within a time budget; a
 * failing, looping or blocking format is reported to the {@link FormatProblems} (which logs it against the
 * contributing bundle) and never takes the import down: a parser that does not return within
 * {@link #parseBudget(Duration) its budget} is abandoned and the import keeps what was read before.
 * <p>
 * Record stream hook: every record a parser emits passes, in source order and on the importing thread, through the
 * {@link TraceSink}s given to {@link #recordConsumer(TraceSink)} before conversation rebuilding sees it (for
 * indexing, statistics, or a copy of the compact tier). They must be fast; what they throw is not caught.
 */
public final class TraceImporter {

    /** Below this confidence a format is not used by detection. */
    public static final double MIN_CONFIDENCE = 0.3;
    /** Lines of another format in the sample that make the import report a mixed input. */
    public static final int MIXED_LINES = 2;
    private static final int SAMPLE_MAX_BYTES = 1 << 20;
    private static final long PROGRESS_STEP_BYTES = 1 << 20;
    /** Inputs from this size on are read and parsed on a second thread while this one rebuilds conversations. */
    public static final long PARSE_THREAD_MIN_BYTES = 8L << 20;

    /** A format as the importer sees it: its metadata, and the implementation created on demand. */
    public interface FormatHandle {
        TraceFormatInfo info();

        /** @return the implementation, or empty when it cannot be created (already reported) */
        Optional<TraceFormat> format();
    }

    /** Where failures of contributed code go (the OSGi service logs them with the contributor's bundle id). */
    public interface FormatProblems {
        void failed(TraceFormatInfo format, String what, Throwable error);
    }

    /** Time a format's detector may take on one sample (the first lines of a file). */
    static final long DETECTION_BUDGET_MILLIS = 2_000;
    /** Time one call of a parser (one line, or finish) may take by default. */
    public static final Duration DEFAULT_PARSE_BUDGET = Duration.ofMillis(Long.getLong("io.mailscope.trace.parseBudgetMillis", 10_000)); //$NON-NLS-1$
    /** Detection threads of an importer that owns its pool. */
    private static final int OWN_DETECTION_THREADS = 2;

    private final List<? extends FormatHandle> formats;
    private final IntFunction<ErrorCode> codes;
    private final FormatProblems problems;
    private final ExecutorService detectors;
    private final List<TraceSink> recordConsumers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private long parseThreadMinBytes = PARSE_THREAD_MIN_BYTES;
    private long parseBudgetNanos = DEFAULT_PARSE_BUDGET.toNanos();

    /**
     * An importer with a small detection pool of its own (its idle threads end after a few seconds), for tests and
     * tools.
     */
    public TraceImporter(List<? extends FormatHandle> formats, IntFunction<ErrorCode> codes, FormatProblems problems) {
        this(formats, codes, problems, BoundedPool.create("Mailscope trace format detection", OWN_DETECTION_THREADS)); //$NON-NLS-1$
    }

    /**
     * @param detectors runs format detectors within their budget; owned by the caller (see {@link BoundedPool})
     */
    public TraceImporter(List<? extends FormatHandle> formats, IntFunction<ErrorCode> codes, FormatProblems problems,
            ExecutorService detectors) {
        this.formats = List.copyOf(formats);
        this.codes = codes;
        this.problems = problems;
        this.detectors = detectors;
    }

    /**
     * Sets how long one call into a parser may take before it is abandoned ({@link #DEFAULT_PARSE_BUDGET} by default).
     *
     * @return this
     */
    public TraceImporter parseBudget(Duration budget) {
        this.parseBudgetNanos = budget.toNanos();
        return this;
    }

    /**
     * Adds a consumer of the compact record stream (see the class comment).
     *
     * @return this
     */
    public TraceImporter recordConsumer(TraceSink consumer) {
        recordConsumers.add(consumer);
        return this;
    }

    /**
     * Sets from which input size lines are read and parsed on a second thread ({@link #PARSE_THREAD_MIN_BYTES} by default;
     * 0 always, {@link Long#MAX_VALUE} never). The result of an import does not depend on it.
     *
     * @return this
     */
    public TraceImporter parseThreadMinBytes(long bytes) {
        this.parseThreadMinBytes = bytes;
        return this;
    }

    public List<TraceFormatInfo> formats() {
        return formats.stream().map(FormatHandle::info).toList();
    }

    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException;
    }

    public ImportResult importFile(Path file, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
            throws IOException, TraceImportException {
        return importSource(TraceSource.of(file), options, listener, monitor);
    }

    /**
     * Imports any source: a file (regular, FIFO, {@code /dev/fd/N}, gzip, UTF-16, CR-only), a stream, pasted text,
     * a zip member. What cannot be read twice is spooled while it is read, and deleted at the end.
     */
    public ImportResult importSource(TraceSource source, ImportOptions options, TraceListener listener,
            IProgressMonitor monitor) throws IOException, TraceImportException {
        try (ReadableTrace input = TraceSources.open(source, sourceLimits(options))) {
            return importReadable(input, options, listener, monitor, null);
        }
    }

    /**
     * Opens a trace for paging: the import runs on a background thread and the record index grows meanwhile.
     *
     * @throws IOException when the source cannot be opened or the temporary index cannot be created
     */
    public IndexedTrace openIndexed(TraceSource source, ImportOptions options,
            TraceListener listener, IndexProgress progress) throws IOException {
        SourceLimits limits = sourceLimits(options);
        ReadableTrace input = TraceSources.open(source, limits);
        RecordIndexFile index;
        try {
            index = new RecordIndexFile(limits.spoolDirectory(), progress);
        } catch (IOException e) {
            input.close();
            throw e;
        }
        return new BackgroundIndexedTrace(input, index,
                monitor -> importReadable(input, options, listener, monitor, index));
    }

    /** @return the default source limits with the no-data timeout the options give */
    public static SourceLimits sourceLimits(ImportOptions options) {
        SourceLimits limits = SourceLimits.defaults();
        return options == null || options.noDataTimeout() == null ? limits
                : limits.withNoDataTimeout(options.noDataTimeout());
    }

    /**
     * Imports an opened source.
     *
     * @param index receives every protocol record and the progress, and gets the re-parser for pages once the format
     *            is known; null for none
     */
    public ImportResult importReadable(ReadableTrace input, ImportOptions options, TraceListener listener,
            IProgressMonitor monitor, RecordIndexFile index) throws IOException, TraceImportException {
        long size = input.size() >= 0 ? input.size() : input.expectedSize() >= 0 ? input.expectedSize() : Long.MAX_VALUE;
        return run(input.name(), input::openStream, size, options, listener, monitor, input, index);
    }

    /**
     * Reads {@code input} again from a line start through a new parser of format {@code formatId}, feeding the
     * records to {@code sink} exactly as the import did (binary lines skipped, repairs recorded).
     */
    public void reparse(String formatId, ReadableTrace input, long offset, int linesBefore, TraceSink sink,
            java.util.function.IntPredicate enough) throws IOException {
        FormatHandle handle = formats.stream().filter(f -> f.info().id().equals(formatId)).findFirst()
                .orElseThrow(() -> new IOException("format '" + formatId + "' is no longer installed")); //$NON-NLS-1$ //$NON-NLS-2$
        TraceFormat format = handle.format()
                .orElseThrow(() -> new IOException("format '" + formatId + "' cannot be loaded")); //$NON-NLS-1$ //$NON-NLS-2$
        TraceParser parser = guarded(handle.info(), "newParser", format::newParser); //$NON-NLS-1$
        if (parser == null) {
            throw new IOException("format '" + formatId + "' failed to create a parser"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try (InputStream in = new ReadableTraceStream(input, offset)) {
            LineReader reader = new LineReader(in).startingAt(offset, linesBefore);
            Feeder feeder = new Feeder(new GuardedParser(handle.info(), parser, sink, null), sink);
            DecodedLine line;
            while ((line = reader.next()) != null) {
                feeder.line(line);
                if (enough.test(line.number())) {
                    return;
                }
            }
            feeder.finish();
        }
    }


    public ImportResult importText(String name, String text, ImportOptions options, TraceListener listener)
            throws TraceImportException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            return run(name, () -> new ByteArrayInputStream(bytes), bytes.length, options, listener, null, null, null);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e); //$NON-NLS-1$
        }
    }

    private ImportResult run(String name, Source source, long size, ImportOptions options, TraceListener listener,
            IProgressMonitor monitor, ReadableTrace input, RecordIndexFile index) throws IOException, TraceImportException {
        ImportOptions opts = options == null ? ImportOptions.DEFAULT : options;
        SampleRead sample = readSample(name, source);
        if (sample.mostlyBinary() && opts.formatId() == null) {
            throw new TraceImportException(name + ": binary content at line " + sample.firstBinary().number() //$NON-NLS-1$
                    + ", byte offset " + sample.firstBinary().offset() + "; not a mail trace"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<FormatMatch> candidates = detect(sample.sample());
        FormatHandle chosen;
        FormatMatch match;
        if (opts.formatId() != null) {
            chosen = formats.stream().filter(f -> f.info().id().equals(opts.formatId())).findFirst()
                    .orElseThrow(() -> new TraceImportException("unknown format id '" + opts.formatId() //$NON-NLS-1$
                            + "'; known: " + formats.stream().map(f -> f.info().id()).toList())); //$NON-NLS-1$
            match = candidates.stream().filter(c -> c.formatId().equals(opts.formatId())).findFirst()
                    .orElse(new FormatMatch(chosen.info().id(), chosen.info().name(), 0));
        } else {
            if (candidates.isEmpty() || candidates.get(0).confidence() < MIN_CONFIDENCE) {
                throw new TraceImportException.Unrecognised(name, candidates.subList(0, Math.min(5, candidates.size())));
            }
            match = candidates.get(0);
            chosen = formats.stream().filter(f -> f.info().id().equals(match.formatId())).findFirst().orElseThrow();
        }
        Optional<TraceFormat> format = chosen.format();
        if (format.isEmpty()) {
            throw new TraceImportException("format '" + chosen.info().id() + "' cannot be loaded (see the error log)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (index != null) {
            String formatId = chosen.info().id();
            index.reparser((offset, linesBefore, sink, enough) -> reparse(formatId, input, offset, linesBefore, sink, enough));
            if (input != null && StructuralIndexing.covers(chosen.info(), format.get())) {
                // the whole index from the bytes first (pages, filters and the row count at once), then the import,
                // which checks each entry and goes on where the structural pass stopped; the pass needs only the
                // format, so the import's set-up (trace model, builder, parser) comes after it and not before
                StructuralIndexing.build(input, index, () -> monitor != null && monitor.isCanceled());
            }
        }
        Trace trace = MailscopeFactory.eINSTANCE.createTrace();
        trace.setSource(name);
        trace.setFormatId(chosen.info().id());
        trace.setFormatName(chosen.info().name());
        ConversationBuilder builder = new ConversationBuilder(trace, new GuardedListener(listener), codes,
                opts.keepAllExchanges());
        if (index != null) {
            builder.observer(index);
        }
        TraceParser parser = guarded(chosen.info(), "newParser", () -> format.get().newParser()); //$NON-NLS-1$
        if (parser == null) {
            throw new TraceImportException("format '" + chosen.info().id() + "' failed to create a parser (see the error log)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        reportMixedInput(sample.sample(), chosen, format.get(), builder);
        // with a record index the import may count routine runs (on the run workers, as without one) only when the
        // structural pass indexed every record from the bytes: the counted records are checked against their entries
        // (RecordIndexFile.countedRecords), the index does not need the import to write them
        boolean routineCounted = FastPath.enabled() && !opts.keepAllExchanges()
                && (index == null || index.builtFromTheBytes()) && recordConsumers.isEmpty()
                && listener instanceof RoutineExchangePolicy policy && !policy.needsRoutineExchanges()
                && BuiltInFormats.BUNDLE.equals(chosen.info().contributor())
                && parser instanceof RoutineTriage;
        stream(source, size, chosen.info(), parser, builder, trace, monitor, index, routineCounted, input);
        if (index != null && index.countedDisagreement() != null) {
            // the import did not parse these records, so it cannot put its own in their place: no diagnosis over an
            // index that is known to be wrong
            throw new TraceImportException(name + ": the record index built from the bytes differs from the import: " //$NON-NLS-1$
                    + index.countedDisagreement());
        }
        if (index != null && index.importCompleted() > 0) {
            builder.problem(0, "the record index built from the bytes differed from the import in " + index.corrections() //$NON-NLS-1$
                    + " records; the import's records are shown"); //$NON-NLS-1$
        }
        builder.finish();
        return new ImportResult(trace, match, candidates);
    }

    /**
     * A paste that holds lines of another format than the one used: the other lines are kept as other lines, and
     * the user is told (the sample's lines claimed by another format but not by the chosen one are counted).
     */
    private void reportMixedInput(Sample sample, FormatHandle chosen, TraceFormat used, ConversationBuilder builder) {
        for (FormatHandle other : formats) {
            if (other == chosen || other.format().isEmpty()) {
                continue;
            }
            TraceFormat format = other.format().get();
            Integer foreign = guarded(other.info(), "claims", () -> { //$NON-NLS-1$
                int count = 0;
                for (String line : sample.lines()) {
                    if (format.claims(line) && !used.claims(line)) {
                        count++;
                    }
                }
                return Integer.valueOf(count);
            });
            if (foreign != null && foreign.intValue() >= MIXED_LINES) {
                builder.problem(0, "mixed input: " + foreign + " lines look like " + other.info().name() //$NON-NLS-1$ //$NON-NLS-2$
                        + "; they were read as " + chosen.info().name() + " and are kept as other lines where they do not fit"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private record SampleRead(Sample sample, DecodedLine firstBinary, int binaryLines) {
        /** @return true when binary lines make up at least half of the sample: a binary file, not a trace */
        boolean mostlyBinary() {
            return firstBinary != null && binaryLines >= sample.lines().size();
        }
    }

    private static SampleRead readSample(String name, Source source) throws IOException {
        List<String> lines = new ArrayList<>();
        DecodedLine firstBinary = null;
        int binaryLines = 0;
        try (InputStream in = source.open()) {
            LineReader reader = new LineReader(in);
            DecodedLine line;
            while (lines.size() < TraceFormat.SAMPLE_LINES && reader.position() < SAMPLE_MAX_BYTES
                    && (line = reader.next()) != null) {
                if (line.binary()) {
                    if (firstBinary == null) {
                        firstBinary = line;
                    }
                    binaryLines++;
                    continue;
                }
                lines.add(line.text());
            }
        }
        return new SampleRead(new Sample(name, lines), firstBinary, binaryLines);
    }

    /** @return every loadable format's confidence, best first */
    public List<FormatMatch> detect(Sample sample) {
        List<FormatMatch> result = new ArrayList<>();
        for (FormatHandle handle : formats) {
            Optional<TraceFormat> format = handle.format();
            if (format.isEmpty()) {
                continue;
            }
            Double confidence = guardedWithin(handle.info(), "confidence", //$NON-NLS-1$
                    () -> Double.valueOf(format.get().confidence(sample)));
            if (confidence != null && !confidence.isNaN()) {
                double c = Math.max(0, Math.min(1, confidence.doubleValue()));
                result.add(new FormatMatch(handle.info().id(), handle.info().name(), c));
            }
        }
        result.sort(Comparator.comparingDouble(FormatMatch::confidence).reversed());
        return result;
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    /**
     * Every import asks every format for its confidence, so one contributed detector that loops would block all
     * imports: the call runs on a worker thread and is abandoned (and reported) after {@link #DETECTION_BUDGET_MILLIS}.
     */
    private <T> T guardedWithin(TraceFormatInfo info, String what, Call<T> call) {
        Future<T> future;
        try {
            future = detectors.submit(() -> guarded(info, what, call));
        } catch (RejectedExecutionException e) {
            problems.failed(info, what + " (the detection pool is shut down; skipped for this input)", e); //$NON-NLS-1$
            return null;
        }
        try {
            return future.get(DETECTION_BUDGET_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            problems.failed(info, what + " (did not return within " + DETECTION_BUDGET_MILLIS + " ms; skipped for this input)", //$NON-NLS-1$ //$NON-NLS-2$
                    MaskedFailure.of(e));
            return null;
        } catch (ExecutionException e) {
            // guarded() already reports what the format threw; only an Error SafeRunner lets through gets here
            problems.failed(info, what, MaskedFailure.of(e.getCause()));
            return null;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("format detection interrupted"); //$NON-NLS-1$
        }
    }

    private <T> T guarded(TraceFormatInfo info, String what, Call<T> call) {
        Object[] result = new Object[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() {
                try {
                    result[0] = call.call();
                } catch (Exception | LinkageError | AssertionError e) {
                    // caught here, not by SafeRunner: it would log the exception's message, which may quote the input
                    handleException(e);
                }
            }

            @Override
            public void handleException(Throwable exception) {
                problems.failed(info, what, MaskedFailure.of(exception));
            }
        });
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /**
     * What the parse thread's reader copies after a skip from the bytes the workers read: a routine session's lines that
     * it reads between the runs it skips (its "Disconnected from host", the status and header after it, the next
     * "Connected to host") take fewer (see {@link LineReader#shortReadsAfterSkips}).
     */
    private static final int SHORT_READ_BYTES = 512;

    /**
     * @param routineCounted the listener does not need routine exchanges and the parser can find them on the bytes:
     *            they may be counted instead of parsed (see {@link RoutineCounting})
     * @param input the input readable at any offset, for the triage's workers (null: the parse thread triages alone)
     */
    private void stream(Source source, long size, TraceFormatInfo info, TraceParser parser, ConversationBuilder builder,
            Trace trace, IProgressMonitor monitor, RecordIndexFile index, boolean routineCounted, ReadableTrace input)
            throws IOException {
        int totalWork = (int) Math.max(1, Math.min(Integer.MAX_VALUE, size / PROGRESS_STEP_BYTES + 1));
        if (monitor != null) {
            monitor.beginTask("Importing " + trace.getSource(), totalWork); //$NON-NLS-1$
        }
        Progress progress = new Progress(monitor, index);
        TraceSink target = recordConsumers.isEmpty() ? builder : new RecordTee(List.copyOf(recordConsumers), builder);
        // a contributed parser always runs on a thread of its own, so that one that loops or blocks can be abandoned;
        // the built-in ones only for large inputs, where the second core pays off
        boolean ownThread = size >= parseThreadMinBytes
                || !BuiltInFormats.BUNDLE.equals(info.contributor());
        try (InputStream file = source.open()) {
            // the parse thread's reader gets the bytes the routine runs' workers read, where they did (see ChunkedStream)
            ChunkedStream chunked = ownThread && routineCounted && input != null ? new ChunkedStream(file) : null;
            LineReader reader = new LineReader(chunked != null ? chunked : file);
            if (ownThread) {
                try (ParsePipeline pipeline = new ParsePipeline(sink -> {
                    Feeder feeder = new Feeder(new GuardedParser(info, parser, sink, sink), sink);
                    RoutineRunsAhead runs = routineCounted ? runsAhead((RoutineTriage) parser, input) : null;
                    if (runs != null && chunked != null) {
                        runs.serveBytesTo(chunked);
                        reader.shortReadsAfterSkips(SHORT_READ_BYTES); // short reads of the workers' bytes, not of the file
                    }
                    RoutineCounting routine = routineCounted
                            ? new RoutineCounting((RoutineTriage) parser, builder, reader,
                                    sessionsAhead((RoutineTriage) parser, input), runs)
                            : null;
                    try {
                        DecodedLine line;
                        while ((line = reader.next()) != null) {
                            if (feeder.line(line) && routine != null) {
                                routine.after(sink, line.offset());
                            }
                            sink.lineDone(reader.position());
                        }
                        feeder.finish();
                        sink.lineDone(reader.position());
                        return feeder.lines;
                    } finally {
                        if (routine != null) {
                            routine.close();
                        }
                    }
                }, parseBudgetNanos)) {
                    try {
                        int lines = pipeline.drain(target, builder::routine, progress::advance);
                        trace.setLineCount(lines);
                    } catch (ParsePipeline.ParserStuck stuck) {
                        abandoned(info, stuck, builder);
                        trace.setLineCount(Math.max(0, stuck.line() - 1));
                    }
                    trace.setByteCount(pipeline.position());
                }
            } else {
                Feeder feeder = new Feeder(new GuardedParser(info, parser, target, null), target);
                DecodedLine line;
                while ((line = reader.next()) != null) {
                    feeder.line(line);
                    progress.advance(reader.position());
                }
                feeder.finish();
                trace.setLineCount(feeder.lines);
                trace.setByteCount(reader.position());
            }
        } finally {
            if (monitor != null) {
                monitor.done();
            }
        }
    }

    /**
     * @return workers that triage the input's sessions ahead of the parse thread, or null when the input cannot be
     *         read at any offset, its size is not known or the format has no stateless triage
     */
    private static RoutineSessionsAhead sessionsAhead(RoutineTriage triage,
            ReadableTrace input) {
        RoutineTriage.SessionsAhead ahead = triage.sessionsAhead();
        return input == null || ahead == null ? null : RoutineSessionsAhead.of(input, ahead, RoutineCounting.MAX_RUN_BYTES);
    }

    /**
     * @return workers that triage the input's routine runs ahead of the parse thread, or null when the input cannot be
     *         read at any offset, its size is not known or the format has no stateless triage of runs
     */
    private static RoutineRunsAhead runsAhead(RoutineTriage triage, ReadableTrace input) {
        RoutineTriage.RunsAhead ahead = triage.runsAhead();
        return input == null || ahead == null ? null : RoutineRunsAhead.of(input, ahead, RoutineCounting.MAX_RUN_BYTES);
    }

    /**
     * Counts routine sessions instead of parsing them (on the parse thread): after the line that began a fresh session
     * the parser's byte triage looks at the bytes ahead for the whole rest of a routine session, and after the line
     * that connected it for its routine exchanges; when they match and the session is one the model will drop at its
     * end ({@link ConversationBuilder#sessionsFull()}, and for a whole session {@link ConversationBuilder#otherLinesFull()},
     * which only ever turn true), the lines are consumed without decoding and their counts go to the builder in their
     * place among the records. The first routine session of an import is always parsed in full, so the listener has
     * seen at least one before any is counted.
     */
    private static final class RoutineCounting {
        /** a routine session longer than this is parsed line by line */
        private static final int MAX_RUN_BYTES = 64 * 1024;
        private final RoutineTriage triage;
        private final ConversationBuilder builder;
        private final LineReader reader;
        private final int[] counts = new int[3];
        private final OutlookRoutineSession.SessionShape[] shape =
                new OutlookRoutineSession.SessionShape[1];
        private final LineReader.RunMatcher exchanges;
        private final LineReader.RunMatcher sessions;
        private final LineReader.RunMatcher others;
        /** other lines longer than this are parsed line by line */
        private static final int MAX_OTHER_LINES_BYTES = 16 * 1024;
        private boolean onePassedInFull;
        /** the routine session being read is the one passed in full: none of it is counted */
        private boolean passingInFull;

        /** workers that found the routine sessions ahead, or null */
        private final RoutineSessionsAhead ahead;
        /** workers that found the routine runs ahead, or null */
        private final RoutineRunsAhead runsAhead;
        private final RoutineSessions.Connection[] connection =
                new RoutineSessions.Connection[1];

        RoutineCounting(RoutineTriage triage, ConversationBuilder builder, LineReader reader,
                RoutineSessionsAhead ahead, RoutineRunsAhead runsAhead) {
            this.triage = triage;
            this.builder = builder;
            this.reader = reader;
            this.ahead = ahead;
            this.runsAhead = runsAhead;
            this.exchanges = (bytes, from, to) -> triage.routineRun(bytes, from, to, counts);
            this.sessions = (bytes, from, to) -> triage.routineSession(bytes, from, to, shape);
            this.others = (bytes, from, to) -> triage.routineOtherLines(bytes, from, to, counts);
            this.entryLines = (bytes, from, to) -> triage.routineEntryLine(bytes, from, to);
        }

        /**
         * Called after each line the parser accepted.
         *
         * @param lineStart the line's offset
         */
        void after(ParsePipeline.Sink sink, long lineStart) throws IOException {
            long start = lineStart;
            while (counted(sink, start)) {
                // the line after what was counted is usually the entry after which the triage is asked again (an
                // Outlook 2000-2002 connection's "Disconnected from host" after its run, the next "Connected to host"
                // after the other lines): taken without decoding when the workers found a count after it as well, so
                // that the line is not the input's last (the lines fed to the parser end with it)
                start = reader.position();
                if (!entryLineTaken(sink, start)) {
                    return;
                }
            }
        }

        /** the line after a count that the parser may take on its bytes, at most this long */
        private static final int MAX_ENTRY_LINE_BYTES = 256;
        private final LineReader.RunMatcher entryLines;

        /** @return true when the line at {@code lineStart} was taken by the parser on its bytes (see {@link #after}) */
        private boolean entryLineTaken(ParsePipeline.Sink sink, long lineStart) throws IOException {
            if (runsAhead == null) {
                return false;
            }
            // mostly decided by the workers, which found the line before what they counted after it: its bytes unread
            var next = runsAhead.next(lineStart);
            int decided = next == null || next.length() < 0 ? RoutineTriage.NOT_ROUTINE : triage.routineEntryLineFound(next, lineStart);
            if (decided >= 0) {
                triage.routineEntryLineTaken(reader.lineNumber() + 1, lineStart, sink);
                reader.skipAhead(decided, 1);
                sink.lineDone(reader.position());
                return true;
            }
            int length = reader.runAhead(entryLines, MAX_ENTRY_LINE_BYTES);
            if (length < 0) {
                return false;
            }
            var found = runsAhead.find(lineStart, lineStart + length);
            if (found == null || found.length() < 0) {
                return false; // nothing counted after it: the parser reads the line
            }
            triage.routineEntryLineTaken(reader.lineNumber() + 1, lineStart, sink);
            reader.skip(length, 1);
            sink.lineDone(reader.position());
            return true;
        }

        /**
         * What follows the line that ends at the reader's position, counted when it can be.
         *
         * @return true when a run or other lines were counted (the reader is after them)
         */
        private boolean counted(ParsePipeline.Sink sink, long lineStart) throws IOException {
            if (triage.routineSessionMayFollow()) {
                passingInFull = false;
                if (builder.sessionsFull() && builder.otherLinesFull()) {
                    session(sink, lineStart);
                }
                return false;
            }
            if (triage.routineOtherLinesMayFollow()) {
                return builder.otherLinesFull() && builder.repairsFull() && otherLines(sink, lineStart);
            }
            if (!triage.routineMayFollow() || passingInFull || !builder.sessionsFull()
                    || triage.routineRunHoldsOtherLines() && !(builder.otherLinesFull() && builder.repairsFull())) {
                return false;
            }
            var found = runsAhead == null ? null : runsAhead.find(lineStart, reader.position());
            boolean buffered = found == null || !triage.routineRunFound(found, counts);
            int length = buffered ? reader.runAhead(exchanges, MAX_RUN_BYTES) : found.length();
            if (length < 0) {
                return false;
            }
            if (!onePassedInFull) {
                onePassedInFull = true;
                return false;
            }
            int lines = triage.routineRunLines(counts);
            var counted = triage.routineRunCounted(sink, counts);
            reader.skipAhead(length, lines); // buffered, or read by the workers only: the parse thread need not read it
            sink.routine(counted);
            return true;
        }

        /**
         * After an entry that leaves nothing open: the other lines that follow, counted.
         *
         * @return true when they were counted
         */
        private boolean otherLines(ParsePipeline.Sink sink, long lineStart) throws IOException {
            var found = runsAhead == null ? null : runsAhead.find(lineStart, reader.position());
            boolean buffered = found == null || !triage.routineOtherLinesFound(found, counts);
            int length = buffered ? reader.runAhead(others, MAX_OTHER_LINES_BYTES) : found.length();
            if (length < 0) {
                return false;
            }
            var counted = triage.routineOtherLinesCounted(sink);
            reader.skipAhead(length, counts[0]);
            sink.routine(counted);
            return true;
        }

        /** After a "Begin execution": the whole rest of the session, when it is routine. */
        private void session(ParsePipeline.Sink sink, long lineStart) throws IOException {
            int length = ahead == null ? RoutineSessionsAhead.UNKNOWN
                    : ahead.find(lineStart, reader.position(), triage.routineSessionPrefix(), shape);
            boolean buffered = length == RoutineSessionsAhead.UNKNOWN;
            if (buffered) {
                length = reader.runAhead(sessions, MAX_RUN_BYTES);
            }
            if (length < 0) {
                return;
            }
            if (!onePassedInFull) {
                onePassedInFull = true;
                passingInFull = true;
                return;
            }
            var s = shape[0];
            int first = reader.lineNumber() + 1;
            long offset = reader.position();
            reader.skipAhead(length, s.lines()); // buffered, or read by the workers only: the parse thread need not read it
            triage.routineSessionCounted();
            sink.routine(routineSession(s, first, offset));
            if (!buffered) {
                stretch(sink);
            }
        }

        /** @return the routine session {@code s} whose "Port" line is line {@code first} at {@code offset} */
        private static RoutineSession routineSession(
                OutlookRoutineSession.SessionShape s, int first, long offset) {
            var connected = new Span(first + s.connectedLine(), first + s.connectedLine(),
                    offset + s.connectedOffset(), s.connectedTime());
            var disconnected = new Span(first + s.disconnectedLine(), first + s.disconnectedLine(),
                    offset + s.disconnectedOffset(), s.disconnectedTime());
            return new RoutineSession(s.port(), s.othersBeforeConnected(), connected,
                    new RoutineRun(s.exchanges(), s.commands(), s.wireLines()), disconnected);
        }

        /**
         * Right after a routine session the workers found was counted: the routine sessions they found directly after
         * it ({@link RoutineSessionsAhead#joined}) are counted with it, "Begin execution" lines included, as long as
         * the parser would take each of those lines as a fresh session's start
         * ({@link RoutineTriage#routineSessionContinues}); the parse thread skips
         * their bytes at once and the conversation builder accounts for them in one step.
         */
        private void stretch(ParsePipeline.Sink sink) throws IOException {
            int line = reader.lineNumber(); // "End execution" of the session just counted
            long end = reader.position();
            int first = 1; // the session found first in the chunk (0) was counted already
            while (true) {
                int joined = ahead.joined();
                RoutineSessions stretch = null;
                boolean broken = false;
                for (int k = first; k <= joined; k++) {
                    int generation = triage.routineSessionContinues(ahead.joinedPrefix(k), connection);
                    if (generation < 0) {
                        broken = true;
                        break;
                    }
                    if (stretch == null) {
                        stretch = new RoutineSessions();
                    }
                    var s = ahead.joinedShape(k);
                    long after = ahead.joinedAfter(k);
                    stretch.add(connection[0], generation, routineSession(s, line + 2, after)); // "Begin execution" is line + 1
                    line += 1 + s.lines();
                    end = after + ahead.joinedLength(k);
                }
                if (stretch != null) {
                    reader.skipAhead(end - reader.position(), line - reader.lineNumber());
                    sink.routine(stretch);
                    // one record per chunk, each handed over as the records of a line are: a stretch can run through the
                    // whole input, and its sessions must not wait in one batch (memory, the consumer's progress and
                    // cancellation)
                    sink.lineDone(reader.position());
                }
                // the stretch goes on in the next chunk when its first session follows the last one counted here
                if (broken || !ahead.continuesInNextChunk(joined, end)) {
                    return;
                }
                first = 0;
            }
        }

        /** Stops the workers, if any. */
        void close() {
            if (ahead != null) {
                ahead.close();
            }
            if (runsAhead != null) {
                runsAhead.close();
            }
        }
    }

    /** A parser that looped or blocked: the import keeps what was read before, and says so. */
    private void abandoned(TraceFormatInfo info, ParsePipeline.ParserStuck stuck, ConversationBuilder builder) {
        long millis = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(parseBudgetNanos);
        String where = stuck.line() == 0 ? "at the end of the input" : "at line " + stuck.line(); //$NON-NLS-1$ //$NON-NLS-2$
        builder.problem(stuck.line(), "format '" + info.id() + "' (bundle " + info.contributor() + ") did not return within " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + millis + " ms " + where + " and was abandoned; what was read before is kept, the rest of the input is not imported"); //$NON-NLS-1$ //$NON-NLS-2$
        problems.failed(info, (stuck.line() == 0 ? "finish" : "parse line " + stuck.line()) //$NON-NLS-1$ //$NON-NLS-2$
                + " (did not return within " + millis + " ms; abandoned)", stuck); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The record stream hook: consumers first, then conversation rebuilding. */
    private record RecordTee(List<TraceSink> consumers, TraceSink builder) implements TraceSink {
        @Override
        public void accept(TraceRecord record) {
            for (TraceSink consumer : consumers) {
                consumer.accept(record);
            }
            builder.accept(record);
        }
    }

    /** Reports progress by bytes, in steps of {@link #PROGRESS_STEP_BYTES}, and checks for cancellation. */
    private static final class Progress {
        private final IProgressMonitor monitor;
        private final RecordIndexFile index;
        private long nextProgress = PROGRESS_STEP_BYTES;

        Progress(IProgressMonitor monitor, RecordIndexFile index) {
            this.monitor = monitor;
            this.index = index;
        }

        void advance(long position) {
            if (index != null) {
                index.progress(position);
            }
            if (monitor != null && position >= nextProgress) {
                monitor.worked((int) ((position - nextProgress) / PROGRESS_STEP_BYTES + 1));
                nextProgress = (position / PROGRESS_STEP_BYTES + 1) * PROGRESS_STEP_BYTES;
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
        }
    }

    /**
     * Turns decoded lines into records for the sink: skips binary lines (with a problem per run), records repairs
     * of the line reader, and feeds the rest to the guarded parser. Everything goes through the sink, in order, so
     * that the sink can be the builder itself or a pipeline to it.
     */
    private static final class Feeder {
        private final GuardedParser parser;
        private final TraceSink sink;
        int lines;
        private int binaryRun;
        private int binaryRunStart;

        Feeder(GuardedParser parser, TraceSink sink) {
            this.parser = parser;
            this.sink = sink;
        }

        /** @return true when the line went to the parser (not skipped as binary, and the parser is not broken) */
        boolean line(DecodedLine line) {
            lines = line.number();
            if (line.binary()) {
                if (binaryRun++ == 0) {
                    binaryRunStart = line.number();
                    sink.accept(new TraceRecord.Problem(line.number(), "binary content at line " + line.number() //$NON-NLS-1$
                            + ", byte offset " + line.offset() + "; binary lines are skipped")); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return false;
            }
            if (binaryRun > 0) {
                sink.accept(new TraceRecord.Problem(binaryRunStart, binaryRun + " binary lines skipped (L" //$NON-NLS-1$
                        + binaryRunStart + "-L" + (line.number() - 1) + ")")); //$NON-NLS-1$ //$NON-NLS-2$
                binaryRun = 0;
            }
            SourceLine sourceLine = new SourceLine(line.number(), line.offset(), line.text());
            if (line.invalidBytes()) {
                sink.accept(new TraceRecord.Repair(Span.of(sourceLine), RepairKind.REPLACED_INVALID_BYTES,
                        "bytes that are not UTF-8 replaced by U+FFFD")); //$NON-NLS-1$
            }
            if (line.truncatedFromBytes() > 0) {
                sink.accept(new TraceRecord.Repair(Span.of(sourceLine), RepairKind.TRUNCATED_LONG_LINE,
                        "line of " + line.truncatedFromBytes() + " bytes cut to " + LineReader.DEFAULT_MAX_LINE_BYTES)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return parser.accept(sourceLine);
        }

        void finish() {
            if (binaryRun > 0) {
                sink.accept(new TraceRecord.Problem(binaryRunStart, binaryRun + " binary lines skipped (L" //$NON-NLS-1$
                        + binaryRunStart + "-L" + lines + ")")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            parser.finish();
        }
    }

    /** Feeds lines to a contributed parser; after it fails once, the rest of the input is kept as other lines. */
    private final class GuardedParser implements ISafeRunnable {
        private final TraceFormatInfo info;
        private final TraceParser parser;
        private final TraceSink sink;
        /** the pipeline that times each call, or null when the parser runs on the importing thread */
        private final ParsePipeline.Sink watch;
        private SourceLine current;
        private boolean broken;
        private boolean finishing;

        GuardedParser(TraceFormatInfo info, TraceParser parser, TraceSink sink, ParsePipeline.Sink watch) {
            this.info = info;
            this.parser = parser;
            this.sink = sink;
            this.watch = watch;
        }

        private void call() {
            if (watch == null) {
                SafeRunner.run(this);
                return;
            }
            watch.parserEntered(finishing || current == null ? 0 : current.number());
            try {
                SafeRunner.run(this);
            } finally {
                watch.parserLeft();
            }
        }

        /** @return true when the parser took the line and is still working */
        boolean accept(SourceLine line) {
            if (broken) {
                sink.accept(new TraceRecord.Other(Span.of(line), line.text()));
                return false;
            }
            current = line;
            call();
            return !broken;
        }

        void finish() {
            if (!broken) {
                finishing = true;
                call();
            }
        }

        @Override
        public void run() {
            try {
                if (finishing) {
                    parser.finish(sink);
                } else {
                    parser.accept(current, sink);
                }
            } catch (Exception | LinkageError | AssertionError e) {
                // caught here, not by SafeRunner: it would log the exception's message, which may quote the line
                handleException(e);
            }
        }

        @Override
        public void handleException(Throwable exception) {
            broken = true;
            if (watch != null && watch.stopped()) {
                return; // abandoned already (and reported): this is the interruption ending it
            }
            int at = current == null ? 0 : current.number();
            // only the exception's class: its message may quote the line (a password, an AUTH payload)
            sink.accept(new TraceRecord.Problem(at, "format '" + info.id() + "' failed at line " + at + " (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + exception.getClass().getName() + "); the rest of the input is kept as other lines")); //$NON-NLS-1$
            problems.failed(info, finishing ? "finish" : "parse line " + at, MaskedFailure.of(exception)); //$NON-NLS-1$ //$NON-NLS-2$
            if (!finishing && current != null) {
                sink.accept(new TraceRecord.Other(Span.of(current), current.text()));
            }
        }
    }

    /**
     * What is logged for a failure of contributed code: the failure's class and stack trace, its message (and its
     * causes') run through {@link CredentialMasking#maskText(String)} since it may quote an input line.
     */
    static final class MaskedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String originalClass;

        private MaskedFailure(Throwable original, Throwable cause) {
            super(original.getMessage() == null ? null : CredentialMasking.maskText(original.getMessage()).text(), cause, false, true);
            this.originalClass = original.getClass().getName();
            setStackTrace(original.getStackTrace());
        }

        static Throwable of(Throwable original) {
            if (original == null || original instanceof MaskedFailure) {
                return original;
            }
            Throwable cause = original.getCause() == original ? null : of(original.getCause());
            return new MaskedFailure(original, cause);
        }

        /** @return the class name of the original failure */
        String originalClass() {
            return originalClass;
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? originalClass : originalClass + ": " + message; //$NON-NLS-1$
        }
    }

    /** Calls the listener (often a diagnosis engine: contributed code) so that it cannot break the import. */
    private static final class GuardedListener implements TraceListener {
        private final TraceListener delegate;
        private boolean broken;

        GuardedListener(TraceListener delegate) {
            this.delegate = delegate == null ? new TraceListener() {
            } : delegate;
        }

        /**
         * What the listener threw is handled as {@link SafeRunner#run} would (it is logged by SafeRunner), and the import
         * goes on without this listener. Each callback calls the listener directly in its own try/catch: no objects
         * per call (as a call through SafeRunner takes), and no call through a functional interface that every callback
         * shares (a megamorphic call in the quick JIT tier's code, four per routine session).
         */
        private void failed(Throwable e) {
            SafeRunner.run(new ISafeRunnable() {
                @Override
                public void run() throws Exception {
                    if (e instanceof Exception exception) {
                        throw exception;
                    }
                    throw (Error) e;
                }

                @Override
                public void handleException(Throwable exception) {
                    broken = true;
                }
            });
        }

        @Override
        public void sessionStarted(SessionInfo session) {
            if (!broken) {
                try {
                    delegate.sessionStarted(session);
                } catch (Exception | LinkageError | AssertionError e) {
                    failed(e);
                }
            }
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            if (!broken) {
                try {
                    delegate.exchangeCompleted(exchange);
                } catch (Exception | LinkageError | AssertionError e) {
                    failed(e);
                }
            }
        }

        @Override
        public void exchangeAbandoned(ExchangeRecord exchange) {
            if (!broken) {
                try {
                    delegate.exchangeAbandoned(exchange);
                } catch (Exception | LinkageError | AssertionError e) {
                    failed(e);
                }
            }
        }

        @Override
        public void connectionEvent(ConnectionRecord event) {
            if (!broken) {
                try {
                    delegate.connectionEvent(event);
                } catch (Exception | LinkageError | AssertionError e) {
                    failed(e);
                }
            }
        }

        @Override
        public void statusEvent(StatusRecord event) {
            if (!broken) {
                try {
                    delegate.statusEvent(event);
                } catch (Exception | LinkageError | AssertionError e) {
                    failed(e);
                }
            }
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            if (!broken) {
                try {
                    delegate.sessionEnded(end);
                } catch (Exception | LinkageError | AssertionError e) {
                    failed(e);
                }
            }
        }

        @Override
        public void routineSessions(CountedSessions sessions) {
            if (!broken) {
                try {
                    delegate.routineSessions(sessions);
                } catch (Exception | LinkageError | AssertionError e) {
                    failed(e);
                }
            }
        }

        @Override
        public void overlappingRoutineSessions(CountedSessions sessions) {
            if (!broken) {
                try {
                    delegate.overlappingRoutineSessions(sessions);
                } catch (Exception | LinkageError | AssertionError e) {
                    failed(e);
                }
            }
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            if (!broken) {
                try {
                    delegate.traceEnded(trace);
                } catch (Exception | LinkageError | AssertionError e) {
                    failed(e);
                }
            }
        }
    }
}
