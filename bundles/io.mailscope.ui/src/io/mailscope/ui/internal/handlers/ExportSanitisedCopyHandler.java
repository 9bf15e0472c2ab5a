package io.mailscope.ui.internal.handlers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.share.SanitisedExport;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.editors.TraceEditor;

/**
 * File > Export Sanitised Copy...: the active trace's conversation with addresses, host names, IP addresses and message
 * bodies replaced (secrets are masked by the import already), for a ticket or a forum post.
 */
public final class ExportSanitisedCopyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActiveEditor(event) instanceof TraceEditor editor)) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.ExportSanitisedCopy_Title);
        dialog.setFilterExtensions(new String[] { "*.txt", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName(editor.document().name() + ".sanitised.txt"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target == null) {
            return null;
        }
        SanitisedExport copy = SanitisedExport.of(editor.document().rows());
        try {
            Files.writeString(Path.of(target), copy.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExecutionException(NLS.bind(Messages.ExportSanitisedCopy_Failed, target, e.getMessage()), e);
        }
        MessageDialog.openInformation(shell, Messages.ExportSanitisedCopy_Title, NLS.bind(Messages.ExportSanitisedCopy_Done, new Object[] { target,
                Integer.valueOf(copy.addresses()), Integer.valueOf(copy.hosts()), Integer.valueOf(copy.ipAddresses()), Integer.valueOf(copy.bodyLines()) }));
        return null;
    }
}
