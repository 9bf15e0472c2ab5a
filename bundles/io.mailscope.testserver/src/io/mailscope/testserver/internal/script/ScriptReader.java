package io.mailscope.testserver.internal.script;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import io.mailscope.testserver.MailProtocol;

/**
 * Reads the script of a {@code scenario} element: {@code <pop3>}, {@code <imap>} and {@code <smtp>} children with
 * their {@code <greeting>} and {@code <reply>} elements (see {@code schema/scenarios.exsd}). Validates everything, so a
 * script that loads also runs.
 */
public final class ScriptReader {

    public static final String ELEM_GREETING = "greeting"; //$NON-NLS-1$
    public static final String ELEM_REPLY = "reply"; //$NON-NLS-1$
    public static final String ELEM_LINE = "line"; //$NON-NLS-1$
    public static final String ELEM_DESCRIPTION = "description"; //$NON-NLS-1$
    public static final String ATTR_COMMAND = "command"; //$NON-NLS-1$
    public static final String ATTR_WHEN = "when"; //$NON-NLS-1$
    public static final String ATTR_TEXT = "text"; //$NON-NLS-1$
    public static final String ATTR_DELAY = "delayMillis"; //$NON-NLS-1$
    public static final String ATTR_ACTION = "action"; //$NON-NLS-1$
    public static final String ATTR_CUT_AFTER = "cutAfterBytes"; //$NON-NLS-1$
    public static final String ATTR_CAPABILITIES = "capabilities"; //$NON-NLS-1$
    public static final String ATTR_STARTTLS = "starttls"; //$NON-NLS-1$
    public static final String ATTR_CERTIFICATE = "certificate"; //$NON-NLS-1$
    public static final String ATTR_MESSAGES = "messages"; //$NON-NLS-1$

    /** Certificates the server ships (certificates/NAME.p12). */
    public static final Set<String> CERTIFICATES = Set.of("localhost", "self-signed", "expired", "wrong-host"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** Longest delay a script may ask for: a client's time-out is minutes, a demo must not wait longer. */
    public static final long MAX_DELAY_MILLIS = 600_000;
    /** Longest scripted line: replies must stay within what a mail client accepts (RFC 5321: 512). */
    public static final int MAX_LINE = 998;
    private static final int MAX_SCRIPT_BYTES = 256 * 1024;

    private ScriptReader() {
    }

    /** Reads the protocol children of a scenario element (other children, such as the description, are skipped). */
    public static ScenarioScript read(ScriptNode scenario) throws InvalidScriptException {
        Map<MailProtocol, ProtocolScript> protocols = new EnumMap<>(MailProtocol.class);
        for (ScriptNode child : scenario.children()) {
            if (child.name().equals(ELEM_DESCRIPTION)) {
                continue;
            }
            MailProtocol protocol = MailProtocol.of(child.name());
            if (protocol == null) {
                throw invalid(child, "unknown element <" + child.name() + "> (use <pop3>, <imap> or <smtp>)"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (protocols.containsKey(protocol)) {
                throw invalid(child, "<" + child.name() + "> appears twice"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            protocols.put(protocol, readProtocol(protocol, child));
        }
        return new ScenarioScript(protocols);
    }

    /** Reads a script file ({@code <scenario>} root with protocol children), bounded in size, without external entities. */
    public static ScenarioScript read(InputStream in, String origin) throws InvalidScriptException {
        try {
            byte[] bytes = in.readNBytes(MAX_SCRIPT_BYTES + 1);
            if (bytes.length > MAX_SCRIPT_BYTES) {
                throw new InvalidScriptException(origin + ": script is larger than " + MAX_SCRIPT_BYTES + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new java.io.ByteArrayInputStream(bytes));
            ScriptNode root = ScriptNode.of(document.getDocumentElement(), origin);
            if (!root.name().equals("scenario")) { //$NON-NLS-1$
                throw new InvalidScriptException(origin + ": the root element must be <scenario>, not <" + root.name() + ">"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return read(root);
        } catch (SAXException e) {
            throw new InvalidScriptException(origin + ": not well-formed XML: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (ParserConfigurationException | IOException e) {
            throw new InvalidScriptException(origin + ": cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static ProtocolScript readProtocol(MailProtocol protocol, ScriptNode node) throws InvalidScriptException {
        ScriptedReply greeting = null;
        List<ScriptedReply> replies = new ArrayList<>();
        for (ScriptNode child : node.children()) {
            switch (child.name()) {
                case ELEM_GREETING -> {
                    if (greeting != null) {
                        throw invalid(child, "a second <greeting>"); //$NON-NLS-1$
                    }
                    greeting = readReply(child, ScriptedReply.GREETING);
                }
                case ELEM_REPLY -> {
                    String command = required(child, ATTR_COMMAND).toUpperCase(Locale.ROOT);
                    if (!command.matches("[A-Z][A-Z0-9-]{0,15}|\\.")) { //$NON-NLS-1$
                        throw invalid(child, ATTR_COMMAND + " '" + command + "' is not a command verb"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    if (command.equals(ScriptedReply.END_OF_DATA) && protocol != MailProtocol.SMTP) {
                        throw invalid(child, "command '.' (end of message) exists only in SMTP"); //$NON-NLS-1$
                    }
                    replies.add(readReply(child, command));
                }
                default -> throw invalid(child, "unknown element <" + child.name() + "> in <" + node.name() + ">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        List<String> capabilities = null;
        String caps = node.attribute(ATTR_CAPABILITIES);
        if (caps != null) {
            capabilities = caps.isBlank() ? List.of() : Arrays.stream(caps.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
            for (String c : capabilities) {
                checkLine(node, ATTR_CAPABILITIES, c);
            }
        }
        boolean startTls = true;
        String starttls = node.attribute(ATTR_STARTTLS);
        if (starttls != null) {
            startTls = switch (starttls.strip().toLowerCase(Locale.ROOT)) {
                case "offered" -> true; //$NON-NLS-1$
                case "none" -> false; //$NON-NLS-1$
                default -> throw invalid(node, ATTR_STARTTLS + " '" + starttls + "' must be 'offered' or 'none'"); //$NON-NLS-1$ //$NON-NLS-2$
            };
        }
        String certificate = node.attribute(ATTR_CERTIFICATE);
        if (certificate == null || certificate.isBlank()) {
            certificate = ProtocolScript.DEFAULT_CERTIFICATE;
        } else if (!CERTIFICATES.contains(certificate.strip())) {
            throw invalid(node, ATTR_CERTIFICATE + " '" + certificate + "' is not one of " + CERTIFICATES); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int messages = ProtocolScript.DEFAULT_MESSAGES;
        String count = node.attribute(ATTR_MESSAGES);
        if (count != null) {
            messages = (int) number(node, ATTR_MESSAGES, count, 0, 1000);
        }
        return new ProtocolScript(protocol, greeting, capabilities, startTls, certificate.strip(), messages, replies);
    }

    private static ScriptedReply readReply(ScriptNode node, String command) throws InvalidScriptException {
        List<String> lines = new ArrayList<>();
        String text = node.attribute(ATTR_TEXT);
        if (text != null) {
            checkLine(node, ATTR_TEXT, text);
            lines.add(text);
        }
        for (ScriptNode child : node.children()) {
            if (!child.name().equals(ELEM_LINE)) {
                throw invalid(child, "unknown element <" + child.name() + "> (only <line>)"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (text != null) {
                throw invalid(node, "give either the attribute 'text' or <line> elements, not both"); //$NON-NLS-1$
            }
            String line = child.text() == null ? "" : child.text(); //$NON-NLS-1$
            checkLine(child, ELEM_LINE, line);
            lines.add(line);
        }
        Condition when = Condition.ALWAYS;
        String whenText = node.attribute(ATTR_WHEN);
        if (whenText != null) {
            when = Condition.of(whenText);
            if (when == null) {
                throw invalid(node, ATTR_WHEN + " '" + whenText + "' is not one of always, before-tls, after-tls, before-auth, after-auth"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (command.equals(ScriptedReply.GREETING) && when != Condition.ALWAYS) {
                throw invalid(node, "a greeting is always before TLS and logon; 'when' does not apply"); //$NON-NLS-1$
            }
        }
        ReplyAction action = ReplyAction.REPLY;
        String actionText = node.attribute(ATTR_ACTION);
        if (actionText != null) {
            action = ReplyAction.of(actionText);
            if (action == null) {
                throw invalid(node, ATTR_ACTION + " '" + actionText + "' is not one of reply, close, cut, hang, drip, endless-line, tls-drop"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (action == ReplyAction.TLS_DROP && command.equals(ScriptedReply.GREETING)) {
            throw invalid(node, "tls-drop answers STARTTLS/STLS, not the greeting"); //$NON-NLS-1$
        }
        long delay = 0;
        String delayText = node.attribute(ATTR_DELAY);
        if (delayText != null) {
            delay = number(node, ATTR_DELAY, delayText, 0, MAX_DELAY_MILLIS);
        }
        int cutAfter = 64;
        String cutText = node.attribute(ATTR_CUT_AFTER);
        if (cutText != null) {
            if (action != ReplyAction.CUT) {
                throw invalid(node, ATTR_CUT_AFTER + " applies only to action 'cut'"); //$NON-NLS-1$
            }
            cutAfter = (int) number(node, ATTR_CUT_AFTER, cutText, 0, 1 << 20);
        }
        return new ScriptedReply(command, when, lines, Duration.ofMillis(delay), action, cutAfter);
    }

    private static void checkLine(ScriptNode node, String what, String line) throws InvalidScriptException {
        if (line.length() > MAX_LINE) {
            throw invalid(node, what + " is longer than " + MAX_LINE + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            throw invalid(node, what + " contains a line break; give one <line> per line"); //$NON-NLS-1$
        }
    }

    private static long number(ScriptNode node, String attribute, String text, long min, long max) throws InvalidScriptException {
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw invalid(node, attribute + " " + value + " is outside " + min + ".." + max); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(node, attribute + " '" + text + "' is not a whole number"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static String required(ScriptNode node, String attribute) throws InvalidScriptException {
        String value = node.attribute(attribute);
        if (value == null || value.isBlank()) {
            throw invalid(node, "missing attribute '" + attribute + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value.strip();
    }

    private static InvalidScriptException invalid(ScriptNode node, String why) {
        return new InvalidScriptException(node.origin() + ", <" + node.name() + ">: " + why); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
