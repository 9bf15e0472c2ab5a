#!/usr/bin/env python3
# CPU time per thread of one headless command on the plain class path, with extra JVM options (issue 16: where a fresh
# JVM's time goes: import threads, C1/C2 compiler threads, GC, start-up).
# usage: releng/benchmarks/command-thread-cpu.py CMDFILE FILE [JVM OPTION...]
#   CMDFILE: the java command line of a `diagnose`, one argument a line (MAILSCOPE_PRINT_COMMAND=1 ./mailscope diagnose X)
#   FILE:    the trace to diagnose instead of X; the options are inserted right after the java executable
# Prints one line: exit code, wall, process CPU (user + sys, from the kernel's accounting of the child), system time,
# minor page faults (thousands), then CPU seconds per thread name (numbered threads of one kind summed), highest first.
# Threads are sampled from /proc/PID/task every 20 ms, so a thread that ends between samples loses up to 20 ms.
import collections
import os
import re
import resource
import subprocess
import sys
import time

command = open(sys.argv[1]).read().split()
main = command.index('io.mailscope.headless.internal.classpath.ClassPathMain')
argv = [command[0]] + sys.argv[3:] + command[1:main + 1] + ['diagnose', sys.argv[2]]
ticks = os.sysconf('SC_CLK_TCK')
start = time.time()
process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
threads = {}
while process.poll() is None:
    try:
        for tid in os.listdir(f'/proc/{process.pid}/task'):
            try:
                stat = open(f'/proc/{process.pid}/task/{tid}/stat').read()
                name = stat[stat.index('(') + 1:stat.rindex(')')]
                fields = stat[stat.rindex(')') + 2:].split()
                threads[tid] = (name, (int(fields[11]) + int(fields[12])) / ticks)
            except OSError:
                pass  # the thread ended
    except OSError:
        pass  # the process ended
    time.sleep(0.02)
out, err = process.communicate()
wall = time.time() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
kinds = collections.defaultdict(float)
for name, cpu in threads.values():
    kinds[re.sub(r'\d+$', '', name)] += cpu
print(f"rc={process.returncode} wall={wall:.2f} cpu={usage.ru_utime + usage.ru_stime:.2f} sys={usage.ru_stime:.2f} "
      f"minflt={usage.ru_minflt / 1000:.1f} out={len(out)} err={len(err)} "
      + " ".join(f"{k}:{v:.2f}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:9]))
if err:
    sys.stderr.write(err.decode(errors='replace')[:500])
