/**
 * Asking the customer for a trace: the catalog of per-client texts (where each client writes its troubleshooting log
 * and how to turn it on), and what to ask next when a trace is too thin to decide.
 */
package io.mailscope.model.requests;
