package io.mailscope.testserver;

/** A scenario cannot be used: its script is invalid or its class cannot be created. The message names the contributor. */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
