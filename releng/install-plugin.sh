#!/usr/bin/env bash
# Installs features (rule plug-ins, say) from a p2 repository into an installed Mailscope product, with the product's
# own installer: -application io.mailscope.ui.install.installer, the same p2 code as Help > Install Rule Plug-ins
# (p2's operations API, with its dependency checks). Nothing but the product and a JDK is needed.
#
# Usage: releng/install-plugin.sh PRODUCT-DIR REPOSITORY FEATURE-ID...
#   PRODUCT-DIR  the folder with plugins/ and configuration/, e.g.
#                releng/io.mailscope.product/target/products/io.mailscope.product/linux/gtk/x86_64/mailscope
#   REPOSITORY   a p2 repository: an http(s) or file URL, a repository folder, or its .zip archive
#   FEATURE-ID   e.g. io.mailscope.examples.rules.feature
# Restart Mailscope afterwards; the new rules are read from the installed plug-ins' plugin.xml.
# Exit codes: 0 installed, 3 usage, 5 repository unreadable, 8 not installable (p2's reason on stderr).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/releng/java-home.sh"
if [ $# -lt 3 ]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 3
fi
destination=$(cd "$1" && pwd); shift
[ -d "$destination/p2" ] || { echo "install-plugin: $destination is not a p2-managed Mailscope installation (no p2/ folder)" >&2; exit 2; }
launcher=$(ls "$destination"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || { echo "install-plugin: no Equinox launcher in $destination/plugins" >&2; exit 2; }
exec "$JAVA_HOME/bin/java" -Djava.awt.headless=true -jar "$launcher" -nosplash -data @none \
  -application io.mailscope.ui.install.installer install "$@"
