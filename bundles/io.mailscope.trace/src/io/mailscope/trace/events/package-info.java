/**
 * The compact tier of a trace: immutable records of what conversation rebuilding finds (sessions, exchanges,
 * connection and status events), passed to a {@link io.mailscope.trace.TraceListener} once each, in order, however
 * large the trace. Nothing in these records is changed after it was passed, so a listener may hand them to another
 * thread. The EMF model ({@code io.mailscope.model.Trace}) keeps only what people look at and reports cite.
 * <p>
 * Package version 1.0.0.
 */
package io.mailscope.trace.events;
