/**
 * Test support for applications that use Cairn: prove that the application never runs DDL.
 *
 * <ul>
 *   <li>{@link dev.cairn.test.StatementRecorder} records every statement through a data source, for
 *       one test or — through {@link dev.cairn.test.StatementRecorder#global()} and the {@code
 *       jdbc:cairn-record:} URL of {@link dev.cairn.test.RecordingDriver} — for a whole Spring
 *       context startup.
 *   <li>{@link dev.cairn.test.RecordStatements} hands tests a recorder and can fail any test that
 *       ran DDL.
 *   <li>{@link dev.cairn.test.CairnAssertions#assertThat(StatementRecorder)} asserts {@code
 *       executedNoDdl()}, {@code executedDdl()}, {@code executedStatementsMatching(…)} and more,
 *       with failure messages that list each DDL statement and the application frame that issued
 *       it.
 * </ul>
 *
 * <p>This module also brings the embedded PostgreSQL support along (a compile dependency on {@code
 * cairn-embedded-postgres}): annotate a test class with {@link
 * dev.cairn.embedded.junit.WithPostgres} and declare {@code DataSource}, {@code ScratchDatabase} or
 * {@code PostgresServer} parameters to get a fresh database per test — one test dependency, {@code
 * dev.cairn:cairn-test-support}, gives both. The classifier behind the assertions is the DDL
 * guard's ({@link dev.cairn.runtime.guard.DdlClassifier}), so tests and production agree on what
 * DDL is.
 */
package dev.cairn.test;
