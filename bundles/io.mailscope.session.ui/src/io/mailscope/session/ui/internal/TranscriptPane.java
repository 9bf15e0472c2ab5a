package io.mailscope.session.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

import io.mailscope.session.TranscriptEntry;

/**
 * The live transcript: one line per recorded entry, {@code +elapsed ms}, the entry's marker ({@code C:} client,
 * {@code S:} server, {@code *} connection, {@code ~} TLS and certificates, {@code #} engine notes) and its text as the
 * engine recorded it — already masked, so nothing secret ever reaches the widget. Client and server lines also differ
 * in colour. Entries arrive on session threads and are appended in batches on the UI thread.
 */
public final class TranscriptPane {

    /** Lines shown at most; older ones are dropped from the top (the trace editor keeps the whole session). */
    static final int MAX_LINES = 20_000;

    private final StyledText text;
    private final ConcurrentLinkedQueue<TranscriptEntry> incoming = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Color client;
    private final Color server;
    private final Color connection;
    private final Color tls;
    private final Color note;

    public TranscriptPane(Composite parent) {
        text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        client = new Color(new RGB(0x1a, 0x4f, 0xa8));
        server = new Color(new RGB(0x1d, 0x6b, 0x2a));
        connection = new Color(new RGB(0x6a, 0x6a, 0x6a));
        tls = new Color(new RGB(0x7b, 0x2c, 0x9c));
        note = new Color(new RGB(0x8a, 0x6d, 0x00));
        // Copy and Select All on the transcript's context menu too (Ctrl+C and Ctrl+A work in the widget itself)
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(text);
        menuItem(menu, Messages.TranscriptPane_Copy, text::copy);
        menuItem(menu, Messages.TranscriptPane_SelectAll, text::selectAll);
        text.setMenu(menu);
    }

    private static void menuItem(org.eclipse.swt.widgets.Menu menu, String label, Runnable run) {
        org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, e -> run.run());
    }

    public StyledText control() {
        return text;
    }

    /** Queues an entry from any thread; shown at the next UI turn. */
    public void append(TranscriptEntry entry) {
        incoming.add(entry);
        if (drainScheduled.compareAndSet(false, true) && !text.isDisposed()) {
            text.getDisplay().asyncExec(this::drain);
        }
    }

    /** Appends a line of the console itself (a failure, the start of a new connection). */
    public void appendMessage(String message) {
        append(new TranscriptEntry(0, -1, TranscriptEntry.Kind.NOTE, message));
    }

    private void drain() {
        drainScheduled.set(false);
        if (text.isDisposed()) {
            return;
        }
        StringBuilder block = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        int base = text.getCharCount();
        TranscriptEntry entry;
        while ((entry = incoming.poll()) != null) {
            String line = format(entry);
            StyleRange style = new StyleRange(base + block.length(), line.length(), colour(entry.kind()), null,
                    entry.kind() == TranscriptEntry.Kind.NOTE ? SWT.ITALIC : entry.kind() == TranscriptEntry.Kind.SENT ? SWT.BOLD : SWT.NORMAL);
            styles.add(style);
            block.append(line).append('\n');
        }
        if (block.isEmpty()) {
            return;
        }
        text.setRedraw(false);
        try {
            text.append(block.toString());
            for (StyleRange style : styles) {
                text.setStyleRange(style);
            }
            int excess = text.getLineCount() - 1 - MAX_LINES;
            if (excess > 0) {
                text.replaceTextRange(0, text.getOffsetAtLine(excess), ""); //$NON-NLS-1$
            }
            text.setTopIndex(text.getLineCount() - 1);
        } finally {
            text.setRedraw(true);
        }
    }

    /** @return {@code "    +12 ms C: USER alice"}; a console message has no time */
    static String format(TranscriptEntry entry) {
        String time = String.format(Locale.ROOT, "%10s", entry.elapsedMillis() < 0 ? "" : "+" + entry.elapsedMillis() + " ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return time + " " + entry.kind().marker() + " " + entry.text(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Color colour(TranscriptEntry.Kind kind) {
        return switch (kind) {
            case SENT -> client;
            case RECEIVED -> server;
            case CONNECTION -> connection;
            case TLS -> tls;
            case NOTE -> note;
        };
    }

    /** @return everything shown (what Copy Transcript and Export Transcript give) */
    public String contents() {
        return text.getText();
    }

    public void clear() {
        incoming.clear();
        text.setText(""); //$NON-NLS-1$
    }

    public void dispose() {
        client.dispose();
        server.dispose();
        connection.dispose();
        tls.dispose();
        note.dispose();
    }
}
