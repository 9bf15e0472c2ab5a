#!/usr/bin/env bash
# Installs features (rule plug-ins, say) from a p2 repository into an installed Mailscope product.
# The product is p2-managed (profile "DefaultProfile"), so p2's director installs into it with dependency checks,
# exactly as it would into any Eclipse installation. The director runs from Tycho (through ./mvnw), because the
# Mailscope product itself carries no p2 installer.
#
# Usage: releng/install-plugin.sh PRODUCT-DIR REPOSITORY-URL FEATURE-ID...
#   PRODUCT-DIR     the folder with plugins/ and configuration/, e.g.
#                   releng/io.mailscope.product/target/products/io.mailscope.product/linux/gtk/x86_64/mailscope
#   REPOSITORY-URL  a p2 repository: file:/path/to/repository, or an http(s) URL
#   FEATURE-ID      e.g. io.mailscope.examples.rules.feature (".feature.group" is added)
# Restart Mailscope afterwards; the new rules are read from the installed plug-ins' plugin.xml.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/releng/java-home.sh"
if [ $# -lt 3 ]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 3
fi
destination=$(cd "$1" && pwd); repository=$2; shift 2
[ -d "$destination/p2" ] || { echo "install-plugin: $destination is not a p2-managed Mailscope installation (no p2/ folder)" >&2; exit 2; }
ius=$(printf '%s.feature.group,' "$@"); ius=${ius%,}
cd "$root"
./mvnw -B -ntp -q -N org.eclipse.tycho:tycho-p2-director-plugin:5.0.2:director \
  -Ddestination="$destination" -Dprofile=DefaultProfile -Drepositories="$repository" -DinstallIUs="$ius" \
  -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64
echo "installed $* into $destination; restart Mailscope to use them"
