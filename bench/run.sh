#!/bin/sh
# Runs one benchmark mode in a forked JVM with the heap given by XMX (default 4g); see Bench.java for the modes.
# Build first: mvn -o -q -Pbench package -DskipTests -pl bench (after installing the kernel modules).
# Example: XMX=4g bench/run.sh full M 1 3
here=$(cd "$(dirname "$0")" && pwd)
exec java -Xmx${XMX:-4g} -Xms${XMS:-${XMX:-4g}} ${JAVA_OPTS} -cp "$here/target/classes:$here/target/lib/*" org.wangge.bench.Bench "$@"
