package io.mailscope.testserver.internal.registry;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;

import io.mailscope.testserver.ScenarioException;
import io.mailscope.testserver.spi.ScenarioBehaviour;

/**
 * Creates a Java scenario's class: inside {@link SafeRunner}, on its own thread, within a time budget, so a class whose
 * loading or constructor fails or hangs costs only this scenario.
 */
public final class JavaScenarioFactory {

    /** Budget for loading and constructing a contributed class. */
    public static final Duration CREATE_BUDGET = Duration.ofSeconds(10);

    private final IConfigurationElement element;
    private final String attribute;
    private final String contributor;

    public JavaScenarioFactory(IConfigurationElement element, String attribute, String contributor) {
        this.element = element;
        this.attribute = attribute;
        this.contributor = contributor;
    }

    /** @return a new behaviour instance (one per server start) */
    public ScenarioBehaviour create(String scenarioId) throws ScenarioException {
        AtomicReference<Object> created = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        FutureTask<Void> task = new FutureTask<>(() -> {
            SafeRunner.run(new ISafeRunnable() {
                @Override
                public void run() throws CoreException {
                    created.set(element.createExecutableExtension(attribute));
                }

                @Override
                public void handleException(Throwable exception) {
                    failure.set(exception);
                }
            });
            return null;
        });
        Thread thread = Thread.ofVirtual().name("mailscope-testserver-create-" + scenarioId).start(task); //$NON-NLS-1$
        try {
            task.get(CREATE_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new ScenarioException("scenario '" + scenarioId + "' from bundle " + contributor + ": creating its class took longer than " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + CREATE_BUDGET.toSeconds() + " s"); //$NON-NLS-1$
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioException("interrupted while creating scenario '" + scenarioId + "'", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (failure.get() != null) {
            throw new ScenarioException("scenario '" + scenarioId + "' from bundle " + contributor + ": its class cannot be created: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + failure.get(), failure.get());
        }
        if (!(created.get() instanceof ScenarioBehaviour behaviour)) {
            throw new ScenarioException("scenario '" + scenarioId + "' from bundle " + contributor + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + (created.get() == null ? "no class" : created.get().getClass().getName()) + " does not implement " //$NON-NLS-1$ //$NON-NLS-2$
                    + ScenarioBehaviour.class.getName());
        }
        return behaviour;
    }
}
