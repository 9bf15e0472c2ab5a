package io.mailscope.headless.internal;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code ./mailscope}. */
public interface Command {

    /** @return the word that selects it, e.g. {@code code} */
    String name();

    /** @return one line for the overview */
    String summary();

    /** @return full usage text */
    String usage();

    /**
     * @param args the arguments after the command name
     * @return an {@link ExitCode}
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
