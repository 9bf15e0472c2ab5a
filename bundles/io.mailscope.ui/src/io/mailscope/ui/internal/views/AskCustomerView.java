package io.mailscope.ui.internal.views;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import io.mailscope.model.requests.TraceRequest;
import io.mailscope.model.requests.TraceRequestCatalog;
import io.mailscope.ui.internal.Messages;

/**
 * Ask the Customer for a Trace: pick the customer's mail client, read the text the catalog holds for it (where the
 * client writes its troubleshooting log and how to turn it on), and copy it into the ticket. The texts come from the
 * {@code io.mailscope.model.traceRequests} extension point, so teams add their own clients.
 */
public final class AskCustomerView extends ViewPart {

    public static final String ID = "io.mailscope.ui.views.askCustomer"; //$NON-NLS-1$

    private TableViewer clients;
    private Text text;
    private Label source;

    @Override
    public void createPartControl(Composite parent) {
        // F1: the context in io.mailscope.help's contexts.xml
        org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "io.mailscope.ui.askCustomerView"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(Messages.AskCustomerView_Intro);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(intro);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        clients = new TableViewer(sash, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        clients.setContentProvider(ArrayContentProvider.getInstance());
        clients.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((TraceRequest) element).client();
            }
        });
        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(right);
        text = new Text(right, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER | SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(text);
        source = new Label(right, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
        Button copy = new Button(right, SWT.PUSH);
        copy.setText(Messages.AskCustomerView_Copy);
        copy.addListener(SWT.Selection, e -> copyToClipboard());
        sash.setWeights(30, 70);

        TraceRequestCatalog catalog = getSite().getService(TraceRequestCatalog.class);
        List<TraceRequest> requests = catalog == null ? List.of() : catalog.requests();
        clients.setInput(requests);
        clients.addSelectionChangedListener(e -> showSelected());
        if (catalog == null) {
            text.setText(Messages.AskCustomerView_NoCatalog);
        } else if (!requests.isEmpty()) {
            clients.setSelection(new StructuredSelection(requests.get(0)));
        }
    }

    private void showSelected() {
        TraceRequest request = selected();
        text.setText(request == null ? "" : request.text()); //$NON-NLS-1$
        source.setText(request == null ? "" : NLS.bind(Messages.AskCustomerView_Source, request.contributor(), request.file())); //$NON-NLS-1$
    }

    private TraceRequest selected() {
        return (TraceRequest) ((IStructuredSelection) clients.getSelection()).getFirstElement();
    }

    /** Selects the client with this request id, as the engineer does in the list. */
    public void select(String requestId) {
        @SuppressWarnings("unchecked")
        List<TraceRequest> all = (List<TraceRequest>) clients.getInput();
        all.stream().filter(r -> r.id().equals(requestId)).findFirst().ifPresent(r -> clients.setSelection(new StructuredSelection(r), true));
    }

    /** @return the text shown for the selected client, as it is copied into the ticket */
    public String shownText() {
        return text.getText();
    }

    /** Copies the shown text to the clipboard, for the ticket. */
    public void copyToClipboard() {
        if (text.getText().isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(text.getDisplay());
        try {
            clipboard.setContents(new Object[] { text.getText() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** Shows this view on {@code page}; a failure is reported to the engineer. */
    public static void show(IWorkbenchPage page) {
        try {
            page.showView(ID);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
        }
    }

    @Override
    public void setFocus() {
        clients.getControl().setFocus();
    }
}
