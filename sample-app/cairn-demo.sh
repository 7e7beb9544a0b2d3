#!/bin/sh
# The sample flow, on the embedded PostgreSQL (no Docker, no installed database):
#   1. generate: do the entities and migrations/ describe the same schema? (migrate diff --check)
#   2. lint migrations/
#   3. apply migrations/ to a throwaway database, dropped afterwards
# Build first (from the repository root):  mvn -B -ntp -q package -DskipTests
# Exits with the first failing step's exit code (see docs/exit-codes.md).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cairn=cli/cairn
if [ ! -f cli/target/cairn.jar ] || [ ! -f sample-app/target/classpath.txt ]; then
  echo "cairn-demo: build first: mvn -B -ntp -q package -DskipTests" >&2
  exit 2
fi
# The application's own class path: the entities and the Hibernate they run with.
classpath="sample-app/target/classes:$(cat sample-app/target/classpath.txt)"

echo "== 1/3 generate: entities:dev.cairn.sample.domain + sample-app/src/main/sql vs migrations/"
"$cairn" migrate diff sample --check --dir file://migrations \
  --to entities:dev.cairn.sample.domain --to file://sample-app/src/main/sql \
  --classpath "$classpath"

echo "== 2/3 lint migrations/"
"$cairn" migrate lint --dir file://migrations

echo "== 3/3 apply migrations/ to a throwaway database on the embedded PostgreSQL"
"$cairn" migrate apply --dir file://migrations --url embedded:postgres:17
