package io.mailscope.testserver;

/**
 * Told about every {@link ServerEvent} of a running server (see {@link RunningServer#addEventListener}).
 * <p>
 * <b>Consumer type</b>: callers implement it. It is called on the server's connection threads, one event at a time per
 * connection; it must return quickly (hand the event to another thread to do more). An exception it throws is logged
 * and does not disturb the connection.
 */
@FunctionalInterface
public interface ServerEventListener {

    void event(ServerEvent event);
}
