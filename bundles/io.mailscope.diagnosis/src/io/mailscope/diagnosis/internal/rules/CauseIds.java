package io.mailscope.diagnosis.internal.rules;

import java.util.List;

import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.trace.events.Located;
import io.mailscope.model.catalog.HResult;

/**
 * Every catalog cause id the built-in rules report, in one place. Each id starts with the HRESULT it explains, so the
 * code is read from the id. A test checks that each of these is in the shipped catalog.
 */
public final class CauseIds {

    // seed 002 — POP3 message number out of range
    public static final String HIDDEN_CONTROL_MESSAGE = "0x800CCC97.server-bug.hidden-control-message"; //$NON-NLS-1$

    // seed 001 — connection
    public static final String DROPPED_AFTER_GREETING = "0x800CCC0F.connection-dropped-after-greeting"; //$NON-NLS-1$
    public static final String DROPPED_MID_TRANSFER = "0x800CCC0F.connection-dropped-mid-transfer"; //$NON-NLS-1$
    public static final String NETWORK_INTERFERENCE = "0x800CCC0F.network-interference"; //$NON-NLS-1$
    public static final String CONNECTION_REFUSED = "0x800CCC0E.connection-refused"; //$NON-NLS-1$
    public static final String WRONG_PORT = "0x800CCC0E.wrong-port-or-security"; //$NON-NLS-1$
    public static final String TIMEOUT = "0x800CCC19.timeout"; //$NON-NLS-1$
    public static final String HOST_NOT_FOUND = "0x800CCC0D.dns-failure"; //$NON-NLS-1$
    /** IMAP "* BYE" or POP3 "-ERR" as greeting, or an IMAP "* BYE" the client did not ask for. */
    public static final String SERVER_ENDED_SESSION = "0x800CCC0F.server-busy"; //$NON-NLS-1$
    /** SMTP 554 as greeting. */
    public static final String SMTP_REFUSED_AT_GREETING = "0x800CCC67.connection-refused"; //$NON-NLS-1$

    // seed 000 — busy, authentication
    public static final String AUTH_REQUIRED = "0x800CCC0B.auth-required"; //$NON-NLS-1$
    public static final String AUTH_METHOD_MISMATCH = "0x800CCC0B.auth-method-mismatch"; //$NON-NLS-1$
    public static final String MAILBOX_IN_USE = "0x800CCC0B.mailbox-in-use"; //$NON-NLS-1$
    /** The same cause, when the client reported it as 0x800CCC92. */
    public static final String MAILBOX_IN_USE_AS_PASSWORD_ERROR = "0x800CCC92.mailbox-in-use"; //$NON-NLS-1$
    public static final String SERVER_BUSY = "0x800CCC0B.server-busy"; //$NON-NLS-1$
    public static final String SMTP_NOT_AVAILABLE = "0x800CCC67.server-busy"; //$NON-NLS-1$
    /** SMTP 535/534: the catalog maps 535 to 0x800CCC61 (what Outlook Express reports; Outlook asks for the password again). */
    public static final String SMTP_AUTH_FAILED = "0x800CCC61.auth-failed"; //$NON-NLS-1$
    /** 534/535 that refuse the password as such a logon: app password required, password (basic) logon switched off */
    public static final String SMTP_PASSWORD_LOGON_REFUSED = "0x800CCC61.auth-method-mismatch"; //$NON-NLS-1$

    // TLS
    public static final String TLS_FAILED = "0x800CCC1A.tls-failed"; //$NON-NLS-1$
    public static final String CERTIFICATE_REJECTED = "0x800CCC1A.certificate-rejected"; //$NON-NLS-1$
    public static final String TLS_WRONG_PORT = "0x800CCC1A.wrong-port-or-security"; //$NON-NLS-1$
    public static final String TLS_REQUIRED = "0x800CCC1A.tls-required"; //$NON-NLS-1$

    // logon
    public static final String POP3_USER_REJECTED = "0x800CCC91.auth-failed"; //$NON-NLS-1$
    public static final String POP3_PASSWORD_REJECTED = "0x800CCC92.auth-failed"; //$NON-NLS-1$
    public static final String IMAP_LOGIN_FAILED = "0x800CCCD1.auth-failed"; //$NON-NLS-1$

    // IMAP commands after logon
    public static final String IMAP_OVER_QUOTA = "0x800CCCD2.quota-exceeded"; //$NON-NLS-1$
    public static final String IMAP_MAILBOX_IN_USE = "0x800CCCD2.mailbox-in-use"; //$NON-NLS-1$
    public static final String IMAP_TEMPORARY_FAILURE = "0x800CCCD2.server-busy"; //$NON-NLS-1$
    public static final String IMAP_FOLDER_MISSING = "0x800CCCD2.client-configuration"; //$NON-NLS-1$
    public static final String IMAP_SERVER_FAULT = "0x800CCCD2.server-bug"; //$NON-NLS-1$
    /** the IMAP server refuses as unknown a command its own CAPABILITY lists */
    public static final String IMAP_REFUSES_ADVERTISED = "0x800CCCD4.server-bug"; //$NON-NLS-1$
    /** the IMAP server's output breaks the grammar (a tagged BYE): the catalog cause of {@link #IMAP_REFUSES_ADVERTISED} */
    public static final String IMAP_NON_CONFORMING = IMAP_REFUSES_ADVERTISED;
    /** MAIL FROM/RCPT TO written against RFC 5321's syntax and refused as such */
    public static final String SMTP_PARAMETER_SYNTAX = "0x800CCC63.protocol-violation"; //$NON-NLS-1$
    /** an IMAP command sent without its tag: the server reads the verb as the tag */
    public static final String IMAP_UNTAGGED_COMMAND = "0x800CCCD3.protocol-violation"; //$NON-NLS-1$
    /** SMTP 503 "bad sequence" although the client kept the order */
    public static final String SMTP_OUT_OF_STATE = "0x800CCC65.server-bug"; //$NON-NLS-1$
    /** an SMTP reply that breaks the reply syntax: EHLO extension lines without the 250- code */
    public static final String SMTP_MALFORMED_REPLY = "0x800CCC60.server-bug"; //$NON-NLS-1$
    /** a command answered "500 not recognised" and then with its own reply: the server read a line the client did not send */
    public static final String SMTP_PHANTOM_COMMAND_500 = "0x800CCC62.server-bug"; //$NON-NLS-1$
    /** the same with "502 command not recognised/implemented" */
    public static final String SMTP_PHANTOM_COMMAND_502 = "0x800CCC64.server-bug"; //$NON-NLS-1$

    // POP3 errors after logon
    public static final String POP3_TEMPORARY_ERROR = "0x800CCC90.server-busy"; //$NON-NLS-1$
    public static final String POP3_COMMAND_FAILED = "0x800CCC90.server-bug"; //$NON-NLS-1$
    /** A command of another protocol (STARTTLS to POP3) refused as unknown: the client's fault. */
    public static final String CLIENT_WRONG_COMMAND = "0x800CCC90.protocol-violation"; //$NON-NLS-1$

    // SMTP replies
    public static final String SENDER_REJECTED = "0x800CCC78.sender-rejected"; //$NON-NLS-1$
    public static final String RECIPIENT_REJECTED = "0x800CCC79.recipient-rejected"; //$NON-NLS-1$
    public static final String RELAY_DENIED = "0x800CCC79.relay-denied"; //$NON-NLS-1$
    public static final String MESSAGE_TOO_LARGE = "0x800CCC6D.message-rejected"; //$NON-NLS-1$
    public static final String MESSAGE_REJECTED = "0x800CCC6F.message-rejected"; //$NON-NLS-1$
    public static final String QUOTA_TEMPORARY = "0x800CCC6C.quota-exceeded"; //$NON-NLS-1$
    public static final String QUOTA_EXCEEDED = "0x800CCC6D.quota-exceeded"; //$NON-NLS-1$
    public static final String BARE_LF = "0x800CCC6A.protocol-violation"; //$NON-NLS-1$
    /** A firewall's SMTP inspection (Cisco PIX/ASA Mailguard) masks the banner and refuses ESMTP commands. */
    public static final String SMTP_INSPECTION = "0x800CCC62.network-interference"; //$NON-NLS-1$

    /** @return every id above, each once */
    public static List<String> all() {
        return List.of(HIDDEN_CONTROL_MESSAGE, DROPPED_AFTER_GREETING, DROPPED_MID_TRANSFER, NETWORK_INTERFERENCE,
                CONNECTION_REFUSED, WRONG_PORT, TIMEOUT, HOST_NOT_FOUND, AUTH_REQUIRED, AUTH_METHOD_MISMATCH, MAILBOX_IN_USE, MAILBOX_IN_USE_AS_PASSWORD_ERROR,
                SERVER_BUSY, SMTP_NOT_AVAILABLE, SMTP_AUTH_FAILED, SMTP_PASSWORD_LOGON_REFUSED, TLS_FAILED, CERTIFICATE_REJECTED, TLS_WRONG_PORT,
                TLS_REQUIRED, POP3_USER_REJECTED, POP3_PASSWORD_REJECTED, IMAP_LOGIN_FAILED, POP3_TEMPORARY_ERROR,
                POP3_COMMAND_FAILED, CLIENT_WRONG_COMMAND, IMAP_OVER_QUOTA, IMAP_MAILBOX_IN_USE, IMAP_TEMPORARY_FAILURE, IMAP_FOLDER_MISSING,
                IMAP_SERVER_FAULT, SMTP_INSPECTION, SENDER_REJECTED,
                RECIPIENT_REJECTED, RELAY_DENIED, MESSAGE_TOO_LARGE, MESSAGE_REJECTED, QUOTA_TEMPORARY, QUOTA_EXCEEDED, BARE_LF,
                SERVER_ENDED_SESSION, SMTP_REFUSED_AT_GREETING, IMAP_REFUSES_ADVERTISED, SMTP_OUT_OF_STATE,
                IMAP_UNTAGGED_COMMAND, SMTP_PARAMETER_SYNTAX, SMTP_MALFORMED_REPLY, SMTP_PHANTOM_COMMAND_500,
                SMTP_PHANTOM_COMMAND_502);
    }

    /** @return the HRESULT an id starts with */
    public static int code(String causeId) {
        return HResult.parse(causeId.substring(0, causeId.indexOf('.'))).orElseThrow().value();
    }

    /** @return a report for one of these ids; the code comes from the id */
    public static FindingReport finding(String causeId, double confidence, String summary, List<? extends Located> evidence) {
        return FindingReport.of(code(causeId), causeId, confidence, summary, evidence);
    }

    private CauseIds() {
    }
}
