package io.mailscope.session.ui.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.mailscope.session.CertificateInfo;
import io.mailscope.session.CertificateTrustPrompt.Decision;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.TlsReport;

/**
 * Shows a certificate chain the session does not trust — subject, issuer, subject alternative names, validity and
 * SHA-256 fingerprint of each certificate, and why it is not trusted — and asks: trust it for this session, trust it
 * permanently, or cancel. The answer completes {@link #decision()}; closing the window any other way is a cancel.
 */
public final class CertificateDialog extends TitleAreaDialog {

    /** Button id of "Trust for This Session". */
    public static final int TRUST_SESSION_ID = IDialogConstants.CLIENT_ID + 1;
    /** Button id of "Trust Permanently". */
    public static final int TRUST_PERMANENTLY_ID = IDialogConstants.CLIENT_ID + 2;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC); //$NON-NLS-1$

    private final MailEndpoint endpoint;
    private final TlsReport report;
    private final CompletableFuture<Decision> decision = new CompletableFuture<>();
    private Text details;

    public CertificateDialog(Shell parent, MailEndpoint endpoint, TlsReport report) {
        super(parent);
        this.endpoint = endpoint;
        this.report = report;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** @return completed with the engineer's answer when the dialog closes */
    public CompletableFuture<Decision> decision() {
        return decision;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.CertificateDialog_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.CertificateDialog_Heading, endpoint.host() + ":" + endpoint.port())); //$NON-NLS-1$
        setMessage(String.join("\n", report.problems()), org.eclipse.jface.dialogs.IMessageProvider.WARNING); //$NON-NLS-1$
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        body.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
        Label label = new Label(body, SWT.WRAP);
        label.setText(Messages.CertificateDialog_Explanation);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(label);
        details = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        details.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont()); // fingerprints line up
        details.setText(describe(report, Instant.now()));
        GridDataFactory.fillDefaults().grab(true, true).hint(details.getLineHeight() * 52, details.getLineHeight() * 14).applyTo(details);
        return area;
    }

    /** @return the chain and the verdict as text: what the dialog shows and what "copy" gives a colleague */
    public static String describe(TlsReport report, Instant now) {
        StringBuilder b = new StringBuilder();
        b.append(Messages.CertificateDialog_WhyNotTrusted).append('\n');
        for (String problem : report.problems()) {
            b.append("  \u2022 ").append(problem).append('\n'); //$NON-NLS-1$
        }
        if (report.interceptor() != null) {
            b.append("  \u2022 ").append(NLS.bind(Messages.CertificateDialog_Interceptor, report.interceptor())).append('\n'); //$NON-NLS-1$
        }
        int i = 0;
        for (CertificateInfo c : report.chain()) {
            b.append('\n').append(NLS.bind(Messages.CertificateDialog_Certificate, Integer.valueOf(i++))).append('\n');
            b.append(Messages.CertificateDialog_Subject).append(' ').append(c.subject()).append('\n');
            b.append(Messages.CertificateDialog_Issuer).append(' ').append(c.issuer()).append('\n');
            b.append(Messages.CertificateDialog_Names).append(' ')
                    .append(c.subjectAltNames().isEmpty() ? Messages.CertificateDialog_NoNames : String.join(", ", c.subjectAltNames())).append('\n'); //$NON-NLS-1$
            b.append(Messages.CertificateDialog_Validity).append(' ').append(DATE.format(c.notBefore())).append(" \u2013 ") //$NON-NLS-1$
                    .append(DATE.format(c.notAfter()));
            if (c.expiredAt(now)) {
                b.append(' ').append(Messages.CertificateDialog_Expired);
            } else if (c.notYetValidAt(now)) {
                b.append(' ').append(Messages.CertificateDialog_NotYetValid);
            }
            b.append('\n');
            b.append(Messages.CertificateDialog_Fingerprint).append(' ').append(c.sha256()).append('\n');
        }
        return b.toString();
    }

    /** @return the text the dialog shows */
    public String detailsText() {
        return details.getText();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, TRUST_SESSION_ID, Messages.CertificateDialog_TrustSession, false);
        createButton(parent, TRUST_PERMANENTLY_ID, Messages.CertificateDialog_TrustPermanently, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
    }

    /** @return a button of the dialog (tests press them as the engineer would) */
    public Button button(int id) {
        return getButton(id);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        decision.complete(switch (buttonId) {
            case TRUST_SESSION_ID -> Decision.TRUST_FOR_SESSION;
            case TRUST_PERMANENTLY_ID -> Decision.TRUST_PERMANENTLY;
            default -> Decision.REJECT;
        });
        setReturnCode(buttonId);
        close();
    }

    @Override
    public boolean close() {
        decision.complete(Decision.REJECT); // Escape or the window's close box: not trusted
        return super.close();
    }
}
