package dev.cairn.bench.harness;

import dev.cairn.bench.guard.GuardClassificationBenchmark;
import dev.cairn.bench.guard.GuardJdbcOverheadBenchmark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the guard's JMH benchmarks ({@code dev.cairn.bench.guard}) through JMH's API and turns their
 * iterations into rows: the JDBC workload through the raw and the guarded data source (µs per
 * operation), and the classification of a cached and an uncached statement (ns per operation).
 */
final class GuardSuite {
  /** The JDBC workload's operations. */
  static final List<String> JDBC_METHODS = List.of("selectById", "insert", "plainStatement");

  /** The data-source wrappings compared. */
  static final List<String> WRAPPINGS = List.of("raw", "guarded");

  /** The classification benchmark's operations. */
  static final List<String> CLASSIFY_METHODS = List.of("cold", "cached");

  private final Context ctx;

  GuardSuite(Context ctx) {
    this.ctx = ctx;
  }

  static String jdbcSubject(String method, String wrapping) {
    return "JDBC " + method + ", " + wrapping + " (µs/op)";
  }

  static String classifySubject(String method) {
    return "classify select, " + method + " (ns/op)";
  }

  void run() {
    ChainedOptionsBuilder b =
        new OptionsBuilder()
            .include(GuardJdbcOverheadBenchmark.class.getName())
            .include(GuardClassificationBenchmark.class.getName())
            .param("wrapping", WRAPPINGS.toArray(String[]::new))
            .param("statement", "select")
            .shouldFailOnError(true)
            // The forked JVM uses this run's server instead of starting its own.
            .jvmArgsAppend(
                "-Dcairn.test.jdbc-url=" + ctx.adminUrl(),
                "-Dcairn.test.jdbc-user=" + ctx.server.user());
    switch (ctx.settings.jmh()) {
      case FULL ->
          b.forks(1)
              .warmupIterations(3)
              .warmupTime(TimeValue.seconds(2))
              .measurementIterations(5)
              .measurementTime(TimeValue.seconds(2))
              .verbosity(VerboseMode.NORMAL);
      case QUICK ->
          b.forks(1)
              .warmupIterations(2)
              .warmupTime(TimeValue.seconds(1))
              .measurementIterations(3)
              .measurementTime(TimeValue.seconds(1))
              .verbosity(VerboseMode.NORMAL);
      case SMOKE ->
          b.forks(0)
              .warmupIterations(0)
              .measurementIterations(1)
              .measurementTime(TimeValue.milliseconds(100))
              .verbosity(VerboseMode.SILENT);
    }
    Collection<RunResult> results;
    try {
      results = new Runner(b.build()).run();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
    }
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      boolean jdbc = benchmark.startsWith(GuardJdbcOverheadBenchmark.class.getName());
      TimeUnit unit = r.getParams().getTimeUnit();
      List<Double> scores = new ArrayList<>();
      for (BenchmarkResult br : r.getBenchmarkResults()) {
        for (IterationResult ir : br.getIterationResults()) {
          scores.add(ir.getPrimaryResult().getScore());
        }
      }
      String subject =
          jdbc ? jdbcSubject(method, r.getParams().getParam("wrapping")) : classifySubject(method);
      ctx.add(
          Row.timed(
              Sections.GUARD,
              subject,
              0,
              new Stats(scores),
              "score "
                  + String.format(java.util.Locale.ROOT, "%.3f", r.getPrimaryResult().getScore())
                  + " ± "
                  + String.format(
                      java.util.Locale.ROOT, "%.3f", r.getPrimaryResult().getScoreError())
                  + " "
                  + unit.name().toLowerCase(java.util.Locale.ROOT)
                  + "/op"));
    }
  }
}
