package io.mailscope.testserver.spi;

import java.io.IOException;

/**
 * The behaviour of a Java scenario, for faults a script cannot say (state shared between connections, timing that
 * depends on what the client sends). One instance per server start; {@link #serve} is called once per client
 * connection, each on its own (virtual) thread, so implementations that keep state must make it thread-safe.
 * <p>
 * The server runs this code isolated: an exception ends only that connection and is logged with the contributing
 * bundle's id, and the connection is closed when its lifetime ends, whatever the code is doing.
 * <p>
 * <b>Consumer type</b>: implemented by scenario plug-ins.
 */
public interface ScenarioBehaviour {

    /**
     * Serves one client connection. Return (or throw) to end it; the server closes the socket afterwards.
     *
     * @param connection the client, with the line-level operations a mail server needs and the built-in behaviour
     *            to fall back on
     * @throws IOException when the client goes away or the connection is cut; the server treats it as the end of
     *             the connection
     */
    void serve(ScenarioConnection connection) throws IOException;
}
