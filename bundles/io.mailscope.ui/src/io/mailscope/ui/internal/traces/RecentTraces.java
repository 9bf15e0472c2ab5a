package io.mailscope.ui.internal.traces;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The files opened last (File > Recent Traces: traces and case files), newest first, kept in the instance preferences. */
public final class RecentTraces {

    private static final String KEY = "recentTraces"; //$NON-NLS-1$
    private static final int MAX = 10;
    private static final String SEPARATOR = "\n"; //$NON-NLS-1$

    private RecentTraces() {
    }

    private static IPreferenceStore store() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, "io.mailscope.ui"); //$NON-NLS-1$
    }

    /** @return the recent files, newest first */
    public static synchronized List<Path> list() {
        String value = store().getString(KEY);
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(SEPARATOR)).map(Path::of).toList();
    }

    public static synchronized void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        IPreferenceStore store = store();
        store.setValue(KEY, String.join(SEPARATOR, files.stream().limit(MAX).map(Path::toString).toList()));
        try {
            ((ScopedPreferenceStore) store).save();
        } catch (java.io.IOException e) {
            // the list is a convenience: losing it must not fail the import, but it is worth knowing
            org.eclipse.core.runtime.ILog.of(RecentTraces.class).warn("could not save the recent traces list: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }
}
