package io.mailscope.session.ui.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.session.CertificateTrustPrompt;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.RawSession;
import io.mailscope.session.SessionException;
import io.mailscope.session.SessionLimits;
import io.mailscope.session.SessionService;
import io.mailscope.session.TranscriptEntry;
import io.mailscope.session.TranscriptListener;

/**
 * One console connection, driven from the UI but never on the UI thread: connecting, each command and the idle watch
 * for what the server sends on its own run as {@link Job}s under one scheduling rule, so they take turns on the
 * engine's {@link RawSession} (which is not thread-safe). {@link #cancel()} and {@link #disconnect()} answer at once
 * from any thread: the engine's cancel closes the socket, so a blocked connect or read returns.
 */
public final class ConsoleSession {

    /** Job family of every job of every console (tests and the Progress view wait for them). */
    public static final Object FAMILY = ConsoleSession.class;

    /** How long a console session may stay open, and how long one reply may take. */
    static final SessionLimits CONSOLE_LIMITS = new SessionLimits(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofHours(2),
            8 * 1024, 4 * 1024 * 1024, 64L * 1024 * 1024);
    /** How long one idle watch waits for the server before the next queued command gets its turn. */
    private static final Duration WATCH = Duration.ofMillis(250);

    /** Where a session is. */
    public enum State {
        CONNECTING, CONNECTED, BUSY, CLOSED
    }

    /** What the console shows; called on job threads. */
    public interface Listener {
        void recorded(TranscriptEntry entry);

        void stateChanged(State state);

        /**
         * @param trace a consistent copy of the trace so far (the final trace when {@code finished})
         * @param diagnosis its findings so far
         */
        void traceChanged(Trace trace, Diagnosis diagnosis, List<TranscriptEntry> transcript, boolean finished);

        /** A command or the connection failed; the message says what (masked by the engine). */
        void failed(String message);
    }

    private final RawSession session;
    private final DiagnosisService diagnosis;
    private final Listener listener;
    private final ISchedulingRule turn = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };
    private final AtomicReference<State> state = new AtomicReference<>(State.CONNECTING);
    private volatile boolean finished;
    private final Job watch;

    /**
     * @param trusted fingerprints trusted before the session starts (permanently, or earlier in this console)
     * @param prompt asked about an untrusted certificate chain
     */
    public ConsoleSession(SessionService sessions, DiagnosisService diagnosis, MailEndpoint endpoint, Set<String> trusted,
            CertificateTrustPrompt prompt, Listener listener) {
        this.diagnosis = diagnosis;
        this.listener = listener;
        TranscriptListener recorded = listener::recorded;
        this.session = sessions.rawSession(endpoint, CONSOLE_LIMITS, trusted, prompt, recorded);
        this.watch = job("Watching " + endpoint.uri(), this::watchOnce); //$NON-NLS-1$
        watch.setSystem(true);
    }

    public MailEndpoint endpoint() {
        return session.endpoint();
    }

    public State state() {
        return state.get();
    }

    /** @return the engine's session (for the equivalent command and the TLS report) */
    public RawSession raw() {
        return session;
    }

    /** Connects in a job: resolve, connect, implicit TLS, greeting. */
    public Job connect() {
        setState(State.CONNECTING);
        return turn("Connecting to ", monitor -> { //$NON-NLS-1$
            session.open();
            if (session.endpoint().security() == io.mailscope.session.Security.STARTTLS) {
                // what the engineer chose in the dialog: upgrade before anything else is typed; a refusal leaves the
                // session plain, as a client would see it, and the transcript shows the reply
                session.startTls();
            }
        });
    }

    /**
     * Sends one line (or each line of a pasted block, e.g. message content after DATA) in a job.
     *
     * @return the job, or null when the session is not connected
     */
    public Job send(String text) {
        if (state.get() != State.CONNECTED && state.get() != State.BUSY) {
            return null;
        }
        List<String> lines = text.lines().toList();
        return turn("Sending to ", monitor -> { //$NON-NLS-1$
            setState(State.BUSY);
            for (String line : lines.isEmpty() ? List.of("") : lines) { //$NON-NLS-1$
                if (monitor.isCanceled() || finished) {
                    break;
                }
                // an IMAP command typed without a tag gets the session's next one: shown and recorded as sent
                session.command(session.withTag(line));
            }
        });
    }

    /**
     * Logs in as the endpoint's user with {@code credential} in a job, the way a mail client does (the engine's
     * {@link RawSession#logIn}); the secret is masked in everything recorded. The credential is destroyed afterwards.
     *
     * @return the job, or null when the session is not connected
     */
    public Job logIn(io.mailscope.session.Credential credential) {
        if (state.get() != State.CONNECTED && state.get() != State.BUSY) {
            credential.destroy();
            return null;
        }
        return turn("Logging in to ", monitor -> { //$NON-NLS-1$
            setState(State.BUSY);
            try {
                session.logIn(credential);
            } finally {
                credential.destroy();
            }
        });
    }

    /** @return true while message content is being sent (after SMTP DATA / 354) */
    public boolean inMessageData() {
        return session.inMessageData();
    }

    /** Sends STARTTLS/STLS and upgrades the connection when the server agrees (the certificate prompt may open). */
    public Job startTls() {
        return turn("STARTTLS with ", monitor -> { //$NON-NLS-1$
            setState(State.BUSY);
            session.startTls();
        });
    }

    @FunctionalInterface
    private interface SessionWork {
        void run(IProgressMonitor monitor) throws SessionException;
    }

    /**
     * Schedules one turn on the session: the work, then the console is told (connected again, the trace so far, the
     * idle watch resumed), or the session ends when the work failed or closed it (QUIT, LOGOUT, a drop).
     */
    private Job turn(String what, SessionWork work) {
        Job job = job(what + session.endpoint().uri(), monitor -> {
            try {
                work.run(monitor);
                if (!session.isOpen()) {
                    end(null);
                    return;
                }
                setState(State.CONNECTED);
                publish();
                watch.schedule(100);
            } catch (SessionException e) {
                end(e.getMessage());
            }
        });
        job.schedule();
        return job;
    }

    /** Stops whatever the session is doing, at once, from any thread; the session is over. */
    public void cancel() {
        session.cancel();
        Job.getJobManager().cancel(this);
        finishInJob(Messages.ConsoleSession_Cancelled);
    }

    /** Closes the connection, at once, from any thread (the server gets no QUIT: type it for a polite goodbye). */
    public void disconnect() {
        session.cancel();
        Job.getJobManager().cancel(this);
        finishInJob(null);
    }

    private void finishInJob(String message) {
        Job end = job("Closing " + session.endpoint().uri(), monitor -> end(message)); //$NON-NLS-1$
        end.setSystem(true);
        end.schedule();
    }

    /** One idle watch: lines the server sends on its own are recorded; a close ends the session. */
    private void watchOnce(IProgressMonitor monitor) {
        if (finished || state.get() != State.CONNECTED) {
            return;
        }
        try {
            if (!session.awaitServer(WATCH).isEmpty()) {
                publish();
            }
            if (!finished && !monitor.isCanceled()) {
                watch.schedule(150); // a command queued meanwhile gets the turn first: it waited longer
            }
        } catch (SessionException e) {
            end(e.getMessage());
        }
    }

    /** Diagnoses the trace so far and hands it to the console (the editor and the Diagnosis view follow). */
    private void publish() {
        Trace snapshot = session.traceSnapshot();
        listener.traceChanged(snapshot, diagnosis.diagnose(snapshot), session.transcript(), false);
    }

    /** Ends the session once: closes it, runs the final diagnosis and reports the failure, if any. */
    private void end(String failure) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
        }
        watch.cancel();
        Diagnosis result = session.finish();
        setState(State.CLOSED);
        if (failure != null) {
            listener.failed(failure);
        }
        listener.traceChanged(session.trace(), result, session.transcript(), true);
    }

    private void setState(State newState) {
        if (state.getAndSet(newState) != newState) {
            listener.stateChanged(newState);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(IProgressMonitor monitor);
    }

    private Job job(String name, Work work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                work.run(monitor);
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY || family == ConsoleSession.this;
            }

            @Override
            protected void canceling() {
                session.cancel(); // a job cancelled from the Progress view stops the session's blocking call
            }
        };
        job.setRule(turn);
        return job;
    }
}
