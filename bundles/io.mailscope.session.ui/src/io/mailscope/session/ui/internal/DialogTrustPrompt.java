package io.mailscope.session.ui.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.mailscope.session.CertificateTrustPrompt;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.TlsReport;

/**
 * The engine's certificate prompt as the workbench answers it: the session's thread opens a
 * {@link CertificateDialog} on the UI thread (not blocking the UI in a nested loop) and waits for the answer; a
 * permanent trust is stored in Secure Storage. {@link #cancelPending()} answers "no" at once, for Cancel and
 * Disconnect.
 */
public final class DialogTrustPrompt implements CertificateTrustPrompt {

    /** How long the session waits for the engineer before it gives up on the certificate. */
    private static final long ANSWER_MINUTES = 10;

    private final Display display;
    private final Supplier<Shell> shell;
    private final Supplier<SecureStore> store;
    private final Consumer<String> problems;
    private volatile CertificateDialog open;
    private volatile CompletableFuture<Decision> pending;

    /**
     * @param store where permanent trust goes (looked up when needed: Secure Storage may be unavailable)
     * @param problems told when a permanent trust could not be stored
     */
    public DialogTrustPrompt(Display display, Supplier<Shell> shell, Supplier<SecureStore> store,
            Consumer<String> problems) {
        this.display = display;
        this.shell = shell;
        this.store = store;
        this.problems = problems;
    }

    @Override
    public Decision decide(MailEndpoint endpoint, TlsReport untrusted) {
        CompletableFuture<Decision> answer = new CompletableFuture<>();
        pending = answer;
        display.asyncExec(() -> {
            if (answer.isDone() || display.isDisposed()) {
                return;
            }
            CertificateDialog dialog = new CertificateDialog(shell.get(), endpoint, untrusted);
            dialog.setBlockOnOpen(false);
            dialog.decision().whenComplete((d, e) -> answer.complete(d == null ? Decision.REJECT : d));
            answer.whenComplete((d, e) -> display.asyncExec(() -> {
                open = null;
                if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                    dialog.close(); // answered elsewhere (cancel): the dialog goes too
                }
            }));
            open = dialog;
            dialog.open();
        });
        Decision decision;
        try {
            decision = answer.get(ANSWER_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            decision = Decision.REJECT;
        } catch (ExecutionException | TimeoutException e) {
            decision = Decision.REJECT;
        } finally {
            answer.complete(Decision.REJECT);
            pending = null;
        }
        if (decision == Decision.TRUST_PERMANENTLY && !untrusted.chain().isEmpty()) {
            try {
                store.get().trustPermanently(endpoint, untrusted.leafFingerprint(), untrusted.chain().get(0).subject());
            } catch (StorageException | RuntimeException e) {
                problems.accept(NLS.bind(Messages.DialogTrustPrompt_NotStored, e.getMessage()));
            }
        }
        return decision;
    }

    /** Answers an open question with "not trusted" (Cancel, Disconnect, the view closing). */
    public void cancelPending() {
        CompletableFuture<Decision> p = pending;
        if (p != null) {
            p.complete(Decision.REJECT);
        }
    }

    /** @return the dialog waiting for an answer, if any (UI thread) */
    public Optional<CertificateDialog> openDialog() {
        // an answered dialog may still be closing (its close runs in a later UI turn): it waits for nothing
        return Optional.ofNullable(open).filter(dialog -> !dialog.decision().isDone());
    }

    /** @return the fingerprints trusted permanently for the endpoint's server (empty when storage is unavailable) */
    public static Map<String, String> permanent(Supplier<SecureStore> store, MailEndpoint endpoint, Consumer<String> problems) {
        try {
            return store.get().trustedCertificates(endpoint);
        } catch (StorageException | RuntimeException e) {
            problems.accept(NLS.bind(Messages.DialogTrustPrompt_NotRead, e.getMessage()));
            return Map.of();
        }
    }
}
