#!/bin/sh
# Builds the benchmarks and runs every measurement side by side: Cairn against Flyway, Liquibase
# and psql (fresh apply, no-op startup check warm and in fresh JVMs), the schema loader, inspector
# and migrate diff against liquibase-hibernate and Hibernate's update script, and the DDL guard's
# JMH benchmarks. Prints the table and writes docs/benchmarks.md and docs/benchmarks.png.
#
#   benchmarks/run.sh                      # the published run (about an hour on a quiet 2-core box)
#   benchmarks/run.sh --scope quick        # same shape, smaller inputs
#   benchmarks/run.sh --only migration     # one part: migration, schema, guard (no docs check)
#   benchmarks/run.sh --no-docs            # print only
#
# Needs a JDK 17+ and Maven; psql (Debian: postgresql-client) for the floor column, which is
# skipped with a note when psql is absent (or set PSQL=/path/to/psql).
set -eu
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
# -Xss: liquibase-hibernate's snapshot of the 1,000-entity model recurses deeper than the default
# stack allows (StackOverflowError); stack pages are committed only when used.
exec java -Xss256m -cp benchmarks/target/benchmarks.jar dev.cairn.bench.harness.Harness "$@"
