/**
 * The side-by-side benchmark harness: {@link dev.cairn.bench.harness.Harness} runs the migration
 * suite (fresh apply and the no-op startup check of Cairn, Flyway, Liquibase and psql, warm and in
 * fresh JVMs), the schema suite (loader, inspector, {@code migrate diff} against
 * liquibase-hibernate and Hibernate's update script) and the guard's JMH benchmarks, then prints
 * and writes a {@link dev.cairn.bench.harness.Report} with its chart. {@link
 * dev.cairn.bench.harness.Child} is the main class of the fresh JVMs it starts.
 */
package dev.cairn.bench.harness;
