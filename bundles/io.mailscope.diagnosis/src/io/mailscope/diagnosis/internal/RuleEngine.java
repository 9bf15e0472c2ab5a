package io.mailscope.diagnosis.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.Cause;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.Evidence;
import io.mailscope.model.Exchange;
import io.mailscope.model.Finding;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.HResult;

/**
 * One diagnosis: a {@link io.mailscope.trace.TraceListener} that fans every event out to all rules, in one pass.
 * <p>
 * Events are collected into batches of up to 2048 and handed to the rules together, on a worker thread while the
 * importer reads on (batches run in order, one at a time), so a rule sees an exchange a little after the importer
 * reported it; {@link RuleContext#sessionOf} still gives its session when a large import has already dropped it from
 * the model. The importer does not change an exchange after reporting it, other than detaching it.
 * <p>
 * Isolation. Events are collected into batches; each batch is run on a worker thread, rule by rule (each rule sees
 * the batch's events in order), every call into a rule inside {@link SafeRunner}. The time a rule spends is summed
 * over all its calls; a rule that goes over its budget is dropped, and a rule that is still running when its budget
 * is used up is abandoned on its thread (like Felix Health Check's executor: the thread is interrupted and left
 * behind, the other rules go on in a new worker). A rule that throws, returns {@code null} from {@code start} or
 * reports an invalid finding is dropped too. Each of these is logged with the contributor's bundle id and recorded
 * as a {@link RuleFailure}; the other rules' findings are kept.
 * <p>
 * When the client reported a failure code that no finding explains, a finding with {@code determined=false} says so.
 */
public final class RuleEngine implements DiagnosisRun {

    /** Rule id of the findings that only repeat a code the client reported. */
    public static final String UNDETERMINED_RULE_ID = "io.mailscope.diagnosis.undetermined"; //$NON-NLS-1$
    /** Default time budget of one rule for one trace, over all its callbacks. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);
    /** A rule reporting more findings than this for one trace is stopped from adding more. */
    public static final int MAX_FINDINGS_PER_RULE = 1000;

    private static final int BATCH_SIZE = 2048;
    private static final MailscopeFactory FACTORY = MailscopeFactory.eINSTANCE;
    private static final ExecutorService WORKERS = newWorkers();
    /** The first event of every run: creates the rule and its {@link RuleRun}. */
    private static final Op START = RuleEngine::startRule;

    private final List<ActiveRule> rules;
    private final CatalogService catalog;
    private final long budgetNanos;
    private final ILog log;
    private final List<Op> batch = new ArrayList<>(BATCH_SIZE);
    private final Map<Integer, StatusEvent> reportedCodes = new LinkedHashMap<>();
    private final List<RuleFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private boolean ended;
    private Diagnosis result;
    /** the batch the rules are working on, while the importer goes on reading */
    private BatchTask running;
    private Future<?> runningFuture;
    /**
     * Batches waiting for the rules, oldest first. The running task takes the next one itself when it is done, so the
     * importer only waits for the rules when they fall more than {@link #MAX_BACKLOG} batches behind.
     */
    private final Deque<List<Op>> backlog = new ArrayDeque<>();
    private static final int MAX_BACKLOG = 8;

    /** One event for one rule. */
    @FunctionalInterface
    private interface Op {
        void apply(ActiveRule rule) throws Exception;
    }

    public RuleEngine(List<RuleDescriptor> descriptors, CatalogService catalog, Duration budget, ILog log) {
        this.catalog = catalog;
        this.budgetNanos = budget.toNanos();
        this.log = log;
        List<ActiveRule> active = new ArrayList<>(descriptors.size());
        descriptors.forEach(d -> active.add(new ActiveRule(d)));
        this.rules = List.copyOf(active);
        batch.add(START);
    }

    private static ExecutorService newWorkers() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "Mailscope diagnosis rules #" + count.incrementAndGet()); //$NON-NLS-1$
                    t.setDaemon(true);
                    return t;
                });
        return pool;
    }

    private static void startRule(ActiveRule rule) throws Exception {
        DiagnosisRule created = rule.descriptor.createRule();
        RuleRun run = created.start(rule);
        if (run == null) {
            throw new GarbageException("start(RuleContext) returned null"); //$NON-NLS-1$
        }
        rule.run = run;
    }

    /** A rule returned something it must not. */
    static final class GarbageException extends Exception {
        private static final long serialVersionUID = 1L;

        GarbageException(String message) {
            super(message);
        }
    }

    // ---------------------------------------------------------------- TraceListener: collect, run in batches

    private void add(Op op) {
        if (ended) {
            throw new IllegalStateException("the trace has ended"); //$NON-NLS-1$
        }
        batch.add(op);
        if (batch.size() >= BATCH_SIZE) {
            flush();
        }
    }

    @Override
    public void sessionStarted(Session session) {
        add(r -> r.run.sessionStarted(session));
    }

    @Override
    public void exchangeCompleted(Exchange exchange) {
        Session session = exchange.getSession();
        add(r -> {
            if (session == null || r.descriptor.info().accepts(session.getProtocol())) {
                r.currentExchange = exchange;
                r.currentSession = session;
                try {
                    r.run.exchangeCompleted(exchange);
                } finally {
                    r.currentExchange = null;
                    r.currentSession = null;
                }
            }
        });
    }

    @Override
    public void connectionEvent(Session session, ConnectionEvent event) {
        add(r -> r.run.connectionEvent(session, event));
    }

    @Override
    public void statusEvent(StatusEvent event) {
        if (event.getValue() < 0) {
            reportedCodes.putIfAbsent(Integer.valueOf(event.getValue()), event);
        }
        add(r -> r.run.statusEvent(event));
    }

    @Override
    public void sessionEnded(Session session) {
        add(r -> r.run.sessionEnded(session));
    }

    @Override
    public void traceEnded(Trace trace) {
        if (ended) {
            return;
        }
        add(r -> r.run.traceEnded(trace));
        flush();
        awaitRunning();
        ended = true;
    }

    @Override
    public Diagnosis finish(Trace trace) {
        if (result == null) {
            traceEnded(trace);
            result = collect(trace);
        }
        return result;
    }

    // ---------------------------------------------------------------- isolation

    /** Runs one batch for rules {@code from..}; rule-major, so each rule is timed once per batch. */
    private final class BatchTask implements Runnable {
        volatile List<Op> ops;
        int from;
        volatile int current = -1;
        volatile long chunkStart;
        volatile boolean abandoned;

        BatchTask(List<Op> ops, int from) {
            this.ops = ops;
            this.from = from;
        }

        @Override
        public void run() {
            do {
                runBatch();
            } while (takeNextBatch());
            current = -1;
        }

        /** @return true when the next waiting batch was taken; under the backlog's lock, so an abandoned task takes none */
        private boolean takeNextBatch() {
            synchronized (backlog) {
                List<Op> next = abandoned ? null : backlog.poll();
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
                        for (Op op : ops) {
                            if (rule.failed || abandoned) {
                                return;
                            }
                            if (op == START || rule.run != null) {
                                op.apply(rule);
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
        if (batch.isEmpty()) {
            return;
        }
        int waiting;
        synchronized (backlog) {
            backlog.add(List.copyOf(batch));
            waiting = backlog.size();
        }
        batch.clear();
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
        List<Op> next;
        synchronized (backlog) {
            next = backlog.poll();
        }
        if (next != null) {
            running = new BatchTask(next, 0);
            runningFuture = WORKERS.submit(running);
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
        } catch (java.util.concurrent.CancellationException e) {
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
                int stuck = task.overBudget();
                if (stuck >= 0) {
                    synchronized (backlog) {
                        task.abandoned = true; // from now on it takes no further batch
                    }
                    future.cancel(true);
                    rules.get(stuck).fail("did not return within its time budget of " + millis(budgetNanos) //$NON-NLS-1$
                            + " ms and was abandoned", null); //$NON-NLS-1$
                    if (stuck + 1 < rules.size()) {
                        running = new BatchTask(task.ops, stuck + 1);
                        runningFuture = WORKERS.submit(running);
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

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    // ---------------------------------------------------------------- one rule's context

    private final class ActiveRule implements RuleContext {
        final RuleDescriptor descriptor;
        final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        final Set<String> problems = Collections.synchronizedSet(new HashSet<>());
        volatile RuleRun run;
        /** the exchange being delivered and its session when the importer reported it (it may be detached since) */
        Exchange currentExchange;
        Session currentSession;
        volatile long spentNanos;
        volatile boolean failed;

        ActiveRule(RuleDescriptor descriptor) {
            this.descriptor = descriptor;
        }

        @Override
        public String ruleId() {
            return descriptor.info().id();
        }

        @Override
        public Session sessionOf(Exchange exchange) {
            Session session = exchange.getSession();
            if (session == null && exchange == currentExchange) {
                session = currentSession;
            }
            return session;
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
            String invalid = validate(report);
            if (invalid != null) {
                fail("reported an invalid finding: " + invalid, null); //$NON-NLS-1$
                return;
            }
            if (findings.size() >= MAX_FINDINGS_PER_RULE) {
                problem("reported more than " + MAX_FINDINGS_PER_RULE + " findings; the rest are dropped"); //$NON-NLS-1$ //$NON-NLS-2$
                return;
            }
            findings.add(toFinding(report));
        }

        private Finding toFinding(FindingReport report) {
            Finding finding = FACTORY.createFinding();
            finding.setRuleId(ruleId());
            finding.setErrorCode(catalog.byValue(report.code()).orElseGet(() -> uncatalogued(report.code())));
            Cause cause = catalog.cause(report.causeId()).orElse(null);
            if (cause == null) {
                problem("cause id '" + report.causeId() + "' is not in the catalog; the finding is kept with its code and category"); //$NON-NLS-1$ //$NON-NLS-2$
                cause = uncataloguedCause(report);
            }
            finding.setCause(cause);
            finding.setCategory(cause.getCategory());
            finding.setConfidence(report.confidence());
            finding.setSummary(report.summary());
            finding.setDetermined(true);
            for (TraceEvent event : report.evidence()) {
                finding.getEvidence().add(evidence(event));
            }
            return finding;
        }

        /** Drops the rule for this trace; the first reason is kept. */
        void fail(String reason, Throwable exception) {
            synchronized (this) {
                if (failed) {
                    return;
                }
                failed = true;
            }
            String contributor = descriptor.info().contributor();
            String message = "rule " + ruleId() + " failed: " + reason; //$NON-NLS-1$ //$NON-NLS-2$
            failures.add(ruleFailure(ruleId(), contributor, message));
            log.log(new Status(IStatus.ERROR, contributor, "Diagnosis " + message + " (contributed by bundle " + contributor //$NON-NLS-1$ //$NON-NLS-2$
                    + "); the other rules' findings are not affected", exception)); //$NON-NLS-1$
        }

        /** Records something wrong that does not stop the rule; each message once. */
        void problem(String reason) {
            if (!problems.add(reason)) {
                return;
            }
            String contributor = descriptor.info().contributor();
            String message = "rule " + ruleId() + ": " + reason; //$NON-NLS-1$ //$NON-NLS-2$
            failures.add(ruleFailure(ruleId(), contributor, message));
            log.log(new Status(IStatus.WARNING, contributor, "Diagnosis " + message + " (contributed by bundle " + contributor + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static String validate(FindingReport report) {
        if (report == null) {
            return "null"; //$NON-NLS-1$
        }
        if (report.code() >= 0) {
            return "code " + new HResult(report.code()).hex() + " is not a failure code"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (report.causeId() == null || report.causeId().isBlank()) {
            return "no cause id"; //$NON-NLS-1$
        }
        if (!(report.confidence() >= 0 && report.confidence() <= 1)) {
            return "confidence " + report.confidence() + " is not in 0..1"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (report.evidence() == null || report.evidence().isEmpty()) {
            return "no evidence"; //$NON-NLS-1$
        }
        if (report.evidence().contains(null)) {
            return "a null evidence event"; //$NON-NLS-1$
        }
        return null;
    }

    // ---------------------------------------------------------------- result

    private Diagnosis collect(Trace trace) {
        Diagnosis diagnosis = FACTORY.createDiagnosis();
        diagnosis.setTrace(trace);
        List<Finding> findings = new ArrayList<>();
        Set<Integer> explained = new HashSet<>();
        for (ActiveRule rule : rules) {
            synchronized (rule.findings) {
                for (Finding f : rule.findings) {
                    findings.add(f);
                    explained.add(Integer.valueOf(f.getErrorCode().getValue()));
                }
            }
        }
        findings.sort(Comparator.comparingInt(RuleEngine::firstLine));
        for (Map.Entry<Integer, StatusEvent> reported : reportedCodes.entrySet()) {
            if (!explained.contains(reported.getKey())) {
                findings.add(undetermined(reported.getValue()));
            }
        }
        diagnosis.getFindings().addAll(findings);
        synchronized (failures) {
            diagnosis.getRuleFailures().addAll(failures);
        }
        return diagnosis;
    }

    private static int firstLine(Finding f) {
        return f.getEvidence().stream().mapToInt(Evidence::getFirstLine).filter(l -> l > 0).min().orElse(Integer.MAX_VALUE);
    }

    private Finding undetermined(StatusEvent event) {
        Finding finding = FACTORY.createFinding();
        finding.setRuleId(UNDETERMINED_RULE_ID);
        ErrorCode code = event.getErrorCode() != null ? event.getErrorCode()
                : catalog.byValue(event.getValue()).orElseGet(() -> uncatalogued(event.getValue()));
        finding.setErrorCode(code);
        finding.setCategory(CauseCategory.UNKNOWN);
        finding.setConfidence(0);
        finding.setDetermined(false);
        finding.setSummary("client reported " + new HResult(event.getValue()).hex() + "; cause not determined"); //$NON-NLS-1$ //$NON-NLS-2$
        finding.getEvidence().add(evidence(event));
        return finding;
    }

    private static Evidence evidence(TraceEvent event) {
        Evidence e = FACTORY.createEvidence();
        e.setFirstLine(event.getFirstLine());
        e.setLastLine(event.getLastLine());
        e.setText(event.getText());
        e.setEvent(event);
        return e;
    }

    /** @return a code outside the catalog (no container), so a finding still carries the value */
    private static ErrorCode uncatalogued(int value) {
        ErrorCode code = FACTORY.createErrorCode();
        code.setValue(value);
        return code;
    }

    /** @return a cause outside the catalog (no container) with the reported id and category, and no remedies */
    private static Cause uncataloguedCause(FindingReport report) {
        Cause cause = FACTORY.createCause();
        cause.setId(report.causeId());
        cause.setCategory(report.category() != null ? report.category() : FindingReport.categoryOf(report.causeId()));
        return cause;
    }

    private static RuleFailure ruleFailure(String ruleId, String contributor, String message) {
        RuleFailure failure = FACTORY.createRuleFailure();
        failure.setRuleId(ruleId);
        failure.setContributor(contributor);
        failure.setMessage(message);
        return failure;
    }
}
