package io.mailscope.share.cases;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is no Mailscope case file, or one too damaged to open: the message names the file and what is wrong. */
public final class CaseFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public CaseFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause); //$NON-NLS-1$
    }

    public CaseFileException(Path file, String problem) {
        this(file, problem, null);
    }
}
