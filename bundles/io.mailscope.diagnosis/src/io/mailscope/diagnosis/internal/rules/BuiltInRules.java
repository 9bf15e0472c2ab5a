package io.mailscope.diagnosis.internal.rules;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.api.RuleProvider;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Protocol;

/**
 * The built-in Java rules for use without the extension registry, found through
 * {@code META-INF/services/io.mailscope.diagnosis.api.RuleProvider}. In the product the same rules come from
 * plugin.xml; keep both in step (a test compares them).
 */
public final class BuiltInRules implements RuleProvider {

    public static final String BUNDLE = "io.mailscope.diagnosis"; //$NON-NLS-1$
    private static final String PREFIX = BUNDLE + "."; //$NON-NLS-1$

    private static Contribution rule(String id, String name, Set<Protocol> protocols, CauseCategory category,
            Supplier<DiagnosisRule> rule) {
        return new Contribution(new RuleInfo(PREFIX + id, name, protocols, category, BUNDLE, RuleInfo.Kind.JAVA), rule);
    }

    @Override
    public List<Contribution> rules() {
        Set<Protocol> all = Set.of();
        return List.of(
                rule("pop3.stat-count-mismatch", "POP3 STAT counts messages that UIDL/LIST do not list", //$NON-NLS-1$ //$NON-NLS-2$
                        Set.of(Protocol.POP3), CauseCategory.SERVER_BUG, Pop3StatCountRule::new),
                rule("connection", "Connection dropped, refused or timed out", all, //$NON-NLS-1$ //$NON-NLS-2$
                        CauseCategory.CONNECTION_DROPPED_AFTER_GREETING, ConnectionRule::new),
                rule("pop3.logon", "POP3 logon rejected or mailbox in use", Set.of(Protocol.POP3), //$NON-NLS-1$ //$NON-NLS-2$
                        CauseCategory.AUTH_FAILED, Pop3LogonRule::new),
                rule("imap.login", "IMAP LOGIN/AUTHENTICATE rejected", Set.of(Protocol.IMAP), //$NON-NLS-1$ //$NON-NLS-2$
                        CauseCategory.AUTH_FAILED, ImapLoginRule::new),
                rule("imap.command", //$NON-NLS-1$
                        "IMAP command refused with a response code (quota, in use, unavailable, missing folder, server fault)", //$NON-NLS-1$
                        Set.of(Protocol.IMAP), CauseCategory.SERVER_BUSY, ImapCommandRule::new),
                rule("smtp.auth", "SMTP authentication required, failed or method mismatch", Set.of(Protocol.SMTP), //$NON-NLS-1$ //$NON-NLS-2$
                        CauseCategory.AUTH_REQUIRED, SmtpAuthRule::new),
                rule("smtp.replies", "SMTP server busy, sender/recipient/message rejected", Set.of(Protocol.SMTP), //$NON-NLS-1$ //$NON-NLS-2$
                        CauseCategory.RECIPIENT_REJECTED, SmtpReplyRule::new),
                rule("smtp.inspection", "Firewall SMTP inspection masks the banner and refuses EHLO/AUTH/STARTTLS", //$NON-NLS-1$ //$NON-NLS-2$
                        Set.of(Protocol.SMTP), CauseCategory.NETWORK_INTERFERENCE, SmtpInspectionRule::new),
                rule("error-texts", //$NON-NLS-1$
                        "Error texts, exceptions and dialogs that name their cause (quoted server replies, library errors)", //$NON-NLS-1$
                        all, CauseCategory.AUTH_FAILED, ErrorTextRule::new),
                rule("tls", "TLS required, refused, wrong port or certificate rejected", //$NON-NLS-1$ //$NON-NLS-2$
                        Set.of(Protocol.SMTP, Protocol.POP3, Protocol.IMAP), CauseCategory.TLS_FAILED, TlsRule::new),
                rule("session-end", "Server refused or ended the session, or STARTTLS never completed", all, //$NON-NLS-1$ //$NON-NLS-2$
                        CauseCategory.SERVER_BUSY, SessionEndRule::new),
                rule("server-state", "Server contradicts the session's state (bad sequence after accepted commands, advertised command refused)", //$NON-NLS-1$ //$NON-NLS-2$
                        Set.of(Protocol.SMTP, Protocol.IMAP), CauseCategory.SERVER_BUG, ServerStateRule::new));
    }
}
