package io.mailscope.model.requests;

import java.util.List;

/**
 * What to ask a customer for when the ticket holds no usable trace: for one mail client, where it writes its
 * troubleshooting log and how to turn it on, as a ready text to paste into the ticket.
 *
 * @param id          unique id, e.g. {@code outlook-2002-2003}
 * @param client      the clients it applies to, as the engineer picks them
 * @param family      the client family (Outlook, Thunderbird, ...), to group the list
 * @param protocols   the protocols the log covers
 * @param text        the text to paste into the ticket
 * @param contributor the symbolic name of the bundle that contributed it
 * @param file        the file it was read from, inside the contributing bundle
 */
public record TraceRequest(String id, String client, String family, List<String> protocols, String text, String contributor, String file) {

    public TraceRequest {
        protocols = List.copyOf(protocols);
    }
}
