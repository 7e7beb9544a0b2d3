/**
 * Benchmarks of the DDL guard: the classification cost of one statement, cold and cached ({@link
 * dev.cairn.bench.guard.GuardClassificationBenchmark}), and the end-to-end overhead of a guarded
 * over an unguarded data source on a JDBC workload against embedded PostgreSQL ({@link
 * dev.cairn.bench.guard.GuardJdbcOverheadBenchmark}; goal: at most 2 %).
 */
package dev.cairn.bench.guard;
