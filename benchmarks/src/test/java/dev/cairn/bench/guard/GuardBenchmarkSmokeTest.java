package dev.cairn.bench.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.runtime.guard.DdlNotAllowedException;
import dev.cairn.runtime.guard.StatementKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cheap check that the classification benchmark measures what it says (no JMH run). */
class GuardBenchmarkSmokeTest {

  @ParameterizedTest
  @CsvSource({"select, ORDINARY", "insert, ORDINARY", "update, ORDINARY", "ddl, DDL"})
  void benchmarkStatementsClassifyAsExpected(String statement, StatementKind kind) {
    GuardClassificationBenchmark bench = new GuardClassificationBenchmark();
    bench.statement = statement;
    bench.setUp();
    assertThat(bench.cold().kind()).isEqualTo(kind);
    Object refusal = bench.cached();
    if (kind == StatementKind.DDL) {
      assertThat(refusal).isInstanceOf(DdlNotAllowedException.class);
    } else {
      assertThat(refusal).isNull();
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"raw", "guarded", "proxy"})
  void wrapperCostBenchmarkRunsTheSameCycleInEveryArm(String wrapping) throws Exception {
    GuardWrapperCostBenchmark bench = new GuardWrapperCostBenchmark();
    bench.wrapping = wrapping;
    bench.setUp();
    assertThat(bench.statementCycle()).isEqualTo("NEW");
  }
}
