package io.mailscope.trace.internal.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.model.TlsState;
import io.mailscope.trace.internal.conversation.RoutineSessions;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * Outlook 2003 and later "Mail logging (troubleshooting)" text logs (OPMLog.log, IMAP logs):
 * {@code 2012.03.14 10:15:32 POP3 (pop.example.test): [rx] +OK …} and {@code IMAP (imap.example.test): 10:16:01 [tx]
 * A0001 CAPABILITY}. The grammar is only partly confirmed, so the parser is tolerant: {@code [rx]} or {@code <rx>},
 * optional date, time before or after the host, {@code [db]} debug lines. Each {@code PROTO (host)} pair is one
 * connection; "Connecting to host" after that connection ended starts the next one.
 */
public final class OutlookFormat implements TraceFormat {

    private static final Pattern LINE = Pattern.compile(
            "^(?:(\\d{4}\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d) )?(POP3|SMTP|IMAP|HTTPMail) \\(([^)]*)\\): (?:(\\d\\d:\\d\\d:\\d\\d) )?(?:(\\[tx\\]|<tx>|\\[rx\\]|<rx>|\\[db\\]) ?)?(.*)$"); //$NON-NLS-1$
    private static final Pattern PORT = Pattern.compile("(?i)^Port: (\\d+), Secure: (YES|NO)(?:, SPA: (YES|NO))?"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        double share = sample.share(l -> LINE.matcher(l).matches());
        boolean wire = sample.any(l -> l.matches(".*(POP3|SMTP|IMAP) \\([^)]*\\): (\\d\\d:\\d\\d:\\d\\d )?(\\[tx\\]|\\[rx\\]|<rx>) .*")); //$NON-NLS-1$
        return wire ? Math.min(0.95, 0.5 + share) : share * 0.5;
    }

    @Override
    public boolean claims(String line) {
        return LINE.matcher(line).matches();
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    /** The client an Outlook log's sessions are written by. */
    private static final String CLIENT_PRODUCT = "Microsoft Outlook"; //$NON-NLS-1$

    private static final class Parser implements TraceParser, RoutineTriage {
        /** what the parser knows of each connection, by its base ("POP3 (host)"); never removed */
        private final Map<String, ConnectionState> connections = new HashMap<>();
        /** the base {@link #stateOf} was asked for last and its state (never null): most lines repeat the base */
        private String lastStateBase;
        private ConnectionState lastState;

        /**
         * The generation of a connection's sessions (the number after its base in their connection names) and whether
         * its last session ended. One object per connection (two hash maps keyed by the base were asked four times per
         * counted session, each look-up comparing the whole base with a copy of it: a third of the parse thread's time
         * on the Outlook 2003+ log), which the parser and the stretches of counted sessions hold on to.
         */
        private static final class ConnectionState {
            /** the generation, or -1 while the connection has none (no line of it was read as a session's yet) */
            int generation = -1;
            boolean ended;
        }

        /** @return the connection's state, or null when none was made */
        private ConnectionState stateOf(String base) {
            if (base == lastStateBase) {
                return lastState;
            }
            ConnectionState state = connections.get(base);
            if (state != null) {
                lastStateBase = base;
                lastState = state;
            }
            return state;
        }

        /** @return the connection's state, made now (no generation, not ended) when there was none */
        private ConnectionState stateFor(String base) {
            ConnectionState state = stateOf(base);
            if (state == null) {
                state = new ConnectionState();
                connections.put(base, state);
                lastStateBase = base;
                lastState = state;
            }
            return state;
        }

        /** @return true when the connection's last session ended */
        private boolean ended(String base) {
            ConnectionState state = stateOf(base);
            return state != null && state.ended;
        }

        /** @return true when the connection has a generation */
        private boolean hasGeneration(String base) {
            ConnectionState state = stateOf(base);
            return state != null && state.generation >= 0;
        }
        /**
         * The connection whose fresh POP3 session is being opened ("Begin execution" of a new connection, then only its
         * "Port", "Finding host" and "Connecting to host" lines): its routine exchanges may follow "Connected to host".
         */
        private String opening;
        /** {@code POP3 (host): } of the session just connected, when routine exchanges may follow; else null */
        private byte[] routinePrefix;
        /** {@code POP3 (host): } of the session just begun, when the rest of it may be routine; else null */
        private byte[] sessionPrefix;
        /** the connection of {@link #sessionPrefix} */
        private String sessionBase;

        private String lastWord;
        private String lastHostOfBase;
        private String lastBase;

        /** The parts of one line; parsed by hand because this runs for every line of logs of gigabytes. */
        private record Parts(String time, Protocol protocol, String protocolWord, String host, String marker, String text) {
        }

        private static boolean digitsAt(String t, int at, int count) {
            for (int i = at; i < at + count; i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        private static boolean timeAt(String t, int at) {
            return t.length() >= at + 9 && digitsAt(t, at, 2) && t.charAt(at + 2) == ':' && digitsAt(t, at + 3, 2)
                    && t.charAt(at + 5) == ':' && digitsAt(t, at + 6, 2) && t.charAt(at + 8) == ' ';
        }

        /** The last time, host and text prefix seen: consecutive lines mostly repeat them, so their strings are reused. */
        private String lastTime;
        private String lastHost;

        private String time(String t, int from, int to) {
            String last = lastTime;
            if (last != null && last.length() == to - from && t.regionMatches(from, last, 0, to - from)) {
                return last;
            }
            return lastTime = t.substring(from, to);
        }

        private String host(String t, int from, int to) {
            String last = lastHost;
            if (last != null && last.length() == to - from && t.regionMatches(from, last, 0, to - from)) {
                return last;
            }
            return lastHost = t.substring(from, to);
        }

        private static String protocolWord(String t, int from, int to) {
            int length = to - from;
            if (length == 4) {
                if (t.startsWith("POP3", from)) { //$NON-NLS-1$
                    return "POP3"; //$NON-NLS-1$
                } else if (t.startsWith("SMTP", from)) { //$NON-NLS-1$
                    return "SMTP"; //$NON-NLS-1$
                } else if (t.startsWith("IMAP", from)) { //$NON-NLS-1$
                    return "IMAP"; //$NON-NLS-1$
                }
            } else if (length == 8 && t.startsWith("HTTPMail", from)) { //$NON-NLS-1$
                return "HTTPMail"; //$NON-NLS-1$
            }
            return null;
        }

        private Parts split(String t) {
            int pos = 0;
            String time = null;
            if (t.length() > 20 && t.charAt(4) == '.' && t.charAt(7) == '.' && t.charAt(10) == ' ' && digitsAt(t, 0, 4)
                    && timeAt(t, 11)) {
                time = time(t, 0, 19);
                pos = 20;
            }
            int paren = t.indexOf(" (", pos); //$NON-NLS-1$
            if (paren < 0 || paren - pos > 8) {
                return null;
            }
            String word = protocolWord(t, pos, paren);
            Protocol protocol = word == null ? null : switch (word) {
                case "POP3" -> Protocol.POP3; //$NON-NLS-1$
                case "SMTP" -> Protocol.SMTP; //$NON-NLS-1$
                case "IMAP" -> Protocol.IMAP; //$NON-NLS-1$
                default -> Protocol.HTTPMAIL;
            };
            int close = protocol == null ? -1 : t.indexOf("): ", paren + 2); //$NON-NLS-1$
            if (close < 0) {
                return null;
            }
            String host = host(t, paren + 2, close);
            pos = close + 3;
            if (timeAt(t, pos)) {
                if (time == null) {
                    time = time(t, pos, pos + 8);
                }
                pos += 9;
            }
            String marker = null;
            if (t.length() >= pos + 4 && (t.charAt(pos) == '[' || t.charAt(pos) == '<')) {
                String m = marker(t, pos);
                if (m != null) {
                    marker = m;
                    pos += 4;
                    if (pos < t.length() && t.charAt(pos) == ' ') {
                        pos++;
                    }
                }
            }
            return new Parts(time, protocol, word, host, marker, t.substring(pos));
        }

        /** @return the marker at {@code pos} ([tx], [rx], <rx>, <tx> or [db]) as a constant, or null */
        private static String marker(String t, int pos) {
            char open = t.charAt(pos);
            char close = t.charAt(pos + 3);
            if (open == '[' && close == ']') {
                char c1 = t.charAt(pos + 1);
                char c2 = t.charAt(pos + 2);
                if (c2 == 'x') {
                    return c1 == 't' ? "[tx]" : c1 == 'r' ? "[rx]" : null; //$NON-NLS-1$ //$NON-NLS-2$
                }
                return c1 == 'd' && c2 == 'b' ? "[db]" : null; //$NON-NLS-1$
            }
            if (open == '<' && close == '>' && t.charAt(pos + 2) == 'x') {
                char c1 = t.charAt(pos + 1);
                return c1 == 't' ? "<tx>" : c1 == 'r' ? "<rx>" : null; //$NON-NLS-1$ //$NON-NLS-2$
            }
            return null;
        }

        private static boolean starts(String text, String prefix) {
            return text.regionMatches(true, 0, prefix, 0, prefix.length());
        }

        @Override
        public boolean routineMayFollow() {
            return routinePrefix != null;
        }

        @Override
        public int routineRun(byte[] bytes, int from, int to, int[] counts) {
            byte[] prefix = routinePrefix;
            return prefix == null ? NOT_ROUTINE : OutlookRoutineSession.match(prefix, bytes, from, to, counts);
        }

        @Override
        public boolean routineSessionMayFollow() {
            return sessionPrefix != null;
        }

        @Override
        public int routineSession(byte[] bytes, int from, int to, OutlookRoutineSession.SessionShape[] shape) {
            byte[] prefix = sessionPrefix;
            return prefix == null ? NOT_ROUTINE : OutlookRoutineSession.matchSession(prefix, bytes, from, to, shape);
        }

        @Override
        public byte[] routineSessionPrefix() {
            return sessionPrefix;
        }

        @Override
        public SessionsAhead sessionsAhead() {
            return OutlookRoutineSession.AHEAD;
        }

        @Override
        public void routineSessionCounted() {
            // what "Disconnected from host" and "End execution" leave: the connection ended, its next line starts anew
            stateFor(sessionBase).ended = true;
            opening = null;
            sessionPrefix = null;
            sessionBase = null;
        }

        @Override
        public int routineSessionContinues(byte[] prefix,
                RoutineSessions.Connection[] connection) {
            Continued k = continuedOf(prefix);
            ConnectionState state = k.state;
            if (state == null) {
                // the parser's state of the connection, held from now on (states are never dropped): no look-up of the
                // base per session
                state = k.state = stateFor(k.connection.base());
            }
            boolean wasEnded = state.ended;
            int g = state.generation;
            if (!wasEnded && g >= 0) {
                return -1; // not a fresh session of its connection: the parser reads the line
            }
            // what accept() does with the line (the generation moves on when the connection had ended, a connection
            // never seen gets generation 0) and what routineSessionCounted() leaves: the connection ended
            int next = !wasEnded ? 0 : g < 0 ? 1 : g + 1;
            state.generation = next;
            state.ended = true;
            RoutineSessions.Connection c = k.connection;
            opening = null;
            routinePrefix = null;
            sessionPrefix = null;
            sessionBase = null;
            connection[0] = c;
            return next;
        }

        /**
         * A connection {@link #routineSessionContinues} was asked for: its prefix, the connection, and the parser's
         * state of it once asked (the same object {@link #connections} holds).
         */
        private static final class Continued {
            final byte[] prefix;
            final RoutineSessions.Connection connection;
            ConnectionState state;

            Continued(byte[] prefix, RoutineSessions.Connection connection) {
                this.prefix = prefix;
                this.connection = connection;
            }
        }

        /** The connections of the prefixes {@link #routineSessionContinues} was asked for (a log has few hosts). */
        private final List<Continued> continued = new ArrayList<>();

        /** @param prefix {@code POP3 (host): } or {@code SMTP (host): } in printable ASCII ({@link SessionsAhead#beginPrefix}) */
        private Continued continuedOf(byte[] prefix) {
            for (int i = 0, n = continued.size(); i < n; i++) {
                Continued known = continued.get(i);
                if (known.prefix == prefix || Arrays.equals(known.prefix, prefix)) {
                    return known;
                }
            }
            String base = new String(prefix, 0, prefix.length - 2, StandardCharsets.ISO_8859_1);
            String host = base.substring(6, base.length() - 1);
            Protocol protocol = base.startsWith("POP3") ? Protocol.POP3 : Protocol.SMTP; //$NON-NLS-1$
            var k = new Continued(prefix, new RoutineSessions.Connection(base, protocol, host, CLIENT_PRODUCT));
            if (continued.size() == 16) {
                continued.remove(0);
            }
            continued.add(k);
            return k;
        }

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            String wasOpening = opening;
            opening = null;
            routinePrefix = null;
            sessionPrefix = null;
            sessionBase = null;
            Parts parts = split(line.text());
            if (parts == null) {
                if (line.text().contains("Logging Started") || line.text().isBlank()) { //$NON-NLS-1$
                    sink.accept(new TraceRecord.Other(Span.of(line), line.text()));
                } else {
                    CommonLines.commentary(Span.of(line), line.text(), sink);
                }
                return;
            }
            Span span = Span.of(line, parts.time());
            Protocol protocol = parts.protocol();
            String host = parts.host();
            String marker = parts.marker();
            String text = parts.text();
            String word = parts.protocolWord();
            String base = word.equals(lastWord) && host.equals(lastHostOfBase) ? lastBase : word + " (" + host + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            lastWord = word;
            lastHostOfBase = host;
            lastBase = base;
            if (marker != null && !marker.equals("[db]")) { //$NON-NLS-1$
                Direction direction = marker.charAt(1) == 't' ? Direction.CLIENT : Direction.SERVER;
                sink.accept(new TraceRecord.Wire(span, direction, protocol, text, connection(base), TraceRecord.CURRENT));
                return;
            }
            boolean beginning = starts(text, "begin execution"); //$NON-NLS-1$
            boolean starting = beginning || starts(text, "connecting to host") || starts(text, "finding host"); //$NON-NLS-1$ //$NON-NLS-2$
            if (beginning && (protocol == Protocol.POP3 || protocol == Protocol.SMTP)
                    && (ended(base) || !hasGeneration(base))) {
                opening = base; // a new connection: its session starts fresh
                sessionBase = base;
                sessionPrefix = prefixOf(base);
            } else if (starting && !beginning && base.equals(wasOpening)) {
                opening = base;
            }
            if (starting && ended(base)) {
                ConnectionState state = stateFor(base);
                state.generation = state.generation < 0 ? 1 : state.generation + 1;
                state.ended = false;
            }
            boolean first = !hasGeneration(base);
            String connection = connection(base);
            if (first || beginning) {
                sink.accept(new TraceRecord.Endpoint(connection, protocol, host, 0, CLIENT_PRODUCT, null));
            }
            if (starting) {
                sink.accept(new TraceRecord.Other(span, line.text()));
                return;
            }
            Matcher port = text.startsWith("Port:") ? PORT.matcher(text) : null; //$NON-NLS-1$
            if (port != null && port.find()) {
                TlsState tls = port.group(2).equalsIgnoreCase("YES") ? TlsState.IMPLICIT : null; //$NON-NLS-1$
                sink.accept(new TraceRecord.Endpoint(connection, protocol, host, CommonLines.port(port.group(1)), null, tls));
                sink.accept(new TraceRecord.Other(span, line.text()));
                if (tls == null && base.equals(wasOpening)) {
                    opening = base;
                }
                return;
            }
            boolean disconnected = starts(text, "disconnected from host"); //$NON-NLS-1$
            boolean endExecution = starts(text, "end execution"); //$NON-NLS-1$
            if (disconnected || endExecution) {
                stateFor(base).ended = true;
            }
            if (endExecution) {
                // the task is over: its session can be closed now (later lines of this host start the next one)
                sink.accept(new TraceRecord.Other(span, line.text()));
                sink.accept(new TraceRecord.End(span, connection));
                return;
            }
            int hr = CommonLines.hresult(text);
            if (hr != 0) {
                sink.accept(new TraceRecord.Status(span, hr, text, connection));
            } else if (starts(text, "connected to host")) { //$NON-NLS-1$
                sink.accept(new TraceRecord.Connection(span, ConnectionEventKind.CONNECTED, text, connection));
                if (base.equals(wasOpening) && protocol == Protocol.POP3) {
                    routinePrefix = prefixOf(base);
                }
            } else if (disconnected) {
                sink.accept(new TraceRecord.Connection(span, ConnectionEventKind.CLOSED_BY_CLIENT, text, connection));
            } else {
                ConnectionEventKind kind = CommonLines.connectionKind(text);
                if (kind != null && kind != ConnectionEventKind.CONNECTING && kind != ConnectionEventKind.CLOSED_BY_CLIENT) {
                    sink.accept(new TraceRecord.Connection(span, kind, text, connection));
                } else {
                    sink.accept(new TraceRecord.Other(span, line.text()));
                }
            }
        }

        /** the base {@link #prefixBytes} was made for: the same string while consecutive lines repeat it */
        private String prefixBase;
        private byte[] prefixBytes;

        /** @return {@code base + ": "} as the triage reads it (which never changes it), made once while the base repeats */
        private byte[] prefixOf(String base) {
            if (base != prefixBase) {
                prefixBase = base;
                prefixBytes = (base + ": ").getBytes(StandardCharsets.ISO_8859_1); //$NON-NLS-1$
            }
            return prefixBytes;
        }

        private String lastConnectionBase;
        private int lastConnectionGeneration = -1;
        private String lastConnection;

        private String connection(String base) {
            ConnectionState state = stateFor(base);
            if (state.generation < 0) {
                state.generation = 0;
            }
            int g = state.generation;
            if (base != lastConnectionBase || g != lastConnectionGeneration) {
                lastConnectionBase = base;
                lastConnectionGeneration = g;
                lastConnection = base + "#" + g; //$NON-NLS-1$
            }
            return lastConnection;
        }
    }
}
