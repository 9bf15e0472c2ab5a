package io.mailscope.trace.protocol;

import static io.mailscope.trace.protocol.CommandTrait.CHUNK;
import static io.mailscope.trace.protocol.CommandTrait.CLOSES;
import static io.mailscope.trace.protocol.CommandTrait.COMPRESSES;
import static io.mailscope.trace.protocol.CommandTrait.CREDENTIALS;
import static io.mailscope.trace.protocol.CommandTrait.GREETS;
import static io.mailscope.trace.protocol.CommandTrait.IDLE;
import static io.mailscope.trace.protocol.CommandTrait.MESSAGE_BODY;
import static io.mailscope.trace.protocol.CommandTrait.SASL;
import static io.mailscope.trace.protocol.CommandTrait.STARTS_TLS;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.mailscope.model.Protocol;

/**
 * Every command of SMTP, POP3 and IMAP that Mailscope knows, with the standard that defines it, and the words servers
 * use in replies: the one place where the protocols' vocabulary is written down.
 * <ul>
 * <li>SMTP: RFC 5321; STARTTLS (RFC 3207), AUTH (RFC 4954), PIPELINING (RFC 2920), SIZE (RFC 1870), 8BITMIME (RFC
 * 6152), CHUNKING/BDAT and BINARYMIME (RFC 3030), SMTPUTF8 (RFC 6531), DSN (RFC 3461), ETRN (RFC 1985), ATRN (RFC
 * 2645), BURL (RFC 4468), LMTP's LHLO (RFC 2033), Postfix's XCLIENT/XFORWARD.</li>
 * <li>POP3: RFC 1939; CAPA and response codes (RFC 2449, RFC 3206), AUTH (RFC 5034), STLS (RFC 2595), UTF8 and LANG
 * (RFC 6856), LAST (RFC 1460).</li>
 * <li>IMAP: RFC 3501 / RFC 9051; IDLE (RFC 2177), MOVE (RFC 6851), UIDPLUS (RFC 4315), CONDSTORE/QRESYNC (RFC 7162),
 * SORT/THREAD (RFC 5256), ACL (RFC 4314), METADATA (RFC 5464), ANNOTATE (RFC 5257), NAMESPACE (RFC 2342), ID (RFC
 * 2971), ENABLE (RFC 5161), COMPRESS (RFC 4978), QUOTA (RFC 9208), UNSELECT (RFC 3691), ESEARCH (RFC 7377), NOTIFY
 * (RFC 5465), REPLACE (RFC 8508), UNAUTHENTICATE (RFC 8437), URLAUTH (RFC 4467), LANGUAGE (RFC 5255), LIST-EXTENDED
 * and Gmail's XLIST, LITERAL+/LITERAL- (RFC 7888).</li>
 * </ul>
 */
public final class ProtocolVocabulary {

    private static final Map<Protocol, Map<String, CommandForm>> COMMANDS = new EnumMap<>(Protocol.class);

    /** ESMTP keywords of an EHLO reply (RFC 5321 and the extensions above, plus the registry's common ones). */
    public static final Set<String> SMTP_EXTENSIONS = Set.of("SIZE", "8BITMIME", "PIPELINING", "CHUNKING", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "BINARYMIME", "SMTPUTF8", "DSN", "ENHANCEDSTATUSCODES", "STARTTLS", "AUTH", "ETRN", "ATRN", "BURL", "DELIVERBY", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "REQUIRETLS", "MT-PRIORITY", "FUTURERELEASE", "VRFY", "EXPN", "HELP", "XCLIENT", "XFORWARD", "LIMITS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    /** Parameters of MAIL FROM / RCPT TO defined by those extensions. */
    public static final Set<String> SMTP_PARAMETERS = Set.of("SIZE", "BODY", "SMTPUTF8", "RET", "ENVID", "NOTIFY", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "ORCPT", "AUTH", "BY", "MT-PRIORITY", "REQUIRETLS", "HOLDFOR", "HOLDUNTIL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    /** POP3 response codes in brackets after +OK/-ERR (RFC 2449 8, RFC 3206, RFC 6856). */
    public static final Set<String> POP3_RESPONSE_CODES = Set.of("IN-USE", "LOGIN-DELAY", "SYS/TEMP", "SYS/PERM", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "AUTH", "UTF8"); //$NON-NLS-1$ //$NON-NLS-2$

    /** IMAP response codes (RFC 9051 7.1, RFC 5530, RFC 4315, RFC 7162, RFC 5464, RFC 4978, RFC 8474, RFC 7888). */
    public static final Set<String> IMAP_RESPONSE_CODES = Set.of("ALERT", "BADCHARSET", "CAPABILITY", "PARSE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "PERMANENTFLAGS", "READ-ONLY", "READ-WRITE", "TRYCREATE", "UIDNEXT", "UIDVALIDITY", "UNSEEN", "APPENDUID", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "COPYUID", "UIDNOTSTICKY", "HIGHESTMODSEQ", "NOMODSEQ", "MODIFIED", "CLOSED", "UNAVAILABLE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "EXPIRED", "PRIVACYREQUIRED", "CONTACTADMIN", "NOPERM", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "INUSE", "EXPUNGEISSUED", "CORRUPTION", "SERVERBUG", "CLIENTBUG", "CANNOT", "LIMIT", "OVERQUOTA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "ALREADYEXISTS", "NONEXISTENT", "METADATA", "COMPRESSIONACTIVE", "MAILBOXID", "NOTSAVED", "HASCHILDREN", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "TOOBIG", "USEATTR", "UNKNOWN-CTE", "REFERRAL", "ANNOTATE", "ANNOTATIONS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /** Untagged IMAP response names (RFC 9051 7 and the extensions above), after "* " or "* n ". */
    public static final Set<String> IMAP_UNTAGGED = Set.of("OK", "NO", "BAD", "PREAUTH", "BYE", "CAPABILITY", "LIST", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "LSUB", "XLIST", "STATUS", "SEARCH", "ESEARCH", "FLAGS", "EXISTS", "RECENT", "EXPUNGE", "FETCH", "NAMESPACE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "ID", "ENABLED", "ACL", "LISTRIGHTS", "MYRIGHTS", "METADATA", "ANNOTATION", "QUOTA", "QUOTAROOT", "SORT", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "THREAD", "VANISHED", "LANGUAGE", "COMPARATOR", "GENURLAUTH", "URLFETCH"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    static {
        smtp("HELO", "RFC 5321", GREETS); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("EHLO", "RFC 5321", GREETS); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("LHLO", "RFC 2033", GREETS); //$NON-NLS-1$ //$NON-NLS-2$
        for (String verb : new String[] { "MAIL", "RCPT", "RSET", "VRFY", "EXPN", "HELP", "NOOP" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            smtp(verb, "RFC 5321"); //$NON-NLS-1$
        }
        smtp("DATA", "RFC 5321", MESSAGE_BODY); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("QUIT", "RFC 5321", CLOSES); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("STARTTLS", "RFC 3207", STARTS_TLS); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("AUTH", "RFC 4954", SASL); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("BDAT", "RFC 3030", CHUNK); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("ETRN", "RFC 1985"); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("ATRN", "RFC 2645"); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("BURL", "RFC 4468"); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("XCLIENT", "Postfix XCLIENT"); //$NON-NLS-1$ //$NON-NLS-2$
        smtp("XFORWARD", "Postfix XFORWARD"); //$NON-NLS-1$ //$NON-NLS-2$

        pop3("USER", "RFC 1939", ReplyForm.POP3_SINGLE_LINE, CREDENTIALS); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("PASS", "RFC 1939", ReplyForm.POP3_SINGLE_LINE, CREDENTIALS); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("APOP", "RFC 1939", ReplyForm.POP3_SINGLE_LINE, CREDENTIALS); //$NON-NLS-1$ //$NON-NLS-2$
        for (String verb : new String[] { "STAT", "DELE", "NOOP", "RSET" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            pop3(verb, "RFC 1939", ReplyForm.POP3_SINGLE_LINE); //$NON-NLS-1$
        }
        pop3("QUIT", "RFC 1939", ReplyForm.POP3_SINGLE_LINE, CLOSES); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("RETR", "RFC 1939", ReplyForm.POP3_MULTI_LINE); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("TOP", "RFC 1939", ReplyForm.POP3_MULTI_LINE); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("LIST", "RFC 1939", ReplyForm.POP3_MULTI_LINE_WITHOUT_ARGUMENT); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("UIDL", "RFC 1939", ReplyForm.POP3_MULTI_LINE_WITHOUT_ARGUMENT); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("CAPA", "RFC 2449", ReplyForm.POP3_MULTI_LINE); //$NON-NLS-1$ //$NON-NLS-2$
        // "AUTH" alone lists the mechanisms (RFC 1734 usage, still answered by many servers); with one, SASL
        pop3("AUTH", "RFC 5034", ReplyForm.POP3_MULTI_LINE_WITHOUT_ARGUMENT, SASL); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("STLS", "RFC 2595", ReplyForm.POP3_SINGLE_LINE, STARTS_TLS); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("UTF8", "RFC 6856", ReplyForm.POP3_SINGLE_LINE); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("LANG", "RFC 6856", ReplyForm.POP3_MULTI_LINE_WITHOUT_ARGUMENT); //$NON-NLS-1$ //$NON-NLS-2$
        pop3("LAST", "RFC 1460", ReplyForm.POP3_SINGLE_LINE); //$NON-NLS-1$ //$NON-NLS-2$

        for (String verb : new String[] { "CAPABILITY", "NOOP", "SELECT", "EXAMINE", "CREATE", "DELETE", "RENAME", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB", "STATUS", "APPEND", "CHECK", "CLOSE", "EXPUNGE", "SEARCH", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                "FETCH", "STORE", "COPY", "UID FETCH", "UID STORE", "UID COPY", "UID SEARCH" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            imap(verb, "RFC 9051"); //$NON-NLS-1$
        }
        imap("LOGIN", "RFC 9051", CREDENTIALS); //$NON-NLS-1$ //$NON-NLS-2$
        imap("AUTHENTICATE", "RFC 9051", SASL); //$NON-NLS-1$ //$NON-NLS-2$
        imap("STARTTLS", "RFC 9051", STARTS_TLS); //$NON-NLS-1$ //$NON-NLS-2$
        imap("LOGOUT", "RFC 9051", CLOSES); //$NON-NLS-1$ //$NON-NLS-2$
        imap("ENABLE", "RFC 5161"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("IDLE", "RFC 2177", IDLE); //$NON-NLS-1$ //$NON-NLS-2$
        imap("NAMESPACE", "RFC 2342"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("UNSELECT", "RFC 3691"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("MOVE", "RFC 6851"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("UID MOVE", "RFC 6851"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("UID EXPUNGE", "RFC 4315"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("ID", "RFC 2971"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("COMPRESS", "RFC 4978", COMPRESSES); //$NON-NLS-1$ //$NON-NLS-2$
        for (String verb : new String[] { "SORT", "THREAD", "UID SORT", "UID THREAD" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            imap(verb, "RFC 5256"); //$NON-NLS-1$
        }
        for (String verb : new String[] { "SETACL", "DELETEACL", "GETACL", "LISTRIGHTS", "MYRIGHTS" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            imap(verb, "RFC 4314"); //$NON-NLS-1$
        }
        imap("GETMETADATA", "RFC 5464"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("SETMETADATA", "RFC 5464"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("GETANNOTATION", "RFC 5257"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("SETANNOTATION", "RFC 5257"); //$NON-NLS-1$ //$NON-NLS-2$
        for (String verb : new String[] { "GETQUOTA", "GETQUOTAROOT", "SETQUOTA" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            imap(verb, "RFC 9208"); //$NON-NLS-1$
        }
        imap("ESEARCH", "RFC 7377"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("NOTIFY", "RFC 5465"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("REPLACE", "RFC 8508"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("UID REPLACE", "RFC 8508"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("UNAUTHENTICATE", "RFC 8437"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("GENURLAUTH", "RFC 4467"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("RESETKEY", "RFC 4467"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("URLFETCH", "RFC 4467"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("LANGUAGE", "RFC 5255"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("COMPARATOR", "RFC 5255"); //$NON-NLS-1$ //$NON-NLS-2$
        imap("XLIST", "Gmail XLIST"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private ProtocolVocabulary() {
    }

    private static void smtp(String verb, String standard, CommandTrait... traits) {
        add(new CommandForm(Protocol.SMTP, verb, standard, ReplyForm.SMTP_REPLY, Set.of(traits)));
    }

    private static void pop3(String verb, String standard, ReplyForm reply, CommandTrait... traits) {
        add(new CommandForm(Protocol.POP3, verb, standard, reply, Set.of(traits)));
    }

    private static void imap(String verb, String standard, CommandTrait... traits) {
        add(new CommandForm(Protocol.IMAP, verb, standard, ReplyForm.IMAP_TAGGED, Set.of(traits)));
    }

    private static void add(CommandForm form) {
        COMMANDS.computeIfAbsent(form.protocol(), p -> new LinkedHashMap<>()).put(form.verb(), form);
    }

    /** @return the command of that protocol and verb (any case; IMAP UID commands as "UID FETCH") */
    public static Optional<CommandForm> command(Protocol protocol, String verb) {
        Map<String, CommandForm> forms = COMMANDS.get(protocol);
        return forms == null ? Optional.empty() : Optional.ofNullable(forms.get(verb.toUpperCase(Locale.ROOT)));
    }

    /** @return every command of the protocol, in the order of its standards */
    public static Collection<CommandForm> commands(Protocol protocol) {
        Map<String, CommandForm> forms = COMMANDS.get(protocol);
        return forms == null ? Set.of() : java.util.Collections.unmodifiableCollection(forms.values());
    }

    /**
     * @return true when the protocol defines the verb with that trait; for UNKNOWN (a session whose protocol no line
     *         told yet), when any of the three does
     */
    public static boolean hasTrait(Protocol protocol, String verb, CommandTrait trait) {
        if (protocol != null && protocol != Protocol.UNKNOWN) {
            return command(protocol, verb).map(f -> f.has(trait)).orElse(false);
        }
        for (Protocol p : COMMANDS.keySet()) {
            if (command(p, verb).map(f -> f.has(trait)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the verb is a command of the protocol */
    public static boolean isVerb(Protocol protocol, String verb) {
        return command(protocol, verb).isPresent();
    }

    /**
     * @return true when a client line has the form of SASL response data (RFC 4422): base64 (RFC 4648 alphabet), or
     *         "*" which cancels the exchange. Form only: whether an exchange is open is the caller's to know, and
     *         masking such lines is {@link io.mailscope.trace.masking.MaskingSession}'s
     */
    public static boolean isSaslData(String line) {
        String t = line.strip();
        if (t.equals("*")) { //$NON-NLS-1$
            return true;
        }
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=')) {
                return false;
            }
        }
        return true;
    }

    /** @return the command a client line of that protocol starts, when its verb is in the vocabulary */
    public static Optional<CommandForm> commandOf(Protocol protocol, String line) {
        CommandLine parsed = CommandLine.parse(protocol, line);
        return parsed == null ? Optional.empty() : command(protocol, parsed.verb());
    }

    /**
     * @return the protocol a client command line belongs to, when only one protocol has its form: a tagged IMAP
     *         command, or a verb only SMTP or only POP3 has; UNKNOWN for verbs several protocols share (QUIT, NOOP,
     *         RSET, AUTH) and for anything else
     */
    public static Protocol protocolOfCommand(String line) {
        String t = line.strip();
        int space = t.indexOf(' ');
        String first = (space < 0 ? t : t.substring(0, space)).toUpperCase(Locale.ROOT);
        if (first.endsWith(":")) {
            first = first.substring(0, first.length() - 1); // "MAIL FROM:" written "MAIL:" never; "RCPT TO:" fine
        }
        boolean smtp = isVerb(Protocol.SMTP, first);
        boolean pop3 = isVerb(Protocol.POP3, first);
        if (smtp != pop3) {
            return smtp ? Protocol.SMTP : Protocol.POP3;
        }
        if (!smtp) {
            CommandLine imap = CommandLine.parse(Protocol.IMAP, t);
            if (imap != null && imap.tag() != null && isVerb(Protocol.IMAP, imap.verb())) {
                return Protocol.IMAP;
            }
        }
        return Protocol.UNKNOWN;
    }

    /** @return the protocol a server line's form reveals (a greeting or a reply), or UNKNOWN */
    public static Protocol protocolOfReply(String line) {
        if (line.startsWith("+OK") || line.startsWith("-ERR")) { //$NON-NLS-1$ //$NON-NLS-2$
            return Protocol.POP3;
        }
        if (line.startsWith("* ")) { //$NON-NLS-1$
            ReplyLine r = ReplyLine.parse(Protocol.IMAP, line);
            return r.kind() == ReplyLine.Kind.IMAP_UNTAGGED && IMAP_UNTAGGED.contains(r.name()) ? Protocol.IMAP
                    : Protocol.UNKNOWN;
        }
        if (ReplyLine.isSmtpReply(line)) {
            return Protocol.SMTP;
        }
        return Protocol.UNKNOWN;
    }

    /**
     * @return true when the line is a command of any of the three protocols: a verb of SMTP or POP3 in consistent
     *         case, an IMAP tag followed by an IMAP verb, or "DONE" (ending IDLE)
     */
    public static boolean isCommandLine(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        int space = t.indexOf(' ');
        String word = space < 0 ? t : t.substring(0, space);
        String upper = word.toUpperCase(Locale.ROOT);
        boolean caseConsistent = word.equals(upper) || word.equals(word.toLowerCase(Locale.ROOT));
        String bare = upper.endsWith(":") ? upper.substring(0, upper.length() - 1) : upper;
        if (caseConsistent && (isVerb(Protocol.SMTP, bare) || isVerb(Protocol.POP3, bare) || bare.equals("DONE"))) { //$NON-NLS-1$
            return true;
        }
        CommandLine imap = CommandLine.parse(Protocol.IMAP, t);
        return imap != null && imap.tag() != null && isVerb(Protocol.IMAP, imap.verb());
    }
}
