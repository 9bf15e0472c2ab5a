package io.mailscope.trace.rows;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Protocol;
import io.mailscope.model.Repair;
import io.mailscope.model.RepairKind;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;

/**
 * The rows of a trace held in the model (every trace the current import keeps; a bounded import of a huge file keeps
 * only the exchanges near failures, which is what the record index replaces). An exchange's rows stay together
 * (command, then its reply lines), and exchanges and events are ordered by their first source line, as
 * {@code mailscope import} prints them.
 */
public final class ModelTraceRows implements TraceRows {

    private final List<TraceRow> rows;

    private ModelTraceRows(List<TraceRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** @return the rows of {@code trace} */
    public static ModelTraceRows of(Trace trace) {
        BitSet repairedLines = new BitSet();
        for (Repair repair : trace.getRepairs()) {
            if (repair.getKind() != RepairKind.MASKED_SECRET && repair.getFirstLine() > 0) {
                repairedLines.set(repair.getFirstLine(), Math.max(repair.getFirstLine(), repair.getLastLine()) + 1);
            }
        }
        List<Block> blocks = new ArrayList<>();
        Map<Session, Integer> sessionNumbers = new IdentityHashMap<>();
        int exchangeNumber = 0;
        int order = 0;
        for (Session session : trace.getSessions()) {
            int number = sessionNumbers.size() + 1;
            sessionNumbers.put(session, number);
            for (Exchange exchange : session.getExchanges()) {
                List<ProtocolLine> lines = new ArrayList<>(exchange.getReplyLines().size() + 1);
                if (exchange.getCommand() != null) {
                    lines.add(exchange.getCommand());
                }
                lines.addAll(exchange.getReplyLines());
                if (!lines.isEmpty()) {
                    blocks.add(new Block(lines.get(0).getFirstLine(), order++, number, session.getProtocol(), exchangeNumber,
                            exchange.getCommand() != null, lines));
                }
                exchangeNumber++;
            }
            for (ConnectionEvent event : session.getConnectionEvents()) {
                blocks.add(new Block(event.getFirstLine(), order++, number, session.getProtocol(), -1, false, List.of(event)));
            }
        }
        for (StatusEvent status : trace.getStatusEvents()) {
            Integer number = status.getSession() == null ? null : sessionNumbers.get(status.getSession());
            blocks.add(new Block(status.getFirstLine(), order++, number == null ? 0 : number,
                    status.getSession() == null ? Protocol.UNKNOWN : status.getSession().getProtocol(), -1, false, List.of(status)));
        }
        blocks.sort(Comparator.comparingInt(Block::line).thenComparingInt(Block::order));
        List<TraceRow> rows = new ArrayList<>();
        for (Block block : blocks) {
            boolean head = true;
            for (TraceEvent event : block.events()) {
                rows.add(row(rows.size(), block, event, head, repairedLines));
                head = false;
            }
        }
        return new ModelTraceRows(rows);
    }

    private static TraceRow row(int index, Block block, TraceEvent event, boolean head, BitSet repairedLines) {
        int first = event.getFirstLine();
        int last = Math.max(first, event.getLastLine());
        boolean repaired = first > 0 && repairedLines.nextSetBit(first) >= 0 && repairedLines.nextSetBit(first) <= last;
        String text = event.getText() == null ? "" : event.getText(); //$NON-NLS-1$
        return switch (event) {
            case ProtocolLine line -> new TraceRow(index, head && block.startsWithCommand() ? RowKind.COMMAND : RowKind.REPLY,
                    block.session(), block.protocol(), line.getDirection(), line.getTime(), text, first, last, line.getOffset(),
                    block.exchange(), head, line.isMasked(), repaired);
            case ConnectionEvent connection -> new TraceRow(index, RowKind.CONNECTION, block.session(), block.protocol(), null,
                    connection.getTime(), connection.getKind().getLiteral() + ": " + text, first, last, connection.getOffset(), -1, true, //$NON-NLS-1$
                    false, repaired);
            default -> new TraceRow(index, RowKind.STATUS, block.session(), block.protocol(), null, event.getTime(), text, first, last,
                    event.getOffset(), -1, true, false, repaired);
        };
    }

    /** Rows that stay together, ordered by their first source line. */
    private record Block(int line, int order, int session, Protocol protocol, int exchange, boolean startsWithCommand,
            List<? extends TraceEvent> events) {
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public TraceRow row(int position) {
        return rows.get(position);
    }

    @Override
    public int positionOfLine(int line) {
        if (rows.isEmpty()) {
            return -1;
        }
        int after = -1;
        for (int i = 0; i < rows.size(); i++) {
            TraceRow r = rows.get(i);
            if (r.covers(line)) {
                return i;
            }
            if (after < 0 && r.firstLine() > line) {
                after = i;
            }
        }
        return after >= 0 ? after : rows.size() - 1;
    }

    @Override
    public TraceRows filter(RowQuery query) {
        return FilteredTraceRows.of(this, query);
    }
}
