#!/usr/bin/env bash
# PostgreSQL for CI (sourced by .ci/run; also runnable alone: `.ci/postgres.sh`).
set -euo pipefail
# PostgreSQL is the production database: the process and Spring Boot tests also run against
# 127.0.0.1:5432 (user postgres, trust auth, database "test"). In CI they are REQUIRED: this script installs
# and starts a server when none answers (.ci/run then sets WANGGE_REQUIRE_POSTGRES=true), so that a missing server fails
# the build instead of skipping those tests quietly. Idempotent: a server that already answers is left alone.
pg_up() { (echo > /dev/tcp/127.0.0.1/5432) 2>/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

if ! pg_up; then
  # Installed means a server binary, not only postgresql-common's scripts or a cluster's configuration left behind.
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo ".ci/postgres.sh: no PostgreSQL installed: apt-get install -y postgresql"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
  fi
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  echo ".ci/postgres.sh: no PostgreSQL answers on 127.0.0.1:5432: starting cluster $version main"
  [ -d "/etc/postgresql/$version/main" ] || as_root pg_createcluster "$version" main
  conf="/etc/postgresql/$version/main"
  # The tests connect as postgres over TCP without a password (trust on the loopback only).
  if ! grep -q '^host all all 127.0.0.1/32 trust' "$conf/pg_hba.conf"; then
    as_root sed -i '1i host all all 127.0.0.1/32 trust' "$conf/pg_hba.conf"
  fi
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload || true
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
if ! pg_up; then
  echo ".ci/postgres.sh: PostgreSQL does not answer on 127.0.0.1:5432 after installing and starting it: failing (the PostgreSQL tests are required)" >&2
  exit 1
fi
echo ".ci/postgres.sh: PostgreSQL answers on 127.0.0.1:5432: tests run on H2 and on PostgreSQL (required)"
if command -v psql >/dev/null 2>&1; then
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='test'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE test"
fi
