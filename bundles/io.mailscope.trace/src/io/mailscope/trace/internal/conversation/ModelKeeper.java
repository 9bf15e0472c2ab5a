package io.mailscope.trace.internal.conversation;

import java.util.ArrayDeque;
import java.util.ArrayList;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Exchange;
import io.mailscope.model.Session;

/**
 * Decides which exchanges become EMF objects in the model (the second tier); the listener sees every exchange as
 * an immutable record either way. With {@code keepAll}, or while the model holds fewer than
 * {@link #MAX_KEPT_EXCHANGES}, every exchange is kept from its command on (so the model's order is the command
 * order). Beyond that only exchanges near a failure are created: the last {@link #WINDOW} completed exchanges of a
 * session are held as compact drafts and become model objects only when a failure (a failed reply, a connection
 * problem, a client status, a command left without reply) follows; the {@link #WINDOW} exchanges after a failure
 * are kept too. Memory therefore grows with the failures, not with the trace.
 */
final class ModelKeeper {

    public static final int MAX_KEPT_EXCHANGES = 20_000;
    /** Exchanges kept before and after a failure once the bound is reached. */
    public static final int WINDOW = 8;

    /**
     * One session's recent exchanges that are kept only if a failure follows, and, for a session that is likely to
     * be dropped, its kept exchanges before they become model objects.
     */
    static final class Window {
        /** made with the first exchange it holds: a window is made for every session, most of them hold none */
        private ArrayDeque<ExchangeDraft> recent;
        private int keepNext;
        /** the session's model objects are deferred ({@link #defer}), until it is kept or dropped */
        private boolean deferring;
        /**
         * The exchanges the session's model list would hold, in its order, while their EMF objects are deferred
         * ({@link #defer}); made with the first (most deferred sessions keep none before they are dropped).
         */
        private ArrayList<ExchangeDraft> deferred;
        /**
         * The session's connection events while its exchanges are deferred: they join the session's model list only
         * when it stays in the model (most such sessions are dropped at their end); made with the first.
         */
        private ArrayList<ConnectionEvent> deferredEvents;

        /**
         * Defers the EMF objects of this session's kept exchanges until the session is known to stay in the model
         * ({@link ModelKeeper#sessionKept}): a session of a huge trace that ends without failure is dropped from
         * the model, and building its exchanges (most of an import's model work) would be wasted. The decisions
         * (what is kept, the count of kept exchanges) are the same; only the objects are created later, in the
         * same order. Call before the session's first exchange.
         */
        void defer() {
            deferring = true;
        }

        /** The session was kept or dropped: nothing is deferred any more. */
        private void settled() {
            deferring = false;
            deferred = null;
            deferredEvents = null;
        }
    }

    private final boolean keepAll;
    private int keptExchanges;

    ModelKeeper(boolean keepAll) {
        this.keepAll = keepAll;
    }

    /** A command (or a greeting) was seen. */
    void opened(Session session, Window window, ExchangeDraft draft) {
        if (keepAll || keptExchanges < MAX_KEPT_EXCHANGES) {
            keep(session, window, draft);
        }
    }

    /** An exchange's reply is complete. */
    void completed(Session session, Window window, ExchangeDraft draft, boolean failure) {
        if (keepAll) {
            return;
        }
        if (failure) {
            nearFailure(session, window);
            keep(session, window, draft);
            return;
        }
        if (window.keepNext > 0) {
            window.keepNext--;
            keep(session, window, draft);
            return;
        }
        if (keptExchanges <= MAX_KEPT_EXCHANGES && draft.kept()) {
            return;
        }
        if (window.recent == null) {
            window.recent = new ArrayDeque<>(WINDOW + 1);
        }
        window.recent.addLast(draft);
        if (window.recent.size() > WINDOW) {
            ExchangeDraft old = window.recent.removeFirst();
            if (old.kept()) {
                remove(session, window, old);
            }
        }
    }

    /** A failure that is no exchange (connection problem, client status): keep the exchanges around it. */
    void nearFailure(Session session, Window window) {
        if (window.recent != null) {
            for (ExchangeDraft draft : window.recent) {
                keep(session, window, draft);
            }
            window.recent.clear();
        }
        window.keepNext = WINDOW;
    }

    /** A command that never got its reply: always kept, it is what a drop or time-out is about. */
    void abandoned(Session session, Window window, ExchangeDraft draft) {
        keep(session, window, draft);
    }

    /**
     * A connection event of the session: added to the session's model list, or, while the session's exchanges are
     * deferred, when the session is kept ({@link #sessionKept}), in the same order.
     */
    void connectionEvent(Session session, Window window, ConnectionEvent event) {
        if (window.deferring) {
            if (window.deferredEvents == null) {
                window.deferredEvents = new ArrayList<>();
            }
            window.deferredEvents.add(event);
        } else {
            ((InternalEList<ConnectionEvent>) session.getConnectionEvents()).addUnique(event); // new: in no list yet
        }
    }

    /** A whole session left the model. */
    void sessionDropped(Session session, Window window) {
        keptExchanges -= window.deferring ? window.deferred == null ? 0 : window.deferred.size()
                : session.getExchanges().size();
        window.settled();
    }

    /** A session ended and stays in the model: its deferred exchanges become model objects now, in order. */
    void sessionKept(Session session, Window window) {
        if (window.deferred != null) {
            InternalEList<Exchange> list = (InternalEList<Exchange>) session.getExchanges();
            for (ExchangeDraft draft : window.deferred) {
                list.addUnique(draft.materialize()); // new: in no list yet
            }
        }
        if (window.deferredEvents != null) {
            InternalEList<ConnectionEvent> events = (InternalEList<ConnectionEvent>) session.getConnectionEvents();
            for (ConnectionEvent event : window.deferredEvents) {
                events.addUnique(event); // new: in no list yet
            }
        }
        window.settled();
    }

    private void keep(Session session, Window window, ExchangeDraft draft) {
        if (!draft.kept()) {
            if (window.deferring) {
                draft.deferModel();
                if (window.deferred == null) {
                    window.deferred = new ArrayList<>();
                }
                window.deferred.add(draft);
            } else {
                ((InternalEList<Exchange>) session.getExchanges()).addUnique(draft.materialize()); // new: in no list yet
            }
            keptExchanges++;
        }
    }

    private void remove(Session session, Window window, ExchangeDraft old) {
        if (window.deferring) {
            for (int i = window.deferred == null ? -1 : window.deferred.size() - 1; i >= 0; i--) {
                if (window.deferred.get(i) == old) {
                    window.deferred.remove(i);
                    keptExchanges--;
                    return;
                }
            }
            return;
        }
        EList<Exchange> list = session.getExchanges();
        Exchange model = old.model();
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) == model) {
                list.remove(i);
                keptExchanges--;
                return;
            }
        }
    }
}
