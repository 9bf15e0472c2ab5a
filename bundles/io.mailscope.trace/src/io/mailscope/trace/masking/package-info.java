/**
 * Credential masking, the one component every path that shows, stores or writes protocol text goes through (import,
 * diagnosis reports, live sessions, the console, exports).
 * <p>
 * Masking follows the <em>syntax</em> of a line, never the protocol, port or format a session was taken for: a POP3
 * {@code PASS} typed at an IMAP port, an IMAP {@code LOGIN} in an SMTP session and a SASL response after any
 * {@code AUTH}/{@code AUTHENTICATE} are masked alike. Use one {@link io.mailscope.trace.masking.MaskingSession} per
 * connection (it follows SASL exchanges and IMAP literals across lines) and
 * {@link io.mailscope.trace.masking.CredentialMasking#maskText(String)} for a single free-standing text (an error
 * message, a configuration line).
 * <p>
 * Version 1.0.0. Implementations are internal; this package holds only the entry point and the value types.
 */
package io.mailscope.trace.masking;
