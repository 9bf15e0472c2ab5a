package io.mailscope.diagnosis.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.mailscope.trace.events.SessionInfo;

/**
 * One rule's state per session, keyed by the session's id, created on first use. Get it from
 * {@link RuleContext#sessionStates}: the engine then drops a session's state after the rule's
 * {@link RuleRun#sessionEnded} returned, so no rule keeps its own {@code Map<Session, State>} or forgets to clean
 * it up. Used by one rule run on one thread at a time, like the run itself.
 * <p>
 * <b>Provider type.</b>
 *
 * @param <S> the rule's state for one session (a small mutable class of the rule's own)
 */
public final class SessionStates<S> {

    private final Supplier<S> initial;
    private final Map<Long, S> states = new HashMap<>();
    /** the state {@link #of} returned last, and its session's id: the events of a session mostly come together */
    private S lastState;
    private long lastId;

    /** A helper the rule manages itself (call {@link #remove} when a session ends); prefer the context's. */
    public SessionStates(Supplier<S> initial) {
        this.initial = initial;
    }

    /** Key of the state for records without a session (a status the trace does not tie to one); ids start at 1. */
    private static final Long NO_SESSION = Long.valueOf(0);

    private static Long key(SessionInfo session) {
        return session == null ? NO_SESSION : Long.valueOf(session.id());
    }

    /**
     * @param session a record's session; null (a status the trace does not tie to a session) has one shared state
     * @return the session's state, created now if this is the first time
     */
    public S of(SessionInfo session) {
        long id = session == null ? 0 : session.id();
        S last = lastState;
        if (last != null && id == lastId) {
            return last; // the session of the previous event (most events): no boxing, no look-up
        }
        // what computeIfAbsent does, without its capturing lambda (made through a method handle per call in code the
        // quick JIT tier compiled: once per session for most rules)
        Long key = key(session);
        S state = states.get(key);
        if (state == null) {
            state = initial.get();
            if (state != null) {
                states.put(key, state);
            }
        }
        lastId = id;
        lastState = state;
        return state;
    }

    /** @return the session's state, or null when none was created */
    public S peek(SessionInfo session) {
        if (states.isEmpty()) {
            return null; // most sessions' ends, for most rules: no boxing, no look-up
        }
        return states.get(key(session));
    }

    /** Forgets a session's state. */
    public S remove(SessionInfo session) {
        if (lastState != null && (session == null ? 0 : session.id()) == lastId) {
            lastState = null;
        }
        if (states.isEmpty()) {
            return null; // the engine forgets every session of every rule at its end: most rules kept nothing of it
        }
        return states.remove(key(session));
    }

    /** @return the states of sessions not yet ended, in no particular order */
    public List<S> open() {
        return new ArrayList<>(states.values());
    }

    /** @return how many sessions have state now */
    public int size() {
        return states.size();
    }

    /** Forgets all states (the engine calls it when the trace ends). */
    public void clear() {
        lastState = null;
        states.clear();
    }
}
