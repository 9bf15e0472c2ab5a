/**
 * The engineer's settings that the workbench and the headless commands share: one properties file, documented in
 * docs/preferences.md, read on every diagnosis so that Window &gt; Preferences &gt; Mailscope and {@code ./mailscope diagnose}
 * never disagree.
 */
package io.mailscope.diagnosis.settings;
