#!/bin/bash
# The authoring loop of docs/analyst-guide.md §4b, timed: edit grid.size.households.min in a fresh copy of the pack,
# wangge lint the copy, wangge test the Art. 8 scenarios against it. Each command a new JVM (bin/wangge's flags).
#   bench/authoring-loop.sh JAR LABEL VALUE        e.g. bench/authoring-loop.sh kernel-cli/target/wangge.jar after1 293
# VALUE: the new lower bound; use one not compiled before, or the compiled-pack cache answers.
# bench/authoring-loop.sh JAR watch V1 V2 …: the same loop with `wangge test --watch`, the time from each edit to its delta.
set -u
JAR=$(realpath "$1"); L=$2; shift 2
ROOT=$(cd "$(dirname "$0")/.." && pwd)
W=$(mktemp -d)/ws-$L
J="java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar $JAR"
mkdir -p "$W/scen"
$J export-rules "$W/rules" >/dev/null 2>&1
cp "$ROOT"/kernel-testkit/src/test/scenarios/zigong/art08-grid-size-and-kinds.scenarios.yaml \
   "$ROOT"/kernel-testkit/src/test/scenarios/zigong/compliant-city.yaml "$W/scen/"
edit() { perl -0pi -e "s/(name = \"grid.size.households.min\".*?value = )\d+/\${1}$1/s" "$W/rules/parameters.toml"; }
echo "== $L $(date -u +%T) load: $(uptime | sed 's/.*load average: //')"
if [ "$L" != watch ]; then
  start=$(date +%s.%N)
  edit "$1"
  $J lint "$W/rules" > "$W/lint.out" 2>&1; lrc=$?
  t1=$(date +%s.%N)
  $J test "$W/scen" --rules "$W/rules" > "$W/test.out" 2>&1; trc=$?
  end=$(date +%s.%N)
  printf "%s lint %.1f s (rc %d), test %.1f s (rc %d), loop %.1f s; %s\n" "$L" "$(echo "$t1-$start" | bc)" $lrc \
    "$(echo "$end-$t1" | bc)" $trc "$(echo "$end-$start" | bc)" "$(tail -1 "$W/test.out")"
  exit 0
fi
s0=$(date +%s.%N)
$J test "$W/scen" --rules "$W/rules" --watch --lang en > "$W/watch.out" 2> "$W/watch.err" &
pid=$!
n() { grep -c '^watching ' "$W/watch.out"; }
until [ "$(n)" -ge 1 ]; do sleep 0.1; done
printf "watch: first run (JVM start, load, run) %.1f s\n" "$(echo "$(date +%s.%N)-$s0" | bc)"
for v in "$@"; do
  prev=$(n); s=$(date +%s.%N)
  edit "$v"
  until [ "$(n)" -gt "$prev" ]; do sleep 0.1; done
  printf "watch: edit min=%s -> delta printed %.1f s\n" "$v" "$(echo "$(date +%s.%N)-$s" | bc)"
done
kill $pid
