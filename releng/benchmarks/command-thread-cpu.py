#!/usr/bin/env python3
# CPU time per thread of one headless command on the plain class path, with extra JVM options (issue 16: where a fresh
# JVM's time goes: import threads, C1/C2 compiler threads, GC, start-up).
# usage: releng/benchmarks/command-thread-cpu.py CMDFILE FILE [JVM OPTION...]
#   CMDFILE: the java command line of a `diagnose`, one argument a line (MAILSCOPE_PRINT_COMMAND=1 ./mailscope diagnose X)
#   FILE:    the trace to diagnose instead of X; the options are inserted right after the java executable
# Prints one line: exit code, wall, process CPU (user + sys, from the kernel's accounting of the child), system time,
# minor page faults (thousands), then CPU seconds per thread name (numbered threads of one kind summed), highest first.
# Threads are sampled from /proc/PID/task every 20 ms, so a thread that ends between samples loses up to 20 ms.
# TIMELINE=1 adds a line with the JVM uptime at which the import began, the byte triage took over from parsing every
# line in full (the model's first sessions, other lines and repairs) and the last class loaded (class+load log).
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
timeline = os.environ.get('TIMELINE')
if timeline:
    # after the command's own -Xlog options (-Xlog:disable would turn it off): the JVM's uptime at each class load
    log = f'/tmp/command-thread-cpu-{os.getpid()}.classes'
    cp = argv.index('-cp')
    argv[cp:cp] = [f'-Xlog:class+load=info:file={log}:uptime']
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
# The kernel keeps 15 characters of a thread's name: the import's parse thread (mailscope-import-parser) and its
# workers (mailscope-import-runs-N, -triage-N) all show as "mailscope-impor". The parse thread starts first and starts
# the workers, so the lowest thread id of that name is the parse thread.
importers = sorted((int(tid) for tid, (name, _) in threads.items() if name == 'mailscope-impor'))
for tid, (name, cpu) in threads.items():
    if name == 'mailscope-impor':
        name = 'import parser' if int(tid) == importers[0] else 'import workers'
    kinds[re.sub(r'\d+$', '', name)] += cpu
print(f"rc={process.returncode} wall={wall:.2f} cpu={usage.ru_utime + usage.ru_stime:.2f} sys={usage.ru_stime:.2f} "
      f"minflt={usage.ru_minflt / 1000:.1f} out={len(out)} err={len(err)} "
      + " ".join(f"{k}:{v:.2f}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:9]))
if timeline:
    # When the import began (its parse thread's pipeline), when the byte triage first matched (its conversation
    # checks load then: before it every line was parsed in full, the model filling), when the last class loaded (the
    # report), in seconds of JVM uptime.
    marks = {'import': 'io.mailscope.trace.internal.ParsePipeline ',
             'triage': 'io.mailscope.trace.internal.formats.RoutineConversation '}
    seen = {}
    last = None
    for line in open(log):
        m = re.match(r'\[(\d+\.\d+)s\] (\S+ )', line)
        if not m:
            continue
        last = m.group(1)
        for key, name in marks.items():
            if key not in seen and m.group(2) == name:
                seen[key] = m.group(1)
    os.remove(log)
    print(f"timeline: import began {seen.get('import', '-')} s, triage took over {seen.get('triage', '-')} s, "
          f"last class loaded {last} s (JVM uptime)")
if err:
    sys.stderr.write(err.decode(errors='replace')[:500])
