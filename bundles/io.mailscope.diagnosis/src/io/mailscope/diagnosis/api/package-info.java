/**
 * The diagnosis API, version 2.2.0 (semantic versioning: a change that breaks rule plug-ins raises the major
 * version; plug-ins import {@code io.mailscope.diagnosis.api;version="[2.0.0,3.0.0)"}).
 * <p>
 * <b>What a rule plug-in implements</b> (consumer types — adding a method here is a major change):
 * <ul>
 * <li>{@link io.mailscope.diagnosis.api.DiagnosisRule}: the class named by a {@code javaRule} contribution to the
 * {@code io.mailscope.diagnosis.rules} extension point; one instance per contribution, reused across traces;</li>
 * <li>{@link io.mailscope.diagnosis.api.RuleRun}: what {@code DiagnosisRule.start} returns for one trace. It receives
 * the trace's events once, in order, as immutable records ({@code io.mailscope.trace.events}), and keeps only the
 * small state it needs, per session in {@link io.mailscope.diagnosis.api.SessionStates};</li>
 * <li>{@link io.mailscope.diagnosis.api.AbstractRuleRun}: the base class of a {@code RuleRun} that keeps state per
 * session, holding the run's context and its {@code SessionStates} (extending it is optional).</li>
 * </ul>
 * <b>What the engine provides</b> (provider types — plug-ins use them but never implement them, so the engine may add
 * methods in a minor version): {@link io.mailscope.diagnosis.api.RuleContext},
 * {@link io.mailscope.diagnosis.api.SessionStates}, {@link io.mailscope.diagnosis.api.FindingReport},
 * {@link io.mailscope.diagnosis.api.RuleInfo}, {@link io.mailscope.diagnosis.api.RuleProvider},
 * {@link io.mailscope.diagnosis.api.DiagnosisService}, {@link io.mailscope.diagnosis.api.DiagnosisRun},
 * {@link io.mailscope.diagnosis.api.FileDiagnosis}.
 * <p>
 * Changes from 1.0: rules receive immutable records instead of the model's EMF objects (1.0's objects were changed
 * and evicted by a large import while rules read them on another thread); {@code RuleContext.sessionOf} is gone
 * (every record carries its session); commands left without reply arrive as {@code exchangeAbandoned}; evidence is
 * any {@code Located} record.
 * <p>
 * Changes from 2.0 (minor): the annotation {@link io.mailscope.diagnosis.api.RoutineExchangesIgnored}, with which a rule
 * declares that it does not need the exchanges of routine sessions (the importer may then count them without decoding).
 * <p>
 * Changes from 2.1 (minor): the base class {@link io.mailscope.diagnosis.api.AbstractRuleRun}, which holds what nearly
 * every rule's run held itself (its {@code RuleContext} and its per-session state); rules that implement
 * {@code RuleRun} directly are not affected.
 * <p>
 * Rules without Java are written as {@code declarativeRule} elements in plugin.xml; see the extension point's schema
 * and {@code docs/writing-rules.md}.
 */
package io.mailscope.diagnosis.api;
