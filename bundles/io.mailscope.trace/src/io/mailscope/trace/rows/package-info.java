/**
 * The rebuilt conversation of a trace as numbered rows that a view pages through ({@link io.mailscope.trace.rows.TraceRows}),
 * filtered by text, session, protocol and direction, and the raw source lines around a row. Headless: the workbench's
 * trace editor only shows these.
 */
package io.mailscope.trace.rows;
