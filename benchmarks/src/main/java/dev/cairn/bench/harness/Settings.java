package dev.cairn.bench.harness;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How much to measure. {@link #full()} is the published run; {@link #quick()} a shorter one for
 * trying changes; {@link #smoke()} a tiny one that only proves the harness works (it runs in the
 * test suite).
 *
 * @param scope the name printed in the report
 * @param sizes the history sizes (numbers of migrations), ascending, at least three
 * @param applyRuns fresh-apply runs per size in the warm JVM
 * @param noopRuns warm no-op runs per size
 * @param coldRuns fresh-JVM no-op runs per size and tool
 * @param warmupRounds rounds of each tool on the smallest history before measuring
 * @param loaderSizes entity-model sizes the loader is timed on
 * @param loaderGoalEntities the model size of the loader's goal
 * @param modelEntities the size of the model for inspect and diff
 * @param diffCurrentEntities how many of its entities the diff's migration directory creates
 * @param diffFiles the number of files in that directory
 * @param schemaRuns warm runs of each schema operation
 * @param jmh how long to run the guard's JMH benchmarks
 * @param parallelChildren whether fresh JVMs may run side by side (smoke only: figures are then
 *     meaningless, but the run is short)
 * @param freshJvms whether fresh-JVM rows really start a JVM per run (false in smoke runs: the
 *     operation then runs in the harness JVM and no memory is reported; the baseline row always
 *     starts one, to prove the mechanism)
 * @param work the work directory (corpora, models, logs)
 * @param docs where to write {@code benchmarks.md} and {@code benchmarks.png}, or null
 */
public record Settings(
    String scope,
    List<Integer> sizes,
    Map<Integer, Integer> applyRuns,
    Map<Integer, Integer> noopRuns,
    Map<Integer, Integer> coldRuns,
    int warmupRounds,
    List<Integer> loaderSizes,
    int loaderGoalEntities,
    int modelEntities,
    int diffCurrentEntities,
    int diffFiles,
    int schemaRuns,
    Jmh jmh,
    boolean parallelChildren,
    boolean freshJvms,
    Path work,
    Path docs) {

  /** How the guard's JMH benchmarks run. */
  public enum Jmh {
    /** One fork, 3 warm-up and 5 measured iterations of 2 s. */
    FULL,
    /** One fork, 2 warm-up and 3 measured iterations of 1 s. */
    QUICK,
    /** In the harness JVM, one iteration of 100 ms: proves the wiring only. */
    SMOKE
  }

  /** Validates and copies. */
  public Settings {
    sizes = List.copyOf(sizes);
    applyRuns = Map.copyOf(applyRuns);
    noopRuns = Map.copyOf(noopRuns);
    coldRuns = Map.copyOf(coldRuns);
    loaderSizes = List.copyOf(loaderSizes);
    if (sizes.size() < 3) {
      throw new IllegalArgumentException("growth needs at least three sizes");
    }
    if (!loaderSizes.contains(loaderGoalEntities)) {
      throw new IllegalArgumentException("the loader's goal size must be measured");
    }
  }

  /**
   * The published run: 100, 1,000 and 5,000 migrations; 100-, 500- and 1,000-entity models.
   *
   * @param work the work directory
   * @param docs the docs directory, or null
   * @return the settings
   */
  public static Settings full(Path work, Path docs) {
    return new Settings(
        "full",
        List.of(100, 1_000, 5_000),
        Map.of(100, 5, 1_000, 3, 5_000, 2),
        Map.of(100, 10, 1_000, 10, 5_000, 5),
        Map.of(100, 3, 1_000, 5, 5_000, 3),
        2,
        List.of(100, 500, 1_000),
        500,
        1_000,
        990,
        500,
        5,
        Jmh.FULL,
        false,
        true,
        work,
        docs);
  }

  /**
   * A shorter run with the same shape, for trying changes.
   *
   * @param work the work directory
   * @param docs the docs directory, or null
   * @return the settings
   */
  public static Settings quick(Path work, Path docs) {
    return new Settings(
        "quick",
        List.of(50, 200, 500),
        Map.of(50, 3, 200, 2, 500, 1),
        Map.of(50, 5, 200, 5, 500, 3),
        Map.of(50, 2, 200, 2, 500, 1),
        1,
        List.of(100),
        100,
        200,
        190,
        100,
        3,
        Jmh.QUICK,
        false,
        true,
        work,
        docs);
  }

  /**
   * The smoke run of the test suite: tiny inputs, one run of everything.
   *
   * @param work the work directory
   * @param docs the docs directory, or null
   * @return the settings
   */
  public static Settings smoke(Path work, Path docs) {
    return new Settings(
        "smoke",
        List.of(3, 6, 12),
        Map.of(3, 1, 6, 1, 12, 1),
        Map.of(3, 1, 6, 1, 12, 1),
        Map.of(3, 1, 6, 1, 12, 1),
        0,
        List.of(13),
        13,
        13,
        12,
        6,
        1,
        Jmh.SMOKE,
        false,
        false,
        work,
        docs);
  }

  /**
   * The named settings.
   *
   * @param scope full, quick or smoke
   * @param work the work directory
   * @param docs the docs directory, or null
   * @return the settings
   */
  public static Settings named(String scope, Path work, Path docs) {
    return switch (scope) {
      case "full" -> full(work, docs);
      case "quick" -> quick(work, docs);
      case "smoke" -> smoke(work, docs);
      default -> throw new IllegalArgumentException("unknown scope " + scope);
    };
  }

  /**
   * The middle size, which the targets are stated for (1,000 in the full run).
   *
   * @return the size
   */
  public int referenceSize() {
    return sizes.get(sizes.size() / 2);
  }

  /**
   * The largest size.
   *
   * @return the size
   */
  public int largestSize() {
    return sizes.get(sizes.size() - 1);
  }
}
