#!/usr/bin/env bash
# Regenerates bundles/io.mailscope.model/src-gen from model/mailscope.genmodel with EMF's generator.
# Usage: tools/emf-codegen/generate.sh [init]   (init re-creates the .genmodel from the .ecore)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/releng/java-home.sh"
cp=$("$root/mvnw" -q -B -ntp -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
out="$here/target/classes"
mkdir -p "$out"
"$JAVA_HOME/bin/javac" -d "$out" -cp "$cp" "$here"/src/main/java/io/mailscope/tools/codegen/*.java
"$JAVA_HOME/bin/java" -cp "$out:$cp" io.mailscope.tools.codegen.GenerateModelCode "${1:-gen}" "$root/bundles/io.mailscope.model"
