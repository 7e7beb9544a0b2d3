package dev.cairn.bench.harness;

import dev.cairn.bench.corpus.DiffFixture;
import dev.cairn.bench.corpus.EntityModel;
import dev.cairn.bench.corpus.MigrationCorpus;
import dev.cairn.bench.tools.MigrationOp;
import dev.cairn.bench.tools.SchemaOps;
import dev.cairn.bench.tools.Target;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.StateCache;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The main class of a fresh benchmark JVM: runs one operation once and prints one line with its
 * in-process time, its peak resident set size ({@code VmHWM}) and its sampled peak heap use.
 *
 * <p>Usage: {@code java -cp … dev.cairn.bench.harness.Child KIND key=value…}, the password in the
 * environment variable {@value #PASSWORD_ENV}. Kinds: {@code migrate} (op, corpus, size, url,
 * user), {@code baseline} (url, user), {@code loader} (model, entities), {@code inspect} (url,
 * user), {@code diff} (model, entities, current, dir, files, dev, user, out), {@code lbh} and
 * {@code hbm} (model, entities, url, user, out).
 */
public final class Child {
  /** The environment variable carrying the database password (never on the command line). */
  public static final String PASSWORD_ENV = "CAIRN_BENCH_PASSWORD";

  /** The prefix of the result line. */
  public static final String RESULT = "@@bench ";

  private Child() {}

  /**
   * Runs one operation.
   *
   * @param args the kind, then key=value pairs
   * @throws Exception when the operation fails (the JVM exits non-zero)
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      a.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    String password = System.getenv().getOrDefault(PASSWORD_ENV, "");
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    long t0 = System.nanoTime();
    String check = execute(args[0], a, password);
    long nanos = System.nanoTime() - t0;
    sampler.finish();
    long rss = dev.cairn.bench.tools.ProcessRun.vmHwmKb(Path.of("/proc/self/status"));
    System.out.println(
        RESULT
            + "nanos="
            + nanos
            + " rssKb="
            + rss
            + " heapBytes="
            + sampler.peak()
            + " check="
            + check.replace(' ', '_'));
    System.out.flush();
    System.exit(0);
  }

  /**
   * Runs one operation in this JVM.
   *
   * @param kind the kind
   * @param a its arguments
   * @param password the database password
   * @return the operation's result, for verification
   * @throws Exception when it fails
   */
  static String execute(String kind, Map<String, String> a, String password) throws Exception {
    switch (kind) {
      case "migrate":
        {
          MigrationOp op = MigrationOp.valueOf(a.get("op"));
          MigrationCorpus corpus =
              MigrationCorpus.at(Path.of(a.get("corpus")), Integer.parseInt(a.get("size")));
          return Integer.toString(op.run(corpus, target(a, password)));
        }
      case "baseline":
        return target(a, password).queryOne("select 1");
      case "loader":
        {
          EntityModel model = model(a);
          try (URLClassLoader loader = model.classLoader()) {
            return Integer.toString(SchemaOps.load(model, loader).statements().size());
          }
        }
      case "inspect":
        return Integer.toString(SchemaOps.inspect(target(a, password)));
      case "diff":
        {
          EntityModel model = model(a);
          DiffFixture fixture =
              new DiffFixture(
                  model,
                  Path.of(a.get("dir")),
                  Integer.parseInt(a.get("files")),
                  Integer.parseInt(a.get("current")));
          try (URLClassLoader loader = model.classLoader();
              DevDatabase dev = DevDatabases.open(a.get("dev"), a.get("user"), password)) {
            return SchemaOps.cairnDiff(
                    fixture, loader, dev, StateCache.disabled(), Path.of(a.get("out")))
                .toString();
          }
        }
      case "lbh":
        {
          EntityModel model = model(a);
          try (URLClassLoader loader = model.classLoader()) {
            return SchemaOps.liquibaseHibernateDiff(
                    model, loader, target(a, password), Path.of(a.get("out")))
                .toString();
          }
        }
      case "hbm":
        {
          EntityModel model = model(a);
          try (URLClassLoader loader = model.classLoader()) {
            return SchemaOps.hibernateUpdateScript(
                    model, loader, target(a, password), Path.of(a.get("out")))
                .toString();
          }
        }
      default:
        throw new IllegalArgumentException("unknown kind " + kind);
    }
  }

  private static Target target(Map<String, String> a, String password) {
    return new Target(a.get("url"), a.get("user"), password);
  }

  private static EntityModel model(Map<String, String> a) {
    return EntityModel.at(Path.of(a.get("model")), Integer.parseInt(a.get("entities")));
  }

  /** Samples the heap in use every 10 ms; the JVM's own counters keep no peak of the total. */
  static final class HeapSampler extends Thread {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean done;
    private volatile long peak;

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!done) {
        sample();
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private void sample() {
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used > peak) {
        peak = used;
      }
    }

    void finish() {
      sample();
      done = true;
    }

    long peak() {
      return peak;
    }
  }
}
