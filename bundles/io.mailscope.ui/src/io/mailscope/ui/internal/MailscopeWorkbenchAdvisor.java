package io.mailscope.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.mailscope.share.cases.CaseFiles;
import io.mailscope.ui.internal.cases.CaseWorkbench;
import io.mailscope.ui.internal.samples.FirstStart;
import io.mailscope.ui.internal.traces.TraceOpener;

/**
 * Opens the Support perspective; the window's layout (view sizes, placement) is saved on exit and restored, and
 * Window > Reset Perspective brings back the default. Traces named on the command line open after start-up; the
 * Samples page of the first start waits for a start without them ({@link FirstStart}).
 */
public final class MailscopeWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<Path> tracesToOpen;

    public MailscopeWorkbenchAdvisor() {
        this(List.of());
    }

    public MailscopeWorkbenchAdvisor(List<Path> tracesToOpen) {
        this.tracesToOpen = List.copyOf(tracesToOpen);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return SupportPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new MailscopeWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        super.postStartup();
        // a case file (./mailscope ticket.mailscope-case) opens with its notes and bookmarks; other paths are traces
        List<Path> traces = tracesToOpen.stream().filter(p -> !CaseFiles.isCaseFile(p)).toList();
        tracesToOpen.stream().filter(CaseFiles::isCaseFile).forEach(CaseWorkbench::open);
        if (!traces.isEmpty()) {
            TraceOpener.openFiles(traces);
        }
        // what the engineer asked for comes first: the Samples page would cover a trace or case named on the command line
        if (tracesToOpen.isEmpty()) {
            FirstStart.showSamplesOnce(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        }
        CloseWhenStarted.scheduleIfRequested(PlatformUI.getWorkbench());
    }
}
