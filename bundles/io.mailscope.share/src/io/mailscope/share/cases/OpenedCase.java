package io.mailscope.share.cases;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A case file read back: its notes, its traces extracted to files, and what could not be read (a trace missing from
 * the archive, a bookmark outside its trace): the rest of the case is still there.
 *
 * @param file the case file
 * @param notes the notes on the case as a whole
 * @param saved when it was saved
 * @param producer the Mailscope version that saved it
 * @param traces the traces, in the order they were saved
 * @param problems what was left out, each naming the case file and the part
 */
public record OpenedCase(Path file, String notes, Instant saved, String producer, List<OpenedTrace> traces, List<String> problems) {

    public OpenedCase {
        traces = List.copyOf(traces);
        problems = List.copyOf(problems);
    }

    /**
     * One trace of a case, extracted.
     *
     * @param name the name it had in the workbench
     * @param origin where it came from when it was saved (a path on the saving engineer's machine, or a title)
     * @param file the extracted trace (credentials masked)
     * @param bookmarks its bookmarks
     */
    public record OpenedTrace(String name, String origin, Path file, List<Bookmark> bookmarks) {
        public OpenedTrace {
            bookmarks = List.copyOf(bookmarks);
        }
    }
}
