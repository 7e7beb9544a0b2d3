package dev.cairn.bench.harness;

import dev.cairn.bench.tools.ProcessRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts {@link Child} in a fresh JVM with the harness's class path and default JVM settings, and
 * reads its result line.
 */
final class ChildRunner {
  private static final Duration TIMEOUT = Duration.ofHours(1);

  /**
   * What a fresh JVM reported.
   *
   * @param inProcessMillis the operation's time inside the JVM
   * @param totalMillis the time from starting {@code java} to its exit
   * @param rssKb its peak resident set size
   * @param heapBytes its sampled peak heap use
   * @param check the operation's result, for verification
   */
  record Result(
      double inProcessMillis, double totalMillis, long rssKb, long heapBytes, String check) {}

  private final Path logDir;
  private final boolean spawn;

  /**
   * Creates a runner.
   *
   * @param logDir where child output goes
   * @param spawn whether to start fresh JVMs; when false (smoke runs), {@link #run} executes the
   *     operation in this JVM and reports no memory, so that only the wiring is exercised
   */
  ChildRunner(Path logDir, boolean spawn) {
    this.logDir = logDir;
    this.spawn = spawn;
  }

  /** The JVM flags of every child, printed in the report. */
  static List<String> jvmFlags() {
    return List.of(
        "-Dliquibase.analytics.enabled=false", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
  }

  Result run(String kind, Map<String, String> args, String password) {
    if (spawn) {
      return spawn(kind, args, password);
    }
    try {
      long t0 = System.nanoTime();
      String check = Child.execute(kind, args, password);
      double ms = (System.nanoTime() - t0) / 1e6;
      return new Result(ms, ms, -1, -1, check);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(kind + " failed: " + e.getMessage(), e);
    }
  }

  /** Always starts a fresh JVM, whatever the settings. */
  Result spawn(String kind, Map<String, String> args, String password) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBinary());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.addAll(jvmFlags());
    cmd.add(Child.class.getName());
    cmd.add(kind);
    args.forEach((k, v) -> cmd.add(k + "=" + v));
    Map<String, String> env = new HashMap<>();
    env.put(Child.PASSWORD_ENV, password == null ? "" : password);
    ProcessRun run =
        ProcessRun.run(cmd, env, logDir, TIMEOUT, false)
            .requireSuccess("child JVM " + kind + " " + args);
    for (String line : run.stdout().split("\n")) {
      if (line.startsWith(Child.RESULT)) {
        Map<String, String> r = new HashMap<>();
        for (String pair : line.substring(Child.RESULT.length()).strip().split(" ")) {
          int eq = pair.indexOf('=');
          r.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return new Result(
            Long.parseLong(r.get("nanos")) / 1e6,
            run.wallNanos() / 1e6,
            Long.parseLong(r.get("rssKb")),
            Long.parseLong(r.get("heapBytes")),
            r.get("check"));
      }
    }
    throw new IllegalStateException(
        "child JVM " + kind + " printed no result:\n" + run.stdout() + run.stderr());
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
