package io.mailscope.testserver.internal.script;

/** A scenario script that cannot be used; the message says which element and attribute and what is wrong. */
public final class InvalidScriptException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidScriptException(String message) {
        super(message);
    }

    public InvalidScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
