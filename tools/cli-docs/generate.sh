#!/usr/bin/env bash
# Regenerates the bash/zsh completion script (features/io.mailscope.core.feature/rootfiles/mailscope-completion.bash,
# installed into the product folder) and the manual pages (docs/man/*.adoc) from the picocli command definitions.
# Run it after adding or changing a command or an option, and commit the result; CliDocsTest fails while they are stale.
# It runs CliDocsTest in the OSGi test runtime with MAILSCOPE_WRITE_CLI_DOCS=1, which writes the files instead of
# comparing them. Extra arguments go to Maven (e.g. -o when every dependency is cached).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/java-home.sh"
cd "$root"
MAILSCOPE_WRITE_CLI_DOCS=1 ./mvnw -B -ntp -q verify -pl bundles/io.mailscope.headless.tests -am \
  -Dtest=CliDocsTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
git -C "$root" status --short -- docs/man features/io.mailscope.core.feature/rootfiles
