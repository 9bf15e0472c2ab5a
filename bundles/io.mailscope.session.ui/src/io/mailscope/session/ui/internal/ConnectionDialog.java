package io.mailscope.session.ui.internal;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import io.mailscope.model.Protocol;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.Security;

/**
 * Asks where to connect: protocol, host, port, security, user and password. Changing the protocol or the security
 * moves the port to its well-known default unless the engineer typed another port. The password is handed out once
 * ({@link #takePassword()}) and never kept by the dialog.
 */
public final class ConnectionDialog extends TitleAreaDialog {

    private static final Protocol[] PROTOCOLS = { Protocol.POP3, Protocol.IMAP, Protocol.SMTP };
    private static final Security[] SECURITIES = { Security.NONE, Security.STARTTLS, Security.IMPLICIT };

    private ConnectionSettings settings;
    private char[] password;
    private Combo protocol;
    private Text host;
    private Spinner port;
    private Combo security;
    private Text user;
    private Text passwordField;
    private Button remember;
    private boolean portTyped;
    private final String okLabel;

    /**
     * @param initial what the fields show first
     * @param rememberedPassword the password from Secure Storage, or null
     */
    public ConnectionDialog(Shell parent, ConnectionSettings initial, char[] rememberedPassword) {
        this(parent, initial, rememberedPassword, Messages.ConnectionDialog_Connect);
    }

    /** @param okLabel what the OK button says (Connect, Run Test) */
    public ConnectionDialog(Shell parent, ConnectionSettings initial, char[] rememberedPassword, String okLabel) {
        super(parent);
        this.okLabel = okLabel;
        this.settings = initial;
        this.password = rememberedPassword;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ConnectionDialog_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.ConnectionDialog_Heading);
        setMessage(Messages.ConnectionDialog_Message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        body.setLayout(new GridLayout(2, false));

        protocol = combo(body, Messages.ConnectionDialog_Protocol, Arrays.stream(PROTOCOLS).map(Protocol::getLiteral).toArray(String[]::new));
        protocol.select(Arrays.asList(PROTOCOLS).indexOf(settings.protocol()));
        host = text(body, Messages.ConnectionDialog_Host, SWT.BORDER);
        host.setText(settings.host());
        new Label(body, SWT.NONE).setText(Messages.ConnectionDialog_Port);
        port = new Spinner(body, SWT.BORDER);
        port.setValues(settings.port(), 1, 65535, 0, 1, 100);
        port.addModifyListener(e -> portTyped = port.isFocusControl());
        security = combo(body, Messages.ConnectionDialog_Security,
                new String[] { Messages.ConnectionDialog_SecurityNone, Messages.ConnectionDialog_SecurityStartTls, Messages.ConnectionDialog_SecurityTls });
        security.select(Arrays.asList(SECURITIES).indexOf(settings.security()));
        user = text(body, Messages.ConnectionDialog_User, SWT.BORDER);
        user.setText(settings.user() == null ? "" : settings.user()); //$NON-NLS-1$
        passwordField = text(body, Messages.ConnectionDialog_Password, SWT.BORDER | SWT.PASSWORD);
        if (password != null) {
            passwordField.setText(new String(password));
        }
        new Label(body, SWT.NONE);
        remember = new Button(body, SWT.CHECK);
        remember.setText(Messages.ConnectionDialog_Remember);
        remember.setSelection(settings.remember() || password != null);
        protocol.addModifyListener(e -> defaultPort());
        security.addModifyListener(e -> defaultPort());
        host.addModifyListener(e -> validate());
        return area;
    }

    private void defaultPort() {
        if (!portTyped) {
            port.setSelection(MailEndpoint.defaultPort(selectedProtocol(), selectedSecurity()));
        }
    }

    private void validate() {
        boolean ok = !host.getText().isBlank();
        setErrorMessage(ok ? null : Messages.ConnectionDialog_NoHost);
        Button button = getButton(IDialogConstants.OK_ID);
        if (button != null) {
            button.setEnabled(ok);
        }
    }

    private Protocol selectedProtocol() {
        return PROTOCOLS[Math.max(0, protocol.getSelectionIndex())];
    }

    private Security selectedSecurity() {
        return SECURITIES[Math.max(0, security.getSelectionIndex())];
    }

    private static Combo combo(Composite body, String label, String[] items) {
        new Label(body, SWT.NONE).setText(label);
        Combo combo = new Combo(body, SWT.READ_ONLY);
        combo.setItems(items);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    private static Text text(Composite body, String label, int style) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, style);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, okLabel, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    @Override
    protected void okPressed() {
        String u = user.getText().strip();
        settings = new ConnectionSettings(selectedProtocol(), host.getText().strip(), port.getSelection(), selectedSecurity(),
                u.isEmpty() ? null : u, remember.getSelection());
        password = passwordField.getText().isEmpty() ? null : passwordField.getText().toCharArray();
        super.okPressed();
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** @return the password typed (or remembered), once; null when none; the dialog keeps no copy */
    public char[] takePassword() {
        char[] p = password;
        password = null;
        return p;
    }
}
