package io.mailscope.testserver.internal;

import java.io.IOException;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.internal.protocol.ClientChannel;

/** How a started scenario serves one client connection. */
@FunctionalInterface
public interface ConnectionPlay {

    /**
     * @param openConnections connections open on this protocol's port right now, this one included
     * @throws IOException when the client leaves or the connection is cut; the normal end of a hostile scenario
     */
    void serve(MailProtocol protocol, ClientChannel channel, int openConnections) throws IOException;
}
