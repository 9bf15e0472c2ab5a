package io.mailscope.ui.internal.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.traces.TraceOpener;

/**
 * The Samples page: the seed cases Mailscope was built from, each with what the ticket said and what the diagnosis
 * finds, opened in one click. Shown on first start and from Help > Samples.
 */
public final class SamplesView extends ViewPart {

    public static final String ID = "io.mailscope.ui.views.samples"; //$NON-NLS-1$

    /**
     * Runs a seed case live (parameters {@value #RUN_LIVE_CODE}, {@value #RUN_LIVE_CAUSE}); defined by a bundle that can
     * (io.mailscope.testserver.ui: the test server plays the case's fault and a console connects to it). The page offers
     * the "live" buttons only when it is defined, so it depends on no such bundle.
     */
    public static final String RUN_LIVE_COMMAND = "io.mailscope.ui.commands.runSampleLive"; //$NON-NLS-1$
    public static final String RUN_LIVE_CODE = RUN_LIVE_COMMAND + ".code"; //$NON-NLS-1$
    public static final String RUN_LIVE_CAUSE = RUN_LIVE_COMMAND + ".cause"; //$NON-NLS-1$

    private final List<Button> openButtons = new ArrayList<>();
    private final List<Button> liveButtons = new ArrayList<>();
    private ScrolledComposite scroller;

    @Override
    public void createPartControl(Composite parent) {
        // F1: the context in io.mailscope.help's contexts.xml
        org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "io.mailscope.ui.samplesView"); //$NON-NLS-1$
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite page = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(12, 12).spacing(8, 10).applyTo(page);

        // every text wraps to the view's width (the scroller only scrolls vertically in practice)
        Label heading = new Label(page, SWT.WRAP);
        heading.setText(Messages.SamplesView_Heading);
        heading.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(heading);
        Label intro = new Label(page, SWT.WRAP);
        intro.setText(Messages.SamplesView_Intro);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(intro);

        for (SampleCase sample : SampleCase.SEED_CASES) {
            addCase(page, sample);
        }
        scroller.setContent(page);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> scroller.setMinSize(page.computeSize(Math.max(scroller.getClientArea().width, 300), SWT.DEFAULT)));
    }

    private void addCase(Composite page, SampleCase sample) {
        Composite box = new Composite(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        GridLayoutFactory.fillDefaults().margins(8, 8).numColumns(2).applyTo(box);

        Label code = new Label(box, SWT.NONE);
        code.setText(sample.code());
        code.setFont(JFaceResources.getBannerFont());
        Label title = new Label(box, SWT.WRAP);
        title.setText(sample.title());
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(title);

        addField(box, Messages.SamplesView_Ticket, sample.ticket());
        addField(box, Messages.SamplesView_Finds, sample.expected());

        new Label(box, SWT.NONE);
        Composite buttons = new Composite(box, SWT.NONE);
        // the buttons wrap in a narrow view instead of being cut off
        org.eclipse.jface.layout.RowLayoutFactory.fillDefaults().wrap(true).spacing(6).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(buttons);
        Button open = new Button(buttons, SWT.PUSH);
        open.setText(NLS.bind(Messages.SamplesView_Open, sample.code()));
        open.setToolTipText(sample.file());
        open.setData(sample);
        open.addListener(SWT.Selection, e -> open(sample));
        openButtons.add(open);
        ICommandService commands = getSite().getService(ICommandService.class);
        if (commands != null && commands.getCommand(RUN_LIVE_COMMAND).isDefined()) {
            Button live = new Button(buttons, SWT.PUSH);
            live.setText(NLS.bind(Messages.SamplesView_Live, sample.code()));
            live.setToolTipText(Messages.SamplesView_LiveTooltip);
            live.setData(sample);
            live.addListener(SWT.Selection, e -> runLive(sample));
            liveButtons.add(live);
        }
    }

    private void runLive(SampleCase sample) {
        ICommandService commands = getSite().getService(ICommandService.class);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        ParameterizedCommand call = ParameterizedCommand.generateCommand(commands.getCommand(RUN_LIVE_COMMAND),
                Map.of(RUN_LIVE_CODE, sample.code(), RUN_LIVE_CAUSE, sample.causeId()));
        try {
            handlers.executeCommand(call, null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            StatusManager.getManager().handle(new Status(IStatus.ERROR, "io.mailscope.ui", //$NON-NLS-1$
                    NLS.bind(Messages.SamplesView_LiveFailed, sample.code(), e.getMessage()), e), StatusManager.LOG | StatusManager.SHOW);
        }
    }

    /** @return the "live" buttons, one per seed case in {@link SampleCase#SEED_CASES} order; none when no bundle runs cases live */
    public List<Button> liveButtons() {
        return List.copyOf(liveButtons);
    }

    private static void addField(Composite box, String name, String text) {
        Label label = new Label(box, SWT.NONE);
        label.setText(name);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Label value = new Label(box, SWT.WRAP);
        value.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(value);
    }

    /**
     * Opens a seed case as any trace is opened (import and diagnosis in a job, the editor and its diagnosis after).
     *
     * @return the opening job, or null when the sample is missing from the installation (reported to the engineer)
     */
    public static Job open(SampleCase sample) {
        try {
            return TraceOpener.openFiles(List.of(sample.path()));
        } catch (IOException e) {
            StatusManager.getManager().handle(new Status(IStatus.ERROR, "io.mailscope.ui", //$NON-NLS-1$
                    NLS.bind(Messages.SamplesView_Missing, sample.file(), e.getMessage()), e), StatusManager.LOG | StatusManager.SHOW);
            return null;
        }
    }

    /** @return the "Open" buttons, one per seed case in {@link SampleCase#SEED_CASES} order */
    public List<Button> openButtons() {
        return List.copyOf(openButtons);
    }

    @Override
    public void setFocus() {
        if (!openButtons.isEmpty()) {
            openButtons.get(0).setFocus();
        } else {
            scroller.setFocus();
        }
    }
}
