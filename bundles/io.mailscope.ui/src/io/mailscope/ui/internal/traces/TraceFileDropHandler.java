package io.mailscope.ui.internal.traces;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;

import io.mailscope.share.cases.CaseFiles;
import io.mailscope.ui.internal.cases.CaseWorkbench;

/** Files dropped onto the workbench window (editor area or any view) open as traces, case files as cases. */
public final class TraceFileDropHandler extends DropTargetAdapter {

    @Override
    public void dragEnter(DropTargetEvent event) {
        if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
            event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
        }
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (FileTransfer.getInstance().isSupportedType(event.currentDataType) && event.data instanceof String[] files) {
            filesDropped(files);
        }
    }

    /**
     * Opens the dropped files (what {@link #drop} does with the file list of a drop).
     *
     * @return the job opening the traces among them, or null when none was dropped (case files open in jobs of their own)
     */
    public Job filesDropped(String[] files) {
        List<Path> paths = Arrays.stream(files).filter(f -> f != null && !f.isEmpty()).map(Path::of).toList();
        paths.stream().filter(CaseFiles::isCaseFile).forEach(CaseWorkbench::open);
        List<Path> traces = paths.stream().filter(p -> !CaseFiles.isCaseFile(p)).toList();
        return traces.isEmpty() ? null : TraceOpener.openFiles(traces);
    }
}
