/**
 * The test server API, version 1.0.0: {@link io.mailscope.testserver.TestServerService} (a DS service) starts a
 * scenario and returns a {@link io.mailscope.testserver.RunningServer} with its ports. All types here are provider
 * types: callers use them, only this bundle implements them.
 * <p>
 * Scenarios are contributed to the extension point {@code io.mailscope.testserver.scenarios} (schema
 * {@code schema/scenarios.exsd}); Java scenarios implement {@link io.mailscope.testserver.spi.ScenarioBehaviour}.
 */
package io.mailscope.testserver;
