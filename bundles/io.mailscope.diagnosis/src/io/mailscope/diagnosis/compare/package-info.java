/**
 * Side-by-side comparison of two diagnosed traces: sessions paired, exchanges aligned by command, differences marked
 * ({@link io.mailscope.diagnosis.compare.TraceComparison}).
 */
package io.mailscope.diagnosis.compare;
