package io.mailscope.diagnosis.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.diagnosis.api.SessionStates;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.model.Protocol;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.CountedSessions;
import io.mailscope.trace.RoutineExchangePolicy;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;

/**
 * One diagnosis: a {@link io.mailscope.trace.TraceListener} that fans every event out to all rules, in one pass.
 * <p>
 * Events are immutable records; they are collected into batches of up to 256 and handed to the rules together, on a
 * worker thread while the importer reads on (batches run in order, one at a time). Nothing a rule receives is
 * changed by the importer afterwards.
 * <p>
 * Isolation. Events are collected into batches; each batch is run on a worker thread, rule by rule (each rule sees
 * the batch's events in order), every call into a rule inside {@link SafeRunner}. The time a rule spends is summed
 * over all its calls; a rule that goes over its budget is dropped, and a rule that is still running when its budget
 * is used up is abandoned on its thread (like Felix Health Check's executor: the thread is interrupted and left
 * behind, the other rules go on in a new worker). A rule that throws, returns {@code null} from {@code start} or
 * reports an invalid finding is dropped too. Each of these is logged with the contributor's bundle id and recorded
 * as a {@link RuleFailure}; the other rules' findings are kept.
 * <p>
 * Workers come from the executor the owner passes in (the DS component's bounded pool, shut down when the component
 * deactivates); when no worker is free (every thread is held by rules that ignored interruption), the remaining
 * rules fail for this trace instead of waiting. Turning reports into findings is {@link FindingAssembler}'s job.
 */
public final class RuleEngine implements DiagnosisRun, RoutineExchangePolicy {

    /** Rule id of the findings that only repeat a code the client reported. */
    public static final String UNDETERMINED_RULE_ID = FindingAssembler.UNDETERMINED_RULE_ID;
    /** Default time budget of one rule for one trace, over all its callbacks. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);
    /** A rule reporting more findings than this for one trace is stopped from adding more. */
    public static final int MAX_FINDINGS_PER_RULE = 1000;

    /**
     * Events per batch. Each rule walks the whole batch in turn, so a batch small enough to stay in the core's cache
     * while all rules read it (a few hundred events and their lines) costs the rules a fifth less CPU than 2048.
     */
    private static final int BATCH_SIZE = 128;

    private final List<ActiveRule> rules;
    private final CatalogService catalog;
    private final FindingAssembler assembler;
    private final long budgetNanos;
    private final ProblemLog log;
    private final ExecutorService workers;
    /** the events collected for the next batch, and what kind of event each is ({@link Kind}) */
    private Object[] batch = new Object[BATCH_SIZE];
    private byte[] batchKinds = new byte[BATCH_SIZE];
    private int batchSize;
    private final Map<Integer, StatusRecord> reportedCodes = new LinkedHashMap<>();
    private final List<RuleFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private boolean ended;
    private final AtomicInteger failedRules = new AtomicInteger();
    private Diagnosis result;
    /** the batch the rules are working on, while the importer goes on reading */
    private BatchTask running;
    private Future<?> runningFuture;
    /**
     * Batches waiting for the rules, oldest first. The running task takes the next one itself when it is done, so the
     * importer only waits for the rules when they fall more than {@link #MAX_BACKLOG} batches behind.
     */
    private final Deque<Batch> backlog = new ArrayDeque<>();
    /** about 16 000 events, as 8 batches of 2048 were */
    private static final int MAX_BACKLOG = 8;

    /**
     * What kind of event a batch holds ({@link #deliver}): the callback of {@link RuleRun} it calls. A rule whose run inherits
     * that callback's default (which does nothing) is not called for it at all ({@link ActiveRule#handles}): most
     * rules handle few of the events, and the calls are most of the rules' thread's time on a trace of routine
     * sessions (four session events per session, each for every rule).
     */
    static final class Kind {
        static final int SESSION_STARTED = 0;
        static final int EXCHANGE_COMPLETED = 1;
        static final int EXCHANGE_ABANDONED = 2;
        static final int CONNECTION_EVENT = 3;
        static final int STATUS_EVENT = 4;
        static final int SESSION_ENDED = 5;
        static final int ROUTINE_SESSIONS = 6;
        static final int TRACE_ENDED = 7;
        /** the first event of every run: creates the rule and its {@link RuleRun}; every rule, always */
        static final int START = 8;
        static final int OVERLAPPING_ROUTINE_SESSIONS = 9;

        /** the callback each kind calls, and its parameter, by kind */
        private static final String[] CALLBACKS = { "sessionStarted", "exchangeCompleted", "exchangeAbandoned", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "connectionEvent", "statusEvent", "sessionEnded", "routineSessions", "traceEnded" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        private static final Class<?>[] PARAMETERS = { SessionInfo.class, ExchangeRecord.class, ExchangeRecord.class,
                ConnectionRecord.class, StatusRecord.class, SessionEnd.class, CountedSessions.class, TraceEnd.class };

        private Kind() {
        }

        /**
         * @return a bit per kind whose callback {@code run}'s class implements (rather than inheriting the listener's
         *         default); every bit when that cannot be told. {@link #START} and {@link #TRACE_ENDED} are always
         *         set, {@link #ROUTINE_SESSIONS} and {@link #OVERLAPPING_ROUTINE_SESSIONS} too
         *         ({@link CountedSessionHandling} decides what a stretch does).
         */
        static int handledBy(Class<?> run) {
            int handled = 1 << START | 1 << TRACE_ENDED | 1 << ROUTINE_SESSIONS | 1 << OVERLAPPING_ROUTINE_SESSIONS;
            try {
                for (int kind = 0; kind < CALLBACKS.length; kind++) {
                    if (CountedSessionHandling.declared(run, CALLBACKS[kind], PARAMETERS[kind])) {
                        handled |= 1 << kind;
                    }
                }
            } catch (NoSuchMethodException | SecurityException e) {
                return -1; // cannot tell: every event, the safe way
            }
            return handled;
        }
    }

    /*
     * The events are the listener's records as they came, with their kind beside them; a rule gets each through
     * deliver, an int switch on the kind: no object per event and rule (the records holding a method reference they
     * were before), and no call through an interface every kind of event implements (megamorphic in the quick JIT
     * tier's code, once per event and rule).
     */

    /** Calls the callback of {@code r}'s run that an event of {@code kind} is for. */
    private static void deliver(ActiveRule r, int kind, Object event) throws Exception {
        switch (kind) {
            case Kind.SESSION_STARTED -> r.run.sessionStarted((SessionInfo) event);
            case Kind.EXCHANGE_COMPLETED -> {
                ExchangeRecord exchange = (ExchangeRecord) event;
                if (r.accepts(exchange.protocol())) {
                    r.run.exchangeCompleted(exchange);
                }
            }
            case Kind.EXCHANGE_ABANDONED -> {
                ExchangeRecord exchange = (ExchangeRecord) event;
                if (r.accepts(exchange.protocol())) {
                    r.run.exchangeAbandoned(exchange);
                }
            }
            case Kind.CONNECTION_EVENT -> r.run.connectionEvent((ConnectionRecord) event);
            case Kind.STATUS_EVENT -> r.run.statusEvent((StatusRecord) event);
            case Kind.SESSION_ENDED -> {
                SessionEnd end = (SessionEnd) event;
                try {
                    r.run.sessionEnded(end);
                } finally {
                    r.forgetSession(end.session());
                }
            }
            case Kind.ROUTINE_SESSIONS -> countedSessions(r, (CountedSessions) event, false);
            case Kind.OVERLAPPING_ROUTINE_SESSIONS -> countedSessions(r, (CountedSessions) event, true);
            case Kind.TRACE_ENDED -> {
                try {
                    r.run.traceEnded((TraceEnd) event);
                } finally {
                    r.forgetAllSessions();
                }
            }
            case Kind.START -> startRule(r);
            default -> throw new IllegalStateException("no such kind of event: " + kind); //$NON-NLS-1$
        }
    }

    /** A batch of events as the rules run it: the events and their kinds, side by side. */
    private record Batch(Object[] events, byte[] kinds) {
    }

    /**
     * @param workers runs the rules' batches; owned by the caller (a bounded pool, shut down by its owner)
     */
    public RuleEngine(List<RuleDescriptor> descriptors, CatalogService catalog, Duration budget, ExecutorService workers,
            ProblemLog log) {
        this.catalog = catalog;
        this.assembler = new FindingAssembler(catalog);
        this.budgetNanos = budget.toNanos();
        this.log = log;
        this.workers = workers;
        List<ActiveRule> active = new ArrayList<>(descriptors.size());
        descriptors.forEach(d -> active.add(new ActiveRule(d)));
        this.rules = List.copyOf(active);
        collect(Kind.START, null);
    }

    private static void startRule(ActiveRule rule) throws Exception {
        DiagnosisRule created = rule.descriptor.createRule();
        RuleRun run = created.start(rule);
        if (run == null) {
            throw new GarbageException("start(RuleContext) returned null"); //$NON-NLS-1$
        }
        rule.countedSessions = CountedSessionHandling.of(run.getClass(), "routineSessions"); //$NON-NLS-1$
        rule.overlappingSessions = CountedSessionHandling.of(run.getClass(), "overlappingRoutineSessions"); //$NON-NLS-1$
        rule.handles = Kind.handledBy(run.getClass());
        rule.run = run;
    }

    /** How a rule's run takes a stretch of counted routine sessions ({@link #routineSessions}, {@link #overlappingRoutineSessions}). */
    enum CountedSessionHandling {
        /** it overrides the stretch's callback */
        TAKES_STRETCHES,
        /** it overrides none of the callbacks a counted session stands for */
        IGNORES,
        /** each session's events in turn */
        ONE_BY_ONE;

        /** @param callback the listener's callback that takes the stretch */
        static CountedSessionHandling of(Class<?> run, String callback) {
            try {
                if (declared(run, callback, CountedSessions.class)) {
                    return TAKES_STRETCHES;
                }
                if (!declared(run, "sessionStarted", SessionInfo.class) && !declared(run, "connectionEvent", ConnectionRecord.class) //$NON-NLS-1$ //$NON-NLS-2$
                        && !declared(run, "sessionEnded", SessionEnd.class)) { //$NON-NLS-1$
                    return IGNORES;
                }
            } catch (NoSuchMethodException | SecurityException e) {
                // cannot tell: the safe way
            }
            return ONE_BY_ONE;
        }

        /** @return true when {@code run} (or a class it extends) implements the listener method rather than inheriting the default */
        static boolean declared(Class<?> run, String name, Class<?> parameter) throws NoSuchMethodException {
            return run.getMethod(name, parameter).getDeclaringClass() != TraceListener.class;
        }
    }

    /** A rule returned something it must not. */
    static final class GarbageException extends Exception {
        private static final long serialVersionUID = 1L;

        GarbageException(String message) {
            super(message);
        }
    }

    // ---------------------------------------------------------------- TraceListener: collect, run in batches

    private void add(int kind, Object event) {
        if (ended) {
            throw new IllegalStateException("the trace has ended"); //$NON-NLS-1$
        }
        if (failedRules.get() == rules.size() && !rules.isEmpty()) {
            return; // every rule has failed: nothing left to run
        }
        collect(kind, event);
        if (batchSize >= BATCH_SIZE) {
            flush();
        }
    }

    private void collect(int kind, Object event) {
        batch[batchSize] = event;
        batchKinds[batchSize++] = (byte) kind;
    }

    /**
     * @return true unless every rule declares {@link io.mailscope.diagnosis.api.RoutineExchangesIgnored} (the trace is
     *         read once for all rules, so one rule that needs them gets them for all)
     */
    @Override
    public boolean needsRoutineExchanges() {
        for (ActiveRule rule : rules) {
            if (!rule.descriptor.routineExchangesIgnored()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void sessionStarted(SessionInfo session) {
        add(Kind.SESSION_STARTED, session);
    }

    @Override
    public void exchangeCompleted(ExchangeRecord exchange) {
        add(Kind.EXCHANGE_COMPLETED, exchange);
    }

    @Override
    public void exchangeAbandoned(ExchangeRecord exchange) {
        add(Kind.EXCHANGE_ABANDONED, exchange);
    }

    @Override
    public void connectionEvent(ConnectionRecord event) {
        add(Kind.CONNECTION_EVENT, event);
    }

    @Override
    public void statusEvent(StatusRecord event) {
        if (event.failure()) {
            reportedCodes.putIfAbsent(Integer.valueOf(event.value()), event);
        }
        add(Kind.STATUS_EVENT, event);
    }

    /**
     * One event for the whole stretch: a rule whose run takes such stretches itself (overrides
     * {@code routineSessions}) gets it in one call; one that handles none of the events a session stands for (session
     * start, connection event, session end: the defaults do nothing) has nothing to do; every other rule gets each
     * session's events in turn, with its per-session state forgotten after each session's end, as if they had come one
     * by one.
     */
    @Override
    public void routineSessions(CountedSessions sessions) {
        add(Kind.ROUTINE_SESSIONS, sessions);
    }

    /** {@link #routineSessions} or, {@code overlapping}, {@link #overlappingRoutineSessions} for one rule. */
    private static void countedSessions(ActiveRule r, CountedSessions sessions, boolean overlapping) {
        CountedSessionHandling handling = overlapping ? r.overlappingSessions : r.countedSessions;
        if (handling == CountedSessionHandling.IGNORES) {
            return; // the rule's run does nothing on a session's start, connection events and end
        }
        TraceListener run = handling == CountedSessionHandling.TAKES_STRETCHES ? r.run : new OneByOne(r);
        if (overlapping) {
            run.overlappingRoutineSessions(sessions);
        } else {
            run.routineSessions(sessions);
        }
    }

    /**
     * The calls a stretch stands for, in the order the listener's defaults make them, to a rule's run; each session's
     * states forgotten after its end, as after an end of its own.
     */
    private static final class OneByOne implements TraceListener {
        private final ActiveRule rule;

        OneByOne(ActiveRule rule) {
            this.rule = rule;
        }

        @Override
        public void sessionStarted(SessionInfo session) {
            rule.run.sessionStarted(session);
        }

        @Override
        public void connectionEvent(ConnectionRecord event) {
            rule.run.connectionEvent(event);
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            try {
                rule.run.sessionEnded(end);
            } finally {
                rule.forgetSession(end.session());
            }
        }
    }

    /**
     * One event for the whole stretch, as {@link #routineSessions}; a rule that takes such stretches itself overrides
     * {@code overlappingRoutineSessions} (a run that overrides only {@code routineSessions} gets the calls the stretch
     * stands for, one by one: its override may not expect sessions that end after the stretch).
     */
    @Override
    public void overlappingRoutineSessions(CountedSessions sessions) {
        add(Kind.OVERLAPPING_ROUTINE_SESSIONS, sessions);
    }

    @Override
    public void sessionEnded(SessionEnd end) {
        add(Kind.SESSION_ENDED, end);
    }

    @Override
    public void traceEnded(TraceEnd trace) {
        if (ended) {
            return;
        }
        add(Kind.TRACE_ENDED, trace);
        flush();
        awaitRunning();
        ended = true;
    }

    @Override
    public Diagnosis finish(Trace trace) {
        if (result == null) {
            traceEnded(new TraceEnd(trace == null ? null : trace.getSource(), trace == null ? null : trace.getFormatId(),
                    trace == null ? 0 : trace.getSessions().size(), 0));
            List<Finding> findings = new ArrayList<>();
            for (ActiveRule rule : rules) {
                synchronized (rule.findings) {
                    findings.addAll(rule.findings);
                }
            }
            List<RuleFailure> failed;
            synchronized (failures) {
                failed = new ArrayList<>(failures);
            }
            result = assembler.assemble(trace, findings, reportedCodes, failed);
        }
        return result;
    }

    // ---------------------------------------------------------------- isolation

    /** Runs one batch for rules {@code from..}; rule-major, so each rule is timed once per batch. */
    private final class BatchTask implements Runnable {
        volatile Batch ops;
        int from;
        volatile int current = -1;
        volatile long chunkStart;
        volatile boolean abandoned;
        volatile boolean started;
        long submittedAt;

        BatchTask(Batch ops, int from) {
            this.ops = ops;
            this.from = from;
        }

        @Override
        public void run() {
            started = true;
            do {
                runBatch();
            } while (takeNextBatch());
            current = -1;
        }

        /** @return true when the next waiting batch was taken; under the backlog's lock, so an abandoned task takes none */
        private boolean takeNextBatch() {
            synchronized (backlog) {
                Batch next = abandoned ? null : backlog.poll();
                if (next == null) {
                    return false;
                }
                ops = next;
                from = 0;
                return true;
            }
        }

        private void runBatch() {
            for (int i = from; i < rules.size() && !abandoned; i++) {
                ActiveRule rule = rules.get(i);
                if (rule.failed) {
                    continue;
                }
                current = i;
                long start = System.nanoTime();
                chunkStart = start;
                runChunk(rule);
                chunkStart = 0;
                if (abandoned) {
                    return;
                }
                rule.spentNanos += System.nanoTime() - start;
                if (rule.spentNanos > budgetNanos) {
                    rule.fail("used more than its time budget of " + millis(budgetNanos) + " ms", null); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }

        private void runChunk(ActiveRule rule) {
            try {
                SafeRunner.run(new ISafeRunnable() {
                    @Override
                    public void run() throws Exception {
                        Batch batch = ops;
                        Object[] events = batch.events();
                        byte[] kinds = batch.kinds();
                        for (int i = 0; i < events.length; i++) {
                            if (rule.failed || abandoned) {
                                return;
                            }
                            int kind = kinds[i];
                            // a callback the rule's run does not implement does nothing: not called; a session's end
                            // also forgets the rule's states of the session: of a rule that does not implement
                            // sessionEnded, only when it holds some (most rules keep none of a routine session)
                            if (kind == Kind.START || rule.run != null && (rule.handles & 1 << kind) != 0) {
                                deliver(rule, kind, events[i]);
                            } else if (kind == Kind.SESSION_ENDED && rule.run != null && rule.holdsStates()) {
                                rule.forgetSession(((SessionEnd) events[i]).session());
                            }
                        }
                    }

                    @Override
                    public void handleException(Throwable exception) {
                        if (!abandoned) {
                            rule.fail("threw " + exception, exception); //$NON-NLS-1$
                        }
                    }
                });
            } catch (VirtualMachineError e) {
                // StackOverflowError and the like pass SafeRunner; they are this rule's fault, not the engine's
                rule.fail("threw " + e, e); //$NON-NLS-1$
            }
        }

        /** @return the index of the rule running now if it is over its budget, else -1 */
        int overBudget() {
            long s1 = chunkStart;
            int i = current;
            long s2 = chunkStart;
            if (s1 == 0 || s1 != s2 || i < 0) {
                return -1;
            }
            ActiveRule rule = rules.get(i);
            return rule.spentNanos + (System.nanoTime() - s1) > budgetNanos ? i : -1;
        }
    }

    /**
     * Hands the collected events to the rules. Pipelined: the batch runs on a worker while the importer goes on
     * reading; the next flush (or the end of the trace) first waits for it. Batches run one after the other, so each
     * rule still sees every event once and in order.
     */
    private void flush() {
        if (batchSize == 0) {
            return;
        }
        int waiting;
        Batch full = new Batch(Arrays.copyOf(batch, batchSize), Arrays.copyOf(batchKinds, batchSize));
        synchronized (backlog) {
            backlog.add(full);
            waiting = backlog.size();
        }
        Arrays.fill(batch, 0, batchSize, null); // the events are the backlog's now
        batchSize = 0;
        if (runningFuture != null && runningFuture.isDone()) {
            collectFinished();
        }
        if (running == null) {
            startNextBatch();
        } else if (waiting > MAX_BACKLOG) {
            awaitRunning();
        }
    }

    private void startNextBatch() {
        Batch next;
        synchronized (backlog) {
            next = backlog.poll();
        }
        if (next != null) {
            submit(new BatchTask(next, 0));
        }
    }

    /** The task has ended (its future is done): take its result, which rethrows what no rule was blamed for. */
    private void collectFinished() {
        Future<?> future = runningFuture;
        running = null;
        runningFuture = null;
        try {
            future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("diagnosis worker failed", e.getCause()); //$NON-NLS-1$
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("diagnosis interrupted"); //$NON-NLS-1$
        } catch (CancellationException e) {
            // an abandoned task's future: the rule was already reported
        }
    }

    /** Waits for the batch in progress, abandoning a rule that exceeds its budget and resuming with the next rule. */
    private void awaitRunning() {
        long poll = Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(TimeUnit.MILLISECONDS.toNanos(50), budgetNanos / 10));
        while (true) {
            if (running == null) {
                startNextBatch();
                if (running == null) {
                    return; // nothing running, nothing waiting
                }
            }
            BatchTask task = running;
            Future<?> future = runningFuture;
            try {
                future.get(poll, TimeUnit.NANOSECONDS);
                running = null;
                runningFuture = null;
            } catch (TimeoutException e) {
                if (!task.started && System.nanoTime() - task.submittedAt > budgetNanos) {
                    // every worker is held by rules that were abandoned but ignore interruption
                    synchronized (backlog) {
                        task.abandoned = true;
                        backlog.clear();
                    }
                    future.cancel(false);
                    running = null;
                    runningFuture = null;
                    failFrom(task.from, "could not run: no diagnosis worker became free within the time budget of " //$NON-NLS-1$
                            + millis(budgetNanos) + " ms (rules abandoned earlier ignore interruption and still hold them)"); //$NON-NLS-1$
                    return;
                }
                int stuck = task.overBudget();
                if (stuck >= 0) {
                    synchronized (backlog) {
                        task.abandoned = true; // from now on it takes no further batch
                    }
                    future.cancel(true);
                    rules.get(stuck).fail("did not return within its time budget of " + millis(budgetNanos) //$NON-NLS-1$
                            + " ms and was abandoned", null); //$NON-NLS-1$
                    if (stuck + 1 < rules.size()) {
                        submit(new BatchTask(task.ops, stuck + 1));
                    } else {
                        running = null;
                        runningFuture = null;
                    }
                }
            } catch (ExecutionException e) {
                // only an Error the task could not attribute to a rule gets here
                running = null;
                runningFuture = null;
                throw new IllegalStateException("diagnosis worker failed", e.getCause()); //$NON-NLS-1$
            } catch (InterruptedException e) {
                task.abandoned = true;
                future.cancel(true);
                running = null;
                runningFuture = null;
                Thread.currentThread().interrupt();
                throw new OperationCanceledException("diagnosis interrupted"); //$NON-NLS-1$
            }
        }
    }

    /**
     * Runs a batch on a worker. A batch that waits longer than the budget for a free worker (every one is held by an
     * abandoned rule that ignores interruption) is given up in {@link #awaitRunning}; a pool that is shut down
     * rejects it at once. Either way the rules still to run fail for this trace: waiting could take forever.
     */
    private void submit(BatchTask task) {
        try {
            task.submittedAt = System.nanoTime();
            running = task;
            runningFuture = workers.submit(task);
        } catch (RejectedExecutionException e) {
            running = null;
            runningFuture = null;
            synchronized (backlog) {
                backlog.clear();
            }
            failFrom(task.from, "could not run: the diagnosis service is shutting down"); //$NON-NLS-1$
        }
    }

    private void failFrom(int first, String reason) {
        for (int i = first; i < rules.size(); i++) {
            rules.get(i).fail(reason, null);
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    // ---------------------------------------------------------------- one rule's context

    private final class ActiveRule implements RuleContext {
        final RuleDescriptor descriptor;
        final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        final Set<String> problems = Collections.synchronizedSet(new HashSet<>());
        volatile RuleRun run;
        /** how {@link #run} takes counted routine sessions; set with it */
        volatile CountedSessionHandling countedSessions = CountedSessionHandling.ONE_BY_ONE;
        /** how {@link #run} takes counted routine sessions that overlap; set with it */
        volatile CountedSessionHandling overlappingSessions = CountedSessionHandling.ONE_BY_ONE;
        /** a bit per {@link Kind} of event whose callback {@link #run} implements (see {@link Kind#handledBy}); set with it */
        volatile int handles = -1;
        /** the per-session states the rule asked for; the engine drops a session's entry after it ended */
        final List<SessionStates<?>> sessionStates = new ArrayList<>(1);
        volatile long spentNanos;
        volatile boolean failed;

        /** the rule's declared protocols by ordinal, read once: asked for every exchange of the trace */
        private final boolean[] protocols;

        ActiveRule(RuleDescriptor descriptor) {
            this.descriptor = descriptor;
            Protocol[] all = Protocol.values();
            protocols = new boolean[all.length];
            for (Protocol p : all) {
                protocols[p.ordinal()] = descriptor.info().accepts(p);
            }
        }

        /** @return what {@code RuleInfo.accepts} says for the rule */
        boolean accepts(Protocol protocol) {
            return protocol == null || protocols[protocol.ordinal()];
        }

        @Override
        public String ruleId() {
            return descriptor.info().id();
        }

        @Override
        public <S> SessionStates<S> sessionStates(Supplier<S> initial) {
            SessionStates<S> states = new SessionStates<>(initial);
            sessionStates.add(states);
            return states;
        }

        /** @return true when one of the rule's {@link SessionStates} holds a session's state */
        boolean holdsStates() {
            // by index, as forgetSession
            for (int i = 0, n = sessionStates.size(); i < n; i++) {
                if (sessionStates.get(i).size() != 0) {
                    return true;
                }
            }
            return false;
        }

        void forgetSession(SessionInfo session) {
            // by index: an iterator would be an object per session's end and rule in code the quick JIT tier compiled
            for (int i = 0, n = sessionStates.size(); i < n; i++) {
                sessionStates.get(i).remove(session);
            }
        }

        void forgetAllSessions() {
            sessionStates.forEach(SessionStates::clear);
        }

        @Override
        public CatalogService catalog() {
            return catalog;
        }

        @Override
        public void report(FindingReport report) {
            if (failed) {
                return; // a rule abandoned on its thread may still call in
            }
            String invalid = FindingAssembler.validate(report);
            if (invalid != null) {
                fail("reported an invalid finding: " + invalid, null); //$NON-NLS-1$
                return;
            }
            if (findings.size() >= MAX_FINDINGS_PER_RULE) {
                problem("reported more than " + MAX_FINDINGS_PER_RULE + " findings; the rest are dropped"); //$NON-NLS-1$ //$NON-NLS-2$
                return;
            }
            findings.add(assembler.toFinding(ruleId(), report, this::problem));
        }

        /** Drops the rule for this trace; the first reason is kept. */
        void fail(String reason, Throwable exception) {
            synchronized (this) {
                if (failed) {
                    return;
                }
                failed = true;
            }
            failedRules.incrementAndGet();
            String contributor = descriptor.info().contributor();
            String message = "rule " + ruleId() + " failed: " + reason; //$NON-NLS-1$ //$NON-NLS-2$
            failures.add(FindingAssembler.ruleFailure(ruleId(), contributor, message));
            log.log(true, contributor, "Diagnosis " + message + " (contributed by bundle " + contributor //$NON-NLS-1$ //$NON-NLS-2$
                    + "); the other rules' findings are not affected", exception); //$NON-NLS-1$
        }

        /** Records something wrong that does not stop the rule; each message once. */
        void problem(String reason) {
            if (!problems.add(reason)) {
                return;
            }
            String contributor = descriptor.info().contributor();
            String message = "rule " + ruleId() + ": " + reason; //$NON-NLS-1$ //$NON-NLS-2$
            failures.add(FindingAssembler.ruleFailure(ruleId(), contributor, message));
            log.log(false, contributor, "Diagnosis " + message + " (contributed by bundle " + contributor + ")", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
