package io.mailscope.ui.internal.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ListenerList;

import io.mailscope.share.cases.Bookmark;
import io.mailscope.ui.internal.traces.TraceDocument;

/**
 * The engineer's notes on the case that is open in the workbench: free text on the case as a whole, and bookmarks with
 * notes on rows of each open trace. One per workbench (a service: {@code workbench.getService(CaseNotes.class)}); used
 * on the UI thread only. Bookmarks read from a case file wait by file until the trace editor of that file opens.
 */
public final class CaseNotes {

    private String notes = ""; //$NON-NLS-1$
    private final Map<TraceDocument, List<Bookmark>> bookmarks = new IdentityHashMap<>();
    private final Map<Path, List<Bookmark>> waiting = new HashMap<>();
    private final ListenerList<Runnable> listeners = new ListenerList<>();

    /** @return the notes on the case as a whole */
    public String notes() {
        return notes;
    }

    public void setNotes(String text) {
        if (!text.equals(notes)) {
            notes = text;
            changed();
        }
    }

    /** @return the bookmarks on {@code document}'s rows, in the order they were added */
    public List<Bookmark> bookmarks(TraceDocument document) {
        adoptWaiting(document);
        return List.copyOf(bookmarks.getOrDefault(document, List.of()));
    }

    public void add(TraceDocument document, Bookmark bookmark) {
        adoptWaiting(document);
        bookmarks.computeIfAbsent(document, d -> new ArrayList<>()).add(bookmark);
        changed();
    }

    /** Replaces {@code old} (its note edited) or removes it ({@code replacement} null). */
    public void replace(TraceDocument document, Bookmark old, Bookmark replacement) {
        List<Bookmark> list = bookmarks.get(document);
        int at = list == null ? -1 : list.indexOf(old);
        if (at < 0) {
            return;
        }
        if (replacement == null) {
            list.remove(at);
        } else {
            list.set(at, replacement);
        }
        changed();
    }

    /** Bookmarks of a case being opened: they join the document of {@code file} when its editor asks for them. */
    void expect(Path file, List<Bookmark> fromCase) {
        if (!fromCase.isEmpty()) {
            waiting.put(file.toAbsolutePath().normalize(), new ArrayList<>(fromCase));
        }
        changed();
    }

    /** Forgets the bookmarks of a closed trace. */
    void forget(TraceDocument document) {
        if (bookmarks.remove(document) != null) {
            changed();
        }
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void adoptWaiting(TraceDocument document) {
        if (document.file() != null) {
            List<Bookmark> fromCase = waiting.remove(document.file().toAbsolutePath().normalize());
            if (fromCase != null) {
                bookmarks.computeIfAbsent(document, d -> new ArrayList<>()).addAll(fromCase);
            }
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
