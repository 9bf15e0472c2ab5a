package io.mailscope.trace.protocol;

import java.util.Set;

import io.mailscope.model.Protocol;

/**
 * One command of one protocol, as its standard defines it.
 *
 * @param protocol the protocol
 * @param verb the verb, upper case ({@code "UID FETCH"} for IMAP UID commands)
 * @param standard the RFC that defines the command, e.g. {@code "RFC 5321"}
 * @param reply how the server answers it
 * @param traits what it does beyond asking for a reply
 */
public record CommandForm(Protocol protocol, String verb, String standard, ReplyForm reply, Set<CommandTrait> traits) {

    public CommandForm {
        traits = Set.copyOf(traits);
    }

    public boolean has(CommandTrait trait) {
        return traits.contains(trait);
    }

    /**
     * @param commandLine the whole command line (POP3: "LIST" or "LIST 1")
     * @return true when a positive answer to this command line is a POP3 multi-line response ending with "."
     */
    public boolean multiLineAnswer(String commandLine) {
        return switch (reply) {
            case POP3_MULTI_LINE -> true;
            case POP3_MULTI_LINE_WITHOUT_ARGUMENT -> !hasArgument(commandLine);
            default -> false;
        };
    }

    private static boolean hasArgument(String commandLine) {
        String t = commandLine.strip();
        int space = t.indexOf(' ');
        return space > 0 && !t.substring(space + 1).isBlank();
    }
}
