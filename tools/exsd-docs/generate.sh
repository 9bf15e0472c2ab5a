#!/usr/bin/env bash
# Regenerates the extension-point reference of the user guide (bundles/io.mailscope.help/reference: one page per
# extension point, index.html, toc.xml) from the .exsd schemas our bundles declare in their plugin.xml.
# Run it after adding or changing an extension point or its schema, and commit the result; ExtensionPointReferenceTest
# (bundles/io.mailscope.help.tests) fails while the reference is stale. Needs only a JDK 21+ (Java's source launcher).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/java-home.sh"
"$JAVA_HOME/bin/java" "$root/bundles/io.mailscope.help.tests/src/io/mailscope/help/reference/ExtensionPointReference.java" "$root"
git -C "$root" status --short -- bundles/io.mailscope.help/reference
