#!/bin/bash
# stop-mail-servers.sh [DIR] -- the Mailscope session tests' copy: stops the Dovecot and Postfix started by start-mail-servers.sh, by PID.
set -u
DIR=${1:-${MAILSRV_DIR:-/tmp/mailscope-mail}}
rc=0
stop_pid() { # name pidfile
  local name=$1 pf=$2 pid kids i
  [ -f "$pf" ] || { echo "stop-mail-servers: $name: no pid file ($pf)"; return 0; }
  pid=$(tr -d ' \n' < "$pf")
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
    echo "stop-mail-servers: $name: not running (stale pid file)"; rm -f "$pf"; return 0
  fi
  kids=$(pgrep -P "$pid" | tr '\n' ' ')
  kill -TERM "$pid"
  for i in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "stop-mail-servers: $name: pid $pid ignored SIGTERM for 10s, sending SIGKILL" >&2
    kill -KILL "$pid" $kids 2>/dev/null; rc=1
  fi
  for k in $kids; do kill -0 "$k" 2>/dev/null && kill -KILL "$k" 2>/dev/null; done
  rm -f "$pf"
  echo "stop-mail-servers: $name: stopped (pid $pid)"
}
stop_pid postfix "$DIR/postfix/spool/pid/master.pid"
stop_pid dovecot "$DIR/dovecot/run/master.pid"
exit $rc
