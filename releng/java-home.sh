# Sourced by ./mailscope, .ci/run and tools: selects a Java 21+ runtime into JAVA_HOME
# (JAVA_HOME if it is 21+, else the newest JDK under /usr/lib/jvm), or explains what is needed.
# Sets MAILSCOPE_JAVA_MAJOR to its feature version (21, 25, ...).
# The JDK's release file says it without starting a JVM or another process (./mailscope runs this before every
# command, so it must be fast); a runtime without one is asked.
mailscope_java_major() {
  local key value
  if [ -f "$1/release" ]; then
    while IFS='=' read -r key value; do
      if [ "$key" = JAVA_VERSION ]; then
        value=${value#\"}; value=${value%\"}   # POSIX (sh scripts source this too): JAVA_VERSION="25.0.3"
        echo "${value%%[!0-9]*}"
        return 0
      fi
    done <"$1/release"
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2; exit}'
}
mailscope_select_java() {
  local candidate major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(mailscope_java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then MAILSCOPE_JAVA_MAJOR=$major; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -x "$candidate/bin/java" ] || continue
    major=$(mailscope_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$candidate"; MAILSCOPE_JAVA_MAJOR=$major; return 0; fi
  done
  echo "Mailscope needs a Java 21 or newer runtime: set JAVA_HOME to one (e.g. a Temurin 21/25 JDK under /usr/lib/jvm)." >&2
  return 1
}
mailscope_select_java || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
