package dev.cairn.maven;

import dev.cairn.diff.DatabaseUrl;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.drift.Difference;
import dev.cairn.diff.drift.DriftDetector;
import dev.cairn.diff.drift.DriftReport;
import dev.cairn.maven.internal.DevDatabaseOpener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn cairn:drift}: compares a live database with the state its applied migration files
 * describe, like {@code cairn schema drift}. The files the revision table records as applied are
 * replayed on a dev database (embedded by default); both are read from the catalog and compared
 * both ways. Fails the build on drift, naming each differing object and printing the SQL both ways.
 * The live database is only read; credentials never appear in the output.
 *
 * <pre>
 * mvn cairn:drift -Dcairn.url=jdbc:postgresql://db:5432/app -Dcairn.serverId=prod-db
 * </pre>
 */
@Mojo(name = "drift", threadSafe = true)
public class DriftMojo extends AbstractConnectingMojo {
  /** The PostgreSQL major version (15 to 18) of the embedded dev database the files replay on. */
  @Parameter(property = "cairn.databaseVersion", defaultValue = "17")
  int databaseVersion;

  /**
   * The dev database the applied files are replayed on: {@code embedded:postgres:N}, a JDBC URL of
   * a server where Cairn may create scratch databases, or {@code docker://postgres/N}. Default:
   * {@code embedded:postgres:<databaseVersion>}; also the environment variable {@code
   * CAIRN_DEV_URL}. Never the target database.
   */
  @Parameter(property = "cairn.devUrl")
  String devUrl;

  /** The schema of the revision table (default: Atlas's {@code atlas_schema_revisions}). */
  @Parameter(property = "cairn.revisionsSchema")
  String revisionsSchema;

  /** Whether other tools' history tables (Flyway's, Liquibase's) are compared too. */
  @Parameter(property = "cairn.includeForeignHistoryTables", defaultValue = "false")
  boolean includeForeignHistoryTables;

  /**
   * Where to write the report (the differences and the SQL both ways) as a file, e.g. {@code
   * target/cairn-drift.txt}, for a CI artifact. Written with or without drift.
   */
  @Parameter(property = "cairn.driftOutput")
  String driftOutput;

  /** Reports drift in the log without failing the build. */
  @Parameter(property = "cairn.failOnDrift", defaultValue = "true")
  boolean failOnDrift;

  /** Creates the goal (Maven instantiates it). */
  public DriftMojo() {}

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    DatabaseUrl target = target();
    DriftReport report;
    try (DevDatabase dev = DevDatabaseOpener.open(devUrl, databaseVersion, getLog()::info)) {
      DriftDetector.Builder b =
          DriftDetector.configure()
              .url(target.jdbcUrl(), target.user(), target.password())
              .directory(directory())
              .devDatabase(dev)
              .connectRetry(connectRetry())
              .includeForeignHistoryTables(includeForeignHistoryTables);
      if (revisionsSchema != null && !revisionsSchema.isBlank()) {
        b.revisionsSchema(revisionsSchema.trim());
      }
      report = b.load().detect();
    }
    String text = report.describe();
    if (report.hasDrift() && failOnDrift) {
      for (String line : text.split("\n", -1)) {
        if (!line.isEmpty()) {
          getLog().error(line);
        }
      }
    } else {
      info(text);
    }
    if (driftOutput != null && !driftOutput.isBlank()) {
      Path out = project.getBasedir().toPath().resolve(driftOutput).normalize();
      try {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write the drift report to " + out, e);
      }
      getLog().info("Drift report written to " + out);
    }
    if (report.hasDrift()) {
      String objects =
          report.differences().stream().map(Difference::label).collect(Collectors.joining("; "));
      String message =
          "cairn:drift: "
              + report.database()
              + " has drifted from its applied migrations in "
              + report.differences().size()
              + (report.differences().size() == 1 ? " object: " : " objects: ")
              + objects
              + ". Undo the change with the SQL above, or keep it in a new migration file.";
      if (failOnDrift) {
        throw new MojoFailureException(message);
      }
      getLog().warn(message);
    }
  }
}
