#!/bin/bash
# three starts of the example app on the local PostgreSQL; Spring Boot's own "Started ... in" line and the load
cd "$(dirname "$0")"
for i in 1 2 3; do
  l=$(cut -d' ' -f1 /proc/loadavg)
  java -jar target/wangge-spring-boot-app.jar --server.port=18080 > ${TMPDIR:-/tmp}/wangge-start$i.log 2>&1 &
  pid=$!
  for s in $(seq 1 300); do grep -q "Started WanggeApplication" ${TMPDIR:-/tmp}/wangge-start$i.log && break; sleep 0.5; done
  echo "run $i load-before $l: $(grep -o 'Started WanggeApplication in [0-9.]* seconds (process running for [0-9.]*)' ${TMPDIR:-/tmp}/wangge-start$i.log) health: $(curl -s localhost:18080/actuator/health | head -c 200)"
  kill $pid; wait $pid 2>/dev/null; sleep 3
done
