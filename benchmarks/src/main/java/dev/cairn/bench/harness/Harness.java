package dev.cairn.bench.harness;

import dev.cairn.bench.tools.Psql;
import dev.cairn.embedded.PostgresServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every benchmark side by side and writes the report.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.cairn.bench.harness.Harness \
 *     [--scope full|quick|smoke] [--only migration,schema,guard] \
 *     [--work benchmarks/target/bench-work] [--docs docs | --no-docs]
 * </pre>
 *
 * Prints the targets and every figure; with a docs directory, writes {@code benchmarks.md} and
 * {@code benchmarks.png} there.
 */
public final class Harness {
  /** The parts of a run. */
  public static final Set<String> PARTS = Set.of("migration", "schema", "guard");

  private Harness() {}

  /**
   * Command-line entry point.
   *
   * @param args see the class documentation
   */
  public static void main(String[] args) {
    String scope = "full";
    Path work = Path.of("benchmarks", "target", "bench-work");
    Path docs = Path.of("docs");
    Set<String> parts = PARTS;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scope" -> scope = args[++i];
        case "--work" -> work = Path.of(args[++i]);
        case "--docs" -> docs = Path.of(args[++i]);
        case "--no-docs" -> docs = null;
        case "--only" -> parts = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
        default -> {
          System.err.println(
              "usage: Harness [--scope full|quick|smoke] [--only migration,schema,guard]"
                  + " [--work DIR] [--docs DIR | --no-docs]");
          System.exit(2);
        }
      }
    }
    if (!PARTS.containsAll(parts)) {
      System.err.println("--only takes " + PARTS);
      System.exit(2);
    }
    Report report = run(Settings.named(scope, work, docs), parts, System.out);
    System.out.println(report.text());
    if (!report.missingKeys().isEmpty() && parts.equals(PARTS)) {
      System.err.println("Rows missing from the report: " + report.missingKeys());
      System.exit(1);
    }
  }

  /**
   * Runs the benchmarks.
   *
   * @param settings what to measure
   * @param parts which parts ({@link #PARTS})
   * @param out where progress goes
   * @return the report (also written to the settings' docs directory, if any)
   */
  public static Report run(Settings settings, Set<String> parts, PrintStream out) {
    // Before any logger exists: tools log at WARN so that logging costs the same for each.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    if (System.getProperty("liquibase.analytics.enabled") == null) {
      System.setProperty("liquibase.analytics.enabled", "false");
    }
    String loadAtStart = Machine.loadAverage();
    try {
      Files.createDirectories(settings.work());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PostgresServer server = PostgresServer.shared();
    Optional<Path> psql = Psql.locate();
    Context ctx = new Context(settings, server, psql, out);
    ctx.log(
        "scope %s on %s; psql %s; load average %s",
        settings.scope(), server, psql.map(Path::toString).orElse("absent"), loadAtStart);
    if (parts.contains("migration")) {
      new MigrationSuite(ctx).run();
    }
    if (parts.contains("schema")) {
      new SchemaSuite(ctx).run();
    }
    if (parts.contains("guard")) {
      new GuardSuite(ctx).run();
    }
    Machine machine = Machine.collect(server, psql, ctx.logs, loadAtStart);
    Report report = new Report(settings, machine, ctx.rows());
    if (settings.docs() != null) {
      try {
        Files.createDirectories(settings.docs());
        Files.writeString(
            settings.docs().resolve("benchmarks.md"),
            report.markdown("benchmarks.png"),
            StandardCharsets.UTF_8);
        Chart.write(report, settings.docs().resolve("benchmarks.png"));
        ctx.log("wrote %s and benchmarks.png", settings.docs().resolve("benchmarks.md"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return report;
  }
}
