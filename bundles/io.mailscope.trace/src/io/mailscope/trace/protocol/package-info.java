/**
 * The protocol vocabulary of SMTP, POP3 and IMAP, defined once: every command form with the standard that defines it
 * and how it is answered ({@link io.mailscope.trace.protocol.ProtocolVocabulary},
 * {@link io.mailscope.trace.protocol.CommandForm}), reply lines parsed into status, codes and response codes
 * ({@link io.mailscope.trace.protocol.ReplyLine}), literals counted in octets ({@link io.mailscope.trace.protocol.Literal}),
 * and a per-session line grammar that tells commands from literal data, message bodies, BDAT chunks and
 * continuation lines ({@link io.mailscope.trace.protocol.SessionGrammar}). Parsers, the conversation builder and
 * diagnosis rules all read the protocols through this package. Pure Java, no OSGi needed.
 */
package io.mailscope.trace.protocol;
