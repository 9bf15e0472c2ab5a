package io.mailscope.trace.internal.conversation;

import java.util.ArrayDeque;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;

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

    /** One session's recent exchanges that are kept only if a failure follows. */
    static final class Window {
        private final ArrayDeque<ExchangeDraft> recent = new ArrayDeque<>();
        private int keepNext;
    }

    private final boolean keepAll;
    private int keptExchanges;

    ModelKeeper(boolean keepAll) {
        this.keepAll = keepAll;
    }

    /** A command (or a greeting) was seen. */
    void opened(Session session, ExchangeDraft draft) {
        if (keepAll || keptExchanges < MAX_KEPT_EXCHANGES) {
            keep(session, draft);
        }
    }

    /** An exchange's reply is complete. */
    void completed(Session session, Window window, ExchangeDraft draft, boolean failure) {
        if (keepAll) {
            return;
        }
        if (failure) {
            nearFailure(session, window);
            keep(session, draft);
            return;
        }
        if (window.keepNext > 0) {
            window.keepNext--;
            keep(session, draft);
            return;
        }
        if (keptExchanges <= MAX_KEPT_EXCHANGES && draft.kept()) {
            return;
        }
        window.recent.addLast(draft);
        if (window.recent.size() > WINDOW) {
            ExchangeDraft old = window.recent.removeFirst();
            if (old.kept()) {
                remove(session, old.model());
            }
        }
    }

    /** A failure that is no exchange (connection problem, client status): keep the exchanges around it. */
    void nearFailure(Session session, Window window) {
        for (ExchangeDraft draft : window.recent) {
            keep(session, draft);
        }
        window.recent.clear();
        window.keepNext = WINDOW;
    }

    /** A command that never got its reply: always kept, it is what a drop or time-out is about. */
    void abandoned(Session session, ExchangeDraft draft) {
        keep(session, draft);
    }

    /** A whole session left the model. */
    void sessionDropped(Session session) {
        keptExchanges -= session.getExchanges().size();
    }

    private void keep(Session session, ExchangeDraft draft) {
        if (!draft.kept()) {
            ((InternalEList<Exchange>) session.getExchanges()).addUnique(draft.materialize()); // new: in no list yet
            keptExchanges++;
        }
    }

    private void remove(Session session, Exchange old) {
        EList<Exchange> list = session.getExchanges();
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) == old) {
                list.remove(i);
                keptExchanges--;
                return;
            }
        }
    }
}
