/**
 * The test server API, version 1.1.0: {@link io.mailscope.testserver.TestServerService} (a DS service) starts a
 * scenario and returns a {@link io.mailscope.testserver.RunningServer} with its ports. All types here are provider
 * types (callers use them, only this bundle implements them), except
 * {@link io.mailscope.testserver.ServerEventListener}, which callers implement.
 * <p>
 * 1.1.0 added the server-side event log ({@link io.mailscope.testserver.RunningServer#addEventListener},
 * {@link io.mailscope.testserver.ServerEvent}: connections, lines with secrets masked, the scenario's faults) and
 * {@link io.mailscope.testserver.RunningServer#startTlsOffered()}.
 * <p>
 * Scenarios are contributed to the extension point {@code io.mailscope.testserver.scenarios} (schema
 * {@code schema/scenarios.exsd}); Java scenarios implement {@link io.mailscope.testserver.spi.ScenarioBehaviour}.
 */
package io.mailscope.testserver;
