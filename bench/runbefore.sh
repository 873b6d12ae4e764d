#!/bin/sh
# Same as run.sh, with the kernel-rules jar saved before the performance fixes first on the classpath.
here=$(cd "$(dirname "$0")" && pwd)
exec java -Xmx${XMX:-4g} -Xms${XMS:-${XMX:-4g}} ${JAVA_OPTS} -cp "$here/target/classes:${BEFORE_JAR:-/tmp/before/kernel-rules-0.1.0-SNAPSHOT.jar}:$here/target/lib/*" org.wangge.bench.Bench "$@"
