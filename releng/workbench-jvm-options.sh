# Sourced by ./mailscope and releng/io.mailscope.product/train-workbench-aot.sh: the JVM options of the workbench, so
# that the AOT cache is recorded by a JVM configured like the ones that use it.
#
# -Xmx1g: the heap the trace editor and the import are sized for (docs/benchmarks.md).
#
# The Tier4 thresholds (10x the JDK's defaults of 5000 invocations, 600 minimum, 15000 invocations + loop iterations)
# keep the optimising compiler (C2) from compiling methods that only a start runs a few thousand times: on the two
# cores of a support engineer's VM it competed with the start for CPU, and the gap to a bare RCP product on a first
# start (no framework or registry cache) was mostly C2 time (0.3-0.5 s of CPU to the window: the framework parsing
# 150 bundles' manifests and plugin.xml files makes such methods hot). Loops are unaffected
# (Tier4BackEdgeThreshold keeps its default, so a hot loop is still compiled on stack within its first 40000
# iterations) and code called millions of times - reading and diagnosing a trace - reaches the thresholds within
# milliseconds: diagnosing a 125 MB trace in this JVM set-up took the same CPU time with and without them
# (docs/benchmarks.md, workbench start-up).
# shellcheck disable=SC2034
mailscope_workbench_jvm_options=(-Xmx1g -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000
  -XX:Tier4CompileThreshold=150000)
