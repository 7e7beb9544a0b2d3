package dev.cairn.diff.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints the first months of the real Documenso history (from {@code ../shared/corpus}; skipped when
 * absent) file by file, and checks findings verified by reading the files.
 */
class DocumensoLintTest {
  /** 20230404095503_initial_migration.sql … 20231013012902_add_document_share_link_….sql. */
  private static final int FILES = 31;

  @TempDir static Path tmp;
  private static LintReport report;

  @BeforeAll
  static void lint() throws IOException {
    Optional<Path> source = DocumensoFiles.dir();
    assumeTrue(source.isPresent(), "no shared/corpus/documenso next to the repository");
    Path dir = tmp.resolve("documenso");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(source.get())) {
      for (Path f :
          files.filter(p -> p.toString().endsWith(".sql")).sorted().limit(FILES).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    report = Linter.builder().directory(dir).build().lint();
  }

  private static List<String> at(String file) {
    return report.diagnostics().stream()
        .filter(d -> d.file().equals(file))
        .map(d -> d.line() + " " + d.code())
        .sorted()
        .toList();
  }

  @Test
  void everyFileReplaysAndIsLinted() {
    assertThat(report.files()).hasSize(FILES);
    assertThat(report.skipped()).isEmpty();
    assertThat(report.of(LintRule.EX101)).isEmpty();
  }

  @Test
  void theInitialMigrationOnlyCreatesNewObjects() {
    // 10 tables with their indexes and foreign keys: nothing existed before, nothing to flag.
    assertThat(at("20230404095503_initial_migration.sql")).isEmpty();
  }

  @Test
  void aStricterUniqueIndexReplacesTheDroppedOne() {
    // Line 8 drops the unique index on (planId, customerId) without CONCURRENTLY; line 11 adds a
    // unique index on customerId alone to the table created two files earlier: it may meet
    // duplicates, and it blocks writes while it builds. The new index is stricter than the
    // dropped one, so no uniqueness guarantee is lost (no DS105).
    assertThat(at("20230505085908_update_unique_constraint.sql"))
        .containsExactly("11 MF101", "11 PG101", "8 PG102");
  }

  @Test
  void aNotNullColumnWithoutDefaultFailsOnExistingRows() {
    // ADD COLUMN "expiry" TIMESTAMP(3) NOT NULL on PasswordResetToken, created a file earlier.
    assertThat(at("20230605164015_expire_password_reset_token.sql")).contains("8 MF103");
    assertThat(report.of(LintRule.MF103).get(0).message()).contains("\"PasswordResetToken\"");
  }

  @Test
  void aBackfillRunsUnderTheLockOfTheAlterBeforeIt() {
    // Lines 2 and 5 add columns to "Document" (ACCESS EXCLUSIVE until the file commits); line 8
    // updates every row of "Document" in the same transaction.
    Diagnostic d =
        report.of(LintRule.PG401).stream()
            .filter(
                x -> x.file().equals("20230907080056_add_created_at_and_updated_at_columns.sql"))
            .findFirst()
            .orElseThrow();
    assertThat(d.line()).isEqualTo(8);
    assertThat(d.message()).contains("taken at line 2");
    assertThat(d.lock()).isEqualTo("ACCESS EXCLUSIVE on public.\"Document\"");
  }

  @Test
  void aForeignKeyRecreatedWithCascadeIsNotADropButValidatesUnderLock() {
    // Drops DocumentShareLink_documentId_fkey (line 2) and re-adds it ON DELETE CASCADE (line 5)
    // without NOT VALID.
    assertThat(at("20231013012902_add_document_share_link_delete_cascade.sql"))
        .containsExactly("5 PG201");
    assertThat(
            report.of(LintRule.PG201).stream()
                .filter(d -> d.file().startsWith("20231013012902"))
                .findFirst()
                .orElseThrow()
                .fix())
        .contains("NOT VALID;")
        .contains("VALIDATE CONSTRAINT \"DocumentShareLink_documentId_fkey\"");
  }
}
