package dev.cairn.cli;

import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.drift.AdoptResult;
import dev.cairn.diff.drift.Adopter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn migrate adopt}: for a database with a schema but no revisions, finds the newest
 * version whose replayed schema equals the database's and records it as the baseline; when none
 * matches, reports the closest version and the differences and records nothing (exit 1).
 */
@Command(
    name = "adopt",
    mixinStandardHelpOptions = true,
    description = {
      "Adopt a database that has a schema but no revisions (built by hand, by Hibernate's update,"
          + " by another tool): replay the directory once on a dev database, compare the schema"
          + " after every file with the database's, and record the newest matching version as the"
          + " baseline, so that 'migrate apply' applies only the later files.",
      "Never stamps blindly: when no version matches, the closest one and the exact differences"
          + " are printed, nothing is recorded, and the exit code is 1. A database that already"
          + " has revisions is refused (see 'migrate status' and 'schema drift')."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate adopt --dir file://migrations --url jdbc:postgresql://localhost/legacy",
      "  cairn migrate adopt --dir file://migrations --url jdbc:postgresql://localhost/legacy"
          + " --dry-run",
      "  cairn migrate adopt --dir file://migrations --url jdbc:postgresql://localhost/legacy"
          + " --expect-version 20240101000000 --format json"
    })
public final class MigrateAdoptCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DirOption dir;

  @Mixin DatabaseOptions db;

  @Mixin OutputOptions output;

  @Option(
      names = "--dev-url",
      paramLabel = "URL",
      defaultValue = DevDatabases.DEFAULT_URL,
      description =
          "Dev database the directory is replayed on: embedded:postgres:N, docker://postgres/N or"
              + " a JDBC URL. Default: ${DEFAULT-VALUE}")
  String devUrl;

  @Option(
      names = "--expect-version",
      paramLabel = "VERSION",
      description =
          "Adopt at this version, and only if its schema matches (default: the newest match).")
  String version;

  @Option(names = "--dry-run", description = "Report the match; record nothing.")
  boolean dryRun;

  @Mixin SchemaFilterOptions filter;

  @Override
  public Integer call() {
    Adopter.Builder b =
        db.configure(Adopter.configure(), dir)
            .devUrl(devUrl)
            .inspect(filter.inspectOptions())
            .version(version)
            .dryRun(dryRun);
    if (db.lockTimeout != null) {
      b.lockTimeout(db.lockTimeout);
    }
    AdoptResult r = b.load().adopt();
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("outcome", r.outcome());
      m.put("database", r.database());
      m.put("directory", r.directory());
      m.put("version", r.version());
      m.put("matchingVersions", r.matchingVersions());
      m.put("closestVersion", r.closestVersion());
      m.put("differences", ExistingDatabaseJson.differences(r.differences()));
      m.put("checked", r.checked());
      m.put("warnings", r.warnings());
      out.print(Json.write(m));
    } else {
      out.print(r.describe());
    }
    out.flush();
    return r.outcome() == AdoptResult.Outcome.NO_MATCH
        ? ExitCode.CHECK_FAILED.code()
        : ExitCode.OK.code();
  }
}
