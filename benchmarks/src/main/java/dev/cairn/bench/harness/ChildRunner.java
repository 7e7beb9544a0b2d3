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
   * @param cpuMillis the JVM's CPU time (all threads, start-up included), or -1
   * @param serverCpuMillis the PostgreSQL server's CPU time during the run, or -1
   * @param check the operation's result, for verification
   */
  record Result(
      double inProcessMillis,
      double totalMillis,
      long rssKb,
      long heapBytes,
      double cpuMillis,
      double serverCpuMillis,
      String check) {}

  private final Path logDir;
  private final boolean spawn;
  private final Context ctx;

  /**
   * Creates a runner.
   *
   * @param logDir where child output goes
   * @param spawn whether to start fresh JVMs; when false (smoke runs), {@link #run} executes the
   *     operation in this JVM and reports no memory, so that only the wiring is exercised
   * @param ctx the run, for the server's CPU meter
   */
  ChildRunner(Path logDir, boolean spawn, Context ctx) {
    this.logDir = logDir;
    this.spawn = spawn;
    this.ctx = ctx;
  }

  /**
   * The JVM flags of every child, printed in the report. The stack size is for liquibase-hibernate,
   * whose snapshot recurses once per related object and overflows the default 1 MB stack on the
   * 1,000-entity model; stack pages are only committed when used, so other tools are unaffected.
   */
  static List<String> jvmFlags() {
    return List.of(
        "-Xss256m",
        "-Dliquibase.analytics.enabled=false",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
  }

  Result run(String kind, Map<String, String> args, String password) {
    if (spawn) {
      return spawn(kind, args, password);
    }
    String[] check = new String[1];
    Context.Sample s = ctx.time(() -> check[0] = Child.execute(kind, args, password));
    return new Result(s.wallMs(), s.wallMs(), -1, -1, s.clientCpuMs(), s.serverCpuMs(), check[0]);
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
    ctx.settleServer();
    long s0 = ctx.serverNanos();
    ProcessRun run =
        ProcessRun.run(cmd, env, logDir, TIMEOUT, false)
            .requireSuccess("child JVM " + kind + " " + args);
    ctx.settleServer();
    long s1 = ctx.serverNanos();
    double server = s0 < 0 || s1 < 0 ? -1 : (s1 - s0) / 1e6;
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
            Long.parseLong(r.get("cpuNanos")) / 1e6,
            server,
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
