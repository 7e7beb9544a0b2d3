/**
 * The tools compared, each run the way its users run it: Cairn's runtime, Flyway, Liquibase ({@link
 * dev.cairn.bench.tools.MigrationOp}), psql as the floor ({@link dev.cairn.bench.tools.Psql}), and
 * the schema operations — Cairn's loader, inspector and {@code migrate diff}, liquibase-hibernate's
 * {@code diffChangelog} and Hibernate's {@code update} script ({@link
 * dev.cairn.bench.tools.SchemaOps}).
 */
package dev.cairn.bench.tools;
