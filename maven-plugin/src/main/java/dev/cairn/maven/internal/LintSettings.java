package dev.cairn.maven.internal;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.lint.FileSelection;
import dev.cairn.diff.lint.LintConfig;
import dev.cairn.diff.lint.LintFormat;
import dev.cairn.diff.lint.LintReport;
import dev.cairn.diff.lint.Linter;
import dev.cairn.diff.lint.Severity;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lint parameters shared by {@code cairn:lint} and {@code cairn:check}, and the run itself.
 *
 * @param latest lint only the last N files, or null
 * @param gitBase lint only the files missing on this git ref, or null
 * @param config the lint configuration file, or null for none
 * @param enable rules or groups to turn on
 * @param disable rules or groups to turn off
 * @param format the report format name
 * @param output where to write the report, or null for the build log
 */
public record LintSettings(
    Integer latest,
    String gitBase,
    Path config,
    List<String> enable,
    List<String> disable,
    String format,
    Path output) {

  /** Copies the lists. */
  public LintSettings {
    enable = enable == null ? List.of() : List.copyOf(enable);
    disable = disable == null ? List.of() : List.copyOf(disable);
  }

  /**
   * The outcome of a lint run.
   *
   * @param report the report
   * @param text the report as text, for the build log
   * @param rendered the report in the chosen format
   * @param summary one line: counts of errors and warnings
   */
  public record Outcome(LintReport report, String text, String rendered, String summary) {}

  /**
   * Whether the chosen format is plain text.
   *
   * @return true for {@code text}
   */
  public boolean textFormat() {
    return LintFormat.parse(format == null ? "text" : format) == LintFormat.TEXT;
  }

  /**
   * Lints a migration directory.
   *
   * @param directory the migration directory
   * @param dev the dev database to replay on
   * @return the report, rendered
   * @throws CairnException with {@link ErrorCode#LINT_CONFIG_INVALID} on bad settings
   */
  public Outcome run(Path directory, DevDatabase dev) {
    if (latest != null && gitBase != null && !gitBase.isBlank()) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION, "give either latest or gitBase for lint, not both");
    }
    FileSelection selection;
    if (latest != null) {
      selection = FileSelection.latest(latest);
    } else if (gitBase != null && !gitBase.isBlank()) {
      selection = FileSelection.gitBase(gitBase.trim());
    } else {
      selection = FileSelection.all();
    }
    LintFormat lintFormat = LintFormat.parse(format == null ? "text" : format);
    LintConfig c = config != null ? LintConfig.load(config) : LintConfig.defaults();
    if (!disable.isEmpty()) {
      c = c.disable(disable.toArray(String[]::new));
    }
    if (!enable.isEmpty()) {
      c = c.enable(enable.toArray(String[]::new));
    }
    LintReport report =
        Linter.builder()
            .directory(directory)
            .select(selection)
            .config(c)
            .devDatabase(dev)
            .build()
            .lint();
    String rendered = lintFormat.render(report, false);
    if (output != null) {
      try {
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(output, rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CairnException(
            ErrorCode.INTERNAL_ERROR, "cannot write " + output + ": " + e.getMessage(), e);
      }
    }
    String summary =
        "lint: "
            + report.files().size()
            + " files, "
            + report.count(Severity.ERROR)
            + " errors, "
            + report.count(Severity.WARNING)
            + " warnings"
            + (output == null ? "" : "; report written to " + output);
    return new Outcome(report, LintFormat.TEXT.render(report, false), rendered, summary);
  }
}
