package dev.cairn.maven;

import dev.cairn.diff.DevDatabase;
import dev.cairn.maven.internal.LintSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn cairn:lint}: replays the migration directory on a dev database and judges the selected
 * files statement by statement (locks and what they block, table rewrites, destructive and
 * data-dependent changes, renames, history), like {@code cairn migrate lint}. Fails the build when
 * an error-level finding remains.
 */
@Mojo(name = "lint", threadSafe = true)
public class LintMojo extends AbstractDevDatabaseMojo {
  /** Judges only the last N files, as one deploy. */
  @Parameter(property = "cairn.latest")
  Integer latest;

  /**
   * Judges only the files missing on this git ref (e.g. {@code origin/main}), as one deploy, and
   * checks that none sorts before a file already there.
   */
  @Parameter(property = "cairn.gitBase")
  String gitBase;

  /**
   * The lint configuration (properties: {@code disable}, {@code enable}, {@code severity.CODE},
   * {@code naming.KIND.pattern}). Used when it exists.
   */
  @Parameter(
      property = "cairn.lintConfig",
      defaultValue = "${project.basedir}/cairn-lint.properties")
  File lintConfig;

  /** Rules or groups to turn on (e.g. {@code PG402}, {@code NM}). */
  @Parameter(property = "cairn.enable")
  List<String> enable;

  /** Rules or groups to turn off (e.g. {@code BC103}). */
  @Parameter(property = "cairn.disable")
  List<String> disable;

  /** Report format: {@code text}, {@code json}, {@code sarif} or {@code github}. */
  @Parameter(property = "cairn.lintFormat", defaultValue = "text")
  String lintFormat;

  /** Writes the report to this file instead of the build log (e.g. a SARIF file for CI). */
  @Parameter(property = "cairn.lintOutput")
  File lintOutput;

  /** Fails the build when an error-level finding remains. */
  @Parameter(property = "cairn.lintFailOnError", defaultValue = "true")
  boolean lintFailOnError;

  /** Creates the goal (Maven instantiates it). */
  public LintMojo() {}

  @Override
  protected void run() throws MojoFailureException {
    LintSettings settings =
        settings(latest, gitBase, lintConfig, enable, disable, lintFormat, lintOutput);
    LintSettings.Outcome outcome;
    try (DevDatabase dev = openDevDatabase()) {
      outcome = settings.run(directory(), dev);
    }
    if (lintOutput == null) {
      if (settings.textFormat()) {
        info(outcome.text());
      } else {
        // Machine formats go to standard output as they are: GitHub workflow commands must start
        // their line, which a log prefix would break.
        System.out.print(outcome.rendered());
        System.out.flush();
      }
    }
    getLog().info(outcome.summary());
    if (lintFailOnError && outcome.report().hasErrors()) {
      throw new MojoFailureException(
          "lint found errors in " + directory() + " (" + outcome.summary() + ")");
    }
  }

  static LintSettings settings(
      Integer latest,
      String gitBase,
      File config,
      List<String> enable,
      List<String> disable,
      String format,
      File output) {
    Path configPath = config != null && config.isFile() ? config.toPath() : null;
    return new LintSettings(
        latest,
        gitBase,
        configPath,
        enable,
        disable,
        format,
        output == null ? null : output.toPath());
  }
}
