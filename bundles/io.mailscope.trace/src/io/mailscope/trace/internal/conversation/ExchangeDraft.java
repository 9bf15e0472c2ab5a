package io.mailscope.trace.internal.conversation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.InternalEList;

import io.mailscope.model.Exchange;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.ProtocolLine;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.SessionInfo;

/**
 * An exchange while its reply is being read: compact lines, and an EMF {@link Exchange} only once the
 * {@link ModelKeeper} decides that the model keeps it. Owned by the conversation-building thread; what leaves it is
 * an immutable {@link ExchangeRecord}.
 */
final class ExchangeDraft {

    private static final MailscopeFactory FACTORY = MailscopeFactory.eINSTANCE;

    final String verb;
    final String tag;
    final Line command;
    private final List<Line> replies = new ArrayList<>(2);
    private boolean complete;
    private int droppedBodyLines;
    /** the model's exchange, once kept; null while only the compact tier has it */
    private Exchange model;
    /** kept, but its model object is created only when its session stays in the model (see ModelKeeper.Window) */
    private boolean modelDeferred;

    ExchangeDraft(String verb, String tag, Line command) {
        this.verb = verb;
        this.tag = tag;
        this.command = command;
    }

    void addReply(Line line) {
        replies.add(line);
        if (model != null) {
            // a new line is in no list yet: addUnique skips the list's linear uniqueness check
            ((InternalEList<ProtocolLine>) model.getReplyLines()).addUnique(protocolLine(line));
        }
    }

    void bodyLineDropped() {
        droppedBodyLines++;
    }

    void markComplete() {
        complete = true;
        if (model != null) {
            model.setComplete(true);
        }
    }

    boolean complete() {
        return complete;
    }

    /** @return the last reply line's text, or null */
    String lastReply() {
        return replies.isEmpty() ? null : replies.get(replies.size() - 1).text();
    }

    boolean kept() {
        return model != null || modelDeferred;
    }

    /** Counts as kept from now on; {@link #materialize()} creates the model object later. */
    void deferModel() {
        modelDeferred = true;
    }

    /** @return the model's exchange (created now if it was not kept yet) */
    Exchange materialize() {
        if (model == null) {
            Exchange exchange = FACTORY.createExchange();
            exchange.setVerb(verb);
            exchange.setTag(tag);
            if (command != null) {
                exchange.setCommand(protocolLine(command));
            }
            InternalEList<ProtocolLine> lines = (InternalEList<ProtocolLine>) exchange.getReplyLines();
            for (Line line : replies) {
                lines.addUnique(protocolLine(line));
            }
            exchange.setComplete(complete);
            model = exchange;
        }
        return model;
    }

    Exchange model() {
        return model;
    }

    ExchangeRecord toRecord(SessionInfo session) {
        return new ExchangeRecord(session, verb, tag, command, replies, complete, droppedBodyLines);
    }

    static ProtocolLine protocolLine(Line line) {
        ProtocolLine p = FACTORY.createProtocolLine();
        p.setDirection(line.direction());
        p.setText(line.text());
        p.setMasked(line.masked());
        p.setFirstLine(line.firstLine());
        p.setLastLine(line.lastLine());
        p.setOffset(line.offset());
        if (line.time() != null) {
            p.setTime(line.time());
        }
        return p;
    }
}
