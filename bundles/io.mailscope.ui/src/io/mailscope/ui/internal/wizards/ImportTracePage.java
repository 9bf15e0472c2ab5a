package io.mailscope.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.mailscope.ui.internal.Messages;

/** Where the trace comes from: files and folders, or pasted text (with a name for the editor tab). */
public final class ImportTracePage extends WizardPage {

    private Button fromFiles;
    private Button fromText;
    private Text pathsText;
    private Text nameText;
    private Text pasteText;

    ImportTracePage() {
        super("source"); //$NON-NLS-1$
        setTitle(Messages.ImportTracePage_Title);
        setDescription(Messages.ImportTracePage_Description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);

        fromFiles = new Button(c, SWT.RADIO);
        fromFiles.setText(Messages.ImportTracePage_FromFiles);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(fromFiles);
        pathsText = new Text(c, SWT.BORDER);
        pathsText.setMessage(Messages.ImportTracePage_PathsHint);
        GridDataFactory.fillDefaults().grab(true, false).indent(16, 0).applyTo(pathsText);
        Button browseFiles = new Button(c, SWT.PUSH);
        browseFiles.setText(Messages.ImportTracePage_BrowseFiles);
        browseFiles.addListener(SWT.Selection, e -> browseFiles());
        Button browseFolder = new Button(c, SWT.PUSH);
        browseFolder.setText(Messages.ImportTracePage_BrowseFolder);
        browseFolder.addListener(SWT.Selection, e -> browseFolder());

        fromText = new Button(c, SWT.RADIO);
        fromText.setText(Messages.ImportTracePage_FromText);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(fromText);
        // the name's label next to its field (a row of its own over the first two columns, not stretched by the paths)
        Composite nameRow = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(nameRow);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(16, 0).applyTo(nameRow);
        Label nameLabel = new Label(nameRow, SWT.NONE);
        nameLabel.setText(Messages.ImportTracePage_Name);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(nameLabel);
        nameText = new Text(nameRow, SWT.BORDER);
        nameText.setText(Messages.ImportTracePage_DefaultName);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(nameText);
        Button paste = new Button(c, SWT.PUSH);
        paste.setText(Messages.ImportTracePage_PasteClipboard);
        paste.addListener(SWT.Selection, e -> pasteFromClipboard());
        pasteText = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        pasteText.setMessage(Messages.ImportTracePage_PasteHint);
        pasteText.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).indent(16, 0).hint(640, 260).applyTo(pasteText);

        fromFiles.setSelection(true);
        fromFiles.addListener(SWT.Selection, e -> validate());
        fromText.addListener(SWT.Selection, e -> validate());
        pathsText.addModifyListener(e -> select(fromFiles));
        pasteText.addModifyListener(e -> select(fromText));
        setControl(c);
        // a trace on the clipboard is the most common case: offer it without a click
        String clip = clipboardText();
        if (clip != null && clip.lines().count() >= 2) {
            pasteText.setText(clip);
        }
        validate();
    }

    private void select(Button source) {
        fromFiles.setSelection(source == fromFiles);
        fromText.setSelection(source == fromText);
        validate();
    }

    private void browseFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        if (dialog.open() != null) {
            pathsText.setText(String.join(";", Arrays.stream(dialog.getFileNames()).map(n -> Path.of(dialog.getFilterPath(), n).toString()).toList())); //$NON-NLS-1$
        }
    }

    private void browseFolder() {
        String folder = new DirectoryDialog(getShell()).open();
        if (folder != null) {
            pathsText.setText(folder);
        }
    }

    private String clipboardText() {
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }

    /** Fills the text box from the clipboard, as the button does. */
    public void pasteFromClipboard() {
        String clip = clipboardText();
        if (clip != null) {
            pasteText.setText(clip);
        }
    }

    /** Fills the page for pasted text (as typing or pasting does). */
    public void setPastedText(String name, String text) {
        nameText.setText(name);
        pasteText.setText(text);
    }

    /** Fills the page for files and folders, separated by ';'. */
    public void setPaths(String paths) {
        pathsText.setText(paths);
    }

    boolean isPastedText() {
        return fromText.getSelection();
    }

    String pastedName() {
        String name = nameText.getText().strip();
        return name.isEmpty() ? Messages.ImportTracePage_DefaultName : name;
    }

    String pastedText() {
        return pasteText.getText();
    }

    String paths() {
        return pathsText.getText();
    }

    private void validate() {
        String error = null;
        String missing = null; // nothing chosen yet is no error: the page says what to do, as the description does
        if (isPastedText()) {
            if (pasteText.getText().isBlank()) {
                missing = Messages.ImportTracePage_NoText;
            }
        } else {
            String[] paths = pathsText.getText().split("[\\n;]"); //$NON-NLS-1$
            if (pathsText.getText().isBlank()) {
                missing = Messages.ImportTracePage_NoPath;
            } else {
                for (String p : paths) {
                    if (!p.isBlank() && !Files.exists(Path.of(p.strip()))) {
                        error = NLS.bind(Messages.ImportTracePage_Missing, p.strip());
                        break;
                    }
                }
            }
        }
        setErrorMessage(error);
        setMessage(missing == null ? null : missing, missing == null ? NONE : INFORMATION);
        setPageComplete(error == null && missing == null);
    }
}
