#!/bin/sh
# Snapshot files before/after in one run (issue 12): for each round, the same Bench snapshot mode in two forked JVMs
# back to back, one with the kernel-io jar of an older commit first on the class path ("before"), one with this
# tree's ("after"), for each format; each JVM writes the generated city RUNS times, then reads the file RUNS times.
# Medians per side over all rounds are printed at the end, each run line with its load (/proc/loadavg), thread CPU and
# process CPU (all threads: a JSON read of a large file uses a second thread, see SplitRead).
#
#   BEFORE_JAR=/tmp/before/kernel-io-0.1.0-SNAPSHOT.jar:/tmp/before/kernel-model-0.1.0-SNAPSHOT.jar \
#       bench/snapshot-compare.sh M 3 1 json
#
# args: SCALE RUNS ROUNDS FORMAT...   env: BEFORE_JAR or BEFORE_CP (one required), XMX (default 4g), DIR (default /tmp/wangge-snapshot-compare)
# BEFORE_CP is the whole class path of an older bench build instead (its bench/target/classes and bench/target/lib/*),
# for a commit whose snapshot code was elsewhere (before kernel-io: 0cb6590, the test kit's hand-written parser):
#   git worktree add --detach /tmp/old 0cb6590 && (cd /tmp/old && mvn -q -DskipTests package -Pbench -pl bench -am)
#   BEFORE_CP="/tmp/old/bench/target/classes:/tmp/old/bench/target/lib/*" bench/snapshot-compare.sh M 3 1 json
# BEFORE_JAR is a class path (jars of an older commit, first on the class path); make them in a scratch worktree of
# that commit with mvn -o -q -pl kernel-io -am package -DskipTests (no install).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scale=$1; runs=$2; rounds=$3; shift 3
: "${BEFORE_CP:=}"
if [ -z "$BEFORE_CP" ]; then : "${BEFORE_JAR:?set BEFORE_JAR (or BEFORE_CP) to the jars of the commit to compare with}"; fi
dir=${DIR:-/tmp/wangge-snapshot-compare}
log=${LOG:-$dir/compare.log}
mkdir -p "$dir"
: > "$log"
run() { # side format
    if [ "$1" = before ] && [ -n "$BEFORE_CP" ]; then cp="$BEFORE_CP"
    elif [ "$1" = before ]; then cp="$here/target/classes:$BEFORE_JAR:$here/target/lib/*"; else cp="$here/target/classes:$here/target/lib/*"; fi
    echo "== $1 $2 $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"
    java -Xmx${XMX:-4g} -Xms${XMX:-4g} -cp "$cp" org.wangge.bench.Bench snapshot "$scale" "$dir/$1" "$runs" "$2" 2>&1 \
        | grep -E '^(write|read) run|^RESULT' | sed "s/^/$1 $2 /" | tee -a "$log"
}
r=0
while [ $r -lt "$rounds" ]; do
    for f in "$@"; do run before "$f"; run after "$f"; done
    r=$((r + 1))
done
echo "== medians over $rounds round(s) x $runs run(s) (wall s; thread CPU s; load 1 min at each run)"
for f in "$@"; do for op in write read; do for side in before after; do
    grep "^$side $f $op run" "$log" | sed -E 's/.*: ([0-9.]+) s \(thread CPU ([0-9.]+) s\).*load=([0-9.]+).*/\1 \2 \3/' \
        | sort -n | awk -v l="$side $f $op" '{w[NR]=$1; c[NR]=$2; ld=ld (NR>1?",":"") $3} END {
            if (NR == 0) exit; n=asort(c, cs); m=(NR%2)?w[(NR+1)/2]:(w[NR/2]+w[NR/2+1])/2; mc=(n%2)?cs[(n+1)/2]:(cs[n/2]+cs[n/2+1])/2;
            printf "%-22s n=%d median %.1f s (min %.1f, max %.1f), thread CPU median %.1f s, loads %s\n", l, NR, m, w[1], w[NR], mc, ld }'
done; done; done
echo "== process CPU (all threads of the JVM: a reader's second thread, GC, JIT) per run"
for f in "$@"; do for op in write read; do for side in before after; do
    printf '%-22s %s\n' "$side $f $op" "$(grep "^$side $f $op run" "$log" | sed -nE 's/.*process CPU ([0-9.]+) s.*/\1/p' | sort -n | tr '\n' ' ')"
done; done; done
