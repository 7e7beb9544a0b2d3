package dev.cairn.maven;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DiffWarning;
import dev.cairn.diff.SchemaChange;
import dev.cairn.maven.internal.Drift;
import dev.cairn.maven.internal.EntityLoader;
import dev.cairn.maven.internal.LintSettings;
import dev.cairn.runtime.MigrationDirectory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn cairn:check}: the one CI gate. Fails the build when
 *
 * <ul>
 *   <li>the migration directory is invalid: {@code atlas.sum} does not match the files, a name,
 *       version or directive is wrong, a file does not split into statements;
 *   <li>the entities drifted from the migrations: replaying the directory on a dev database does
 *       not give the schema the entities (plus supplemental SQL) describe, i.e. someone changed an
 *       entity without running {@code cairn:diff};
 *   <li>lint finds an error-level problem in the migration files.
 * </ul>
 *
 * All three are checked and reported before the build fails. Bound to {@code verify} when listed in
 * the POM; reads the compiled classes, so run it after {@code compile}.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class CheckMojo extends AbstractEntityMojo {
  /** Skips the lint part of the check. */
  @Parameter(property = "cairn.skipLint", defaultValue = "false")
  boolean skipLint;

  /** Lints only the last N files, as one deploy. */
  @Parameter(property = "cairn.latest")
  Integer latest;

  /**
   * Lints only the files missing on this git ref (e.g. {@code origin/main}), as one deploy: what a
   * pull request adds.
   */
  @Parameter(property = "cairn.gitBase")
  String gitBase;

  /** The lint configuration (properties); used when it exists. */
  @Parameter(
      property = "cairn.lintConfig",
      defaultValue = "${project.basedir}/cairn-lint.properties")
  File lintConfig;

  /** Lint rules or groups to turn on. */
  @Parameter(property = "cairn.enable")
  List<String> enable;

  /** Lint rules or groups to turn off. */
  @Parameter(property = "cairn.disable")
  List<String> disable;

  /**
   * Lint report format for {@code lintOutput}: {@code text}, {@code json}, {@code sarif}, {@code
   * github}.
   */
  @Parameter(property = "cairn.lintFormat", defaultValue = "text")
  String lintFormat;

  /** Also writes the lint report to this file (e.g. SARIF for code scanning). */
  @Parameter(property = "cairn.lintOutput")
  File lintOutput;

  /** Creates the goal (Maven instantiates it). */
  public CheckMojo() {}

  @Override
  protected void run() throws MojoFailureException {
    Path dirPath = directory();
    List<String> failures = new ArrayList<>();

    boolean directoryOk = true;
    if (Files.isDirectory(dirPath)) {
      List<String> problems = ValidateMojo.problems(MigrationDirectory.of(dirPath));
      for (String p : problems) {
        getLog().error(p);
      }
      if (!problems.isEmpty()) {
        directoryOk = false;
        failures.add(
            problems.size()
                + " problem"
                + (problems.size() == 1 ? "" : "s")
                + " in the migration directory (atlas.sum, names, directives)");
      } else {
        getLog().info("Migration directory " + dirPath + ": valid, atlas.sum matches");
      }
    } else {
      getLog().info("Migration directory " + dirPath + " does not exist yet");
    }

    EntityLoader.Result entities = loadEntities();
    try (DevDatabase dev = openDevDatabase()) {
      if (directoryOk) {
        Drift drift =
            Drift.compute(dirPath, entities.ddl(), dev, renameHints(), schemaFilter(), onlineSafe);
        for (DiffWarning w : drift.diff().warnings()) {
          getLog().warn(w.toString());
        }
        if (drift.drifted()) {
          getLog().error("The entities changed, but the migrations did not follow:");
          for (SchemaChange c : drift.diff().changes()) {
            getLog().error("  " + c.describe());
          }
          getLog().error("A migration with these statements is missing:");
          for (String line : drift.plan().toSql().split("\n")) {
            getLog().error("  " + line);
          }
          failures.add(
              drift.diff().changes().size()
                  + " change"
                  + (drift.diff().changes().size() == 1 ? "" : "s")
                  + " between the entities and the migrations; write the migration with 'mvn"
                  + " compile cairn:diff -Dcairn.name=NAME'");
        } else {
          getLog().info("No drift: the migrations produce the schema the entities describe");
        }
      }
      if (!skipLint && Files.isDirectory(dirPath) && directoryOk) {
        LintSettings.Outcome lint =
            LintMojo.settings(latest, gitBase, lintConfig, enable, disable, lintFormat, lintOutput)
                .run(dirPath, dev);
        if (!lint.report().diagnostics().isEmpty()) {
          info(lint.text());
        }
        if (lint.report().hasErrors()) {
          failures.add(lint.summary());
        } else {
          getLog().info(lint.summary());
        }
      }
    }
    if (!failures.isEmpty()) {
      throw new MojoFailureException("cairn:check failed: " + String.join("; ", failures));
    }
    getLog().info("cairn:check passed");
  }
}
