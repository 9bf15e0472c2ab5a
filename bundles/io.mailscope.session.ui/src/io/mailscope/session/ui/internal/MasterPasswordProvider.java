package io.mailscope.session.ui.internal;

import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * The master password of Secure Storage, asked from the engineer: the product ships no operating-system keyring
 * integration, so the storage's encryption key comes from a password only the engineer knows (asked twice when it is
 * first set, once per workbench session after that). Without a workbench, or when the caller forbids prompting,
 * nothing is asked and the secret is not stored.
 */
public final class MasterPasswordProvider extends PasswordProvider {

    /** Shortest master password accepted when one is set. */
    static final int MIN_LENGTH = 8;

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        if (!PlatformUI.isWorkbenchRunning() || container.hasOption(IProviderHints.PROMPT_USER)
                && Boolean.FALSE.equals(container.getOption(IProviderHints.PROMPT_USER))) {
            return null;
        }
        boolean create = (passwordType & CREATE_NEW_PASSWORD) != 0;
        Display display = PlatformUI.getWorkbench().getDisplay();
        AtomicReference<char[]> password = new AtomicReference<>();
        display.syncExec(() -> {
            Shell shell = display.getActiveShell();
            String first = ask(shell, create ? Messages.MasterPassword_New : Messages.MasterPassword_Enter, create);
            if (first == null) {
                return;
            }
            if (create) {
                String again = ask(shell, Messages.MasterPassword_Again, false);
                if (!first.equals(again)) {
                    return; // not confirmed: nothing is stored, the caller reports it
                }
            }
            password.set(first.toCharArray());
        });
        char[] chars = password.get();
        return chars == null ? null : new PBEKeySpec(chars);
    }

    private static String ask(Shell shell, String message, boolean checkLength) {
        InputDialog dialog = new InputDialog(shell, Messages.MasterPassword_Title, message, "", //$NON-NLS-1$
                checkLength ? text -> text.length() < MIN_LENGTH ? Messages.MasterPassword_TooShort : null : null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
            }
        };
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }

    @Override
    public boolean retryOnError(Exception e, IPreferencesContainer container) {
        return PlatformUI.isWorkbenchRunning(); // a mistyped master password: ask again
    }
}
