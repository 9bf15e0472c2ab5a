/**
 * For Java scenarios, version 1.0.0: a {@code javaScenario} contribution names a class implementing
 * {@link io.mailscope.testserver.spi.ScenarioBehaviour} (consumer type: adding a method to it is a major change). The
 * server hands each client connection to it as a {@link io.mailscope.testserver.spi.ScenarioConnection} (provider
 * type).
 */
package io.mailscope.testserver.spi;
