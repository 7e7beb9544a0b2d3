/**
 * Generated inputs of the benchmarks: migration histories in Atlas, Flyway, Liquibase and psql form
 * ({@link dev.cairn.bench.corpus.MigrationCorpus}), compiled JPA entity models ({@link
 * dev.cairn.bench.corpus.EntityModel}) and a model with an older migration directory for {@code
 * migrate diff} ({@link dev.cairn.bench.corpus.DiffFixture}). All are deterministic.
 */
package dev.cairn.bench.corpus;
