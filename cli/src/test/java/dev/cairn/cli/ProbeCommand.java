package dev.cairn.cli;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A test-only command using the shared mixins the way real commands do, and printing what its
 * options resolved to.
 */
@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    description = "Test command: prints what the shared options resolved to.",
    footerHeading = "%nExamples:%n",
    footer = {"  cairn probe --url jdbc:postgresql://localhost/app --format json"})
final class ProbeCommand implements Callable<Integer> {
  @Mixin DatabaseOptions db;
  @Mixin OutputOptions output;
  @Mixin DirOption dir;

  @Option(names = "--schema", split = ",", description = "Schemas.")
  List<String> schemas = new ArrayList<>();

  @Option(names = "--exclude", description = "Repeatable, no split.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--wait",
      defaultValue = "10m",
      description = "A duration. Default: ${DEFAULT-VALUE}")
  Duration wait;

  @Option(names = "--dry-run", description = "Dry run.")
  boolean dryRun;

  @Option(names = "--fail", description = "Throw a CairnException with this error code.")
  ErrorCode fail;

  @Option(names = "--crash", description = "Throw an IllegalStateException.")
  boolean crash;

  @Option(names = "--status", description = "Read the migration status of the database.")
  boolean status;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (fail != null) {
      throw new CairnException(fail, "probe failed on purpose \"quoted\"");
    }
    if (crash) {
      throw new IllegalStateException("probe crashed");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (status) {
      MigrationStatus st = db.configure(dir).load().status();
      out.println("pending=" + st.pending().size());
      return ExitCode.OK.code();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("display", db.display());
    if (db.present()) {
      m.put("jdbcUrl", db.jdbcUrl());
      m.put("user", db.user());
      m.put("password", db.password());
    }
    m.put("connectRetry", db.connectRetry());
    m.put("dir", dir.value());
    m.put("schemas", schemas);
    m.put("excludes", excludes);
    m.put("wait", wait);
    m.put("dryRun", dryRun);
    m.put("colors", Terminal.of(spec).colors());
    if (output.json()) {
      out.print(Json.write(m));
    } else {
      m.forEach((k, v) -> out.println(k + "=" + v));
    }
    return ExitCode.OK.code();
  }
}
