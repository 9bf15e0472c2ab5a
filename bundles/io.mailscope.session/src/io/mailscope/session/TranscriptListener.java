package io.mailscope.session;

/** Receives each transcript entry as it is recorded (a console shows them live). Called on the session's thread. */
@FunctionalInterface
public interface TranscriptListener {

    TranscriptListener NONE = entry -> {
        // nothing
    };

    void recorded(TranscriptEntry entry);
}
