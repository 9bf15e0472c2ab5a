/**
 * Case files: the traces of a support case with the engineer's notes and bookmarks in one file
 * ({@value io.mailscope.share.cases.CaseFiles#EXTENSION}) that can be attached to a ticket and reopened, in the
 * workbench or with {@code ./mailscope CASE.mailscope-case}. The traces are embedded with every credential masked,
 * line for line. Format: {@link io.mailscope.share.cases.CaseFiles}.
 * <p>
 * API version 1.0.0.
 */
package io.mailscope.share.cases;
