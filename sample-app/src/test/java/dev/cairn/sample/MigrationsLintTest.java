package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.lint.LintFormat;
import dev.cairn.diff.lint.LintReport;
import dev.cairn.diff.lint.Linter;
import dev.cairn.diff.lint.Severity;
import org.junit.jupiter.api.Test;

/**
 * The lint gate: every file of {@code migrations/} is judged against the schema it runs on, and no
 * error-level finding may remain (a deliberate exception is suppressed in the file with {@code --
 * atlas:nolint CODE} and a comment saying why).
 */
class MigrationsLintTest {

  @Test
  void everyMigrationIsLintCleanAtErrorLevel() {
    LintReport report = Linter.builder().directory(Repo.migrations()).build().lint();

    String rendered = LintFormat.TEXT.render(report, false);
    assertThat(report.files()).as(rendered).hasSize(Repo.versions().size());
    assertThat(report.skipped()).as(rendered).isEmpty();
    assertThat(report.count(Severity.ERROR)).as(rendered).isZero();
  }
}
