package io.mailscope.tests.harness;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the platform logs (the Error Log's entries) while each test runs, for tests of what a bundle reports about
 * broken contributions: {@code @RegisterExtension final LogEntries log = new LogEntries();} then {@code log.all()}.
 */
public final class LogEntries implements BeforeEachCallback, AfterEachCallback {

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);

    @Override
    public void beforeEach(ExtensionContext context) {
        logged.clear();
        Platform.addLogListener(listener);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Platform.removeLogListener(listener);
    }

    /** @return the entries logged since the test started, oldest first (written from any thread) */
    public List<IStatus> all() {
        return logged;
    }

    /** @return true when an entry logged since the test started matches */
    public boolean any(Predicate<IStatus> entry) {
        return logged.stream().anyMatch(entry);
    }
}
