package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cairn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End-to-end tests of the command line, run in-process through {@link Main#execute}. The golden
 * {@code simple.sum} comes from the independent Python derivation of Atlas's format (see the
 * migration-runtime tests).
 */
class CliTest {
  @TempDir Path tmp;
  Path dir;

  @BeforeEach
  void copySimple() throws IOException, URISyntaxException {
    dir = tmp.resolve("migrations");
    Files.createDirectories(dir);
    Path src = Path.of(CliTest.class.getResource("/simple").toURI());
    try (Stream<Path> files = Files.list(src)) {
      for (Path p : files.toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
  }

  private byte[] goldenSum() throws IOException, URISyntaxException {
    return Files.readAllBytes(Path.of(CliTest.class.getResource("/simple.sum").toURI()));
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  // --- help and usage ---------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--help",
        "migrate --help",
        "migrate hash --help",
        "migrate validate --help",
        "migrate new --help"
      })
  void everyCommandHasHelpWithUsageAndExamples(String args) {
    CliRun run = cairn(args.split(" "));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: cairn").contains("Examples:");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void topHelpDocumentsExitCodes() {
    assertThat(cairn("--help").out()).contains("Exit codes:").contains("3  database unreachable");
  }

  @Test
  void versionOption() {
    CliRun run = cairn("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("cairn ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                   | Missing required subcommand
          migrate              | Missing required subcommand
          migrate frobnicate   | Unmatched argument at index 1: 'frobnicate'
          --frobnicate         | Unknown option: '--frobnicate'
          migrate hash --nope  | Unknown option: '--nope'
          """)
  void usageErrorsExitWith2(String args, String message) {
    CliRun run = cairn(args.isEmpty() ? new String[0] : args.split(" "));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  // --- migrate hash -----------------------------------------------------------------------

  @Test
  void hashWritesByteIdenticalSum() throws Exception {
    CliRun run = cairn("migrate", "hash", "--dir", "file://" + dir);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("wrote " + dir.resolve("atlas.sum"))
        .contains("3 migration files");
    assertThat(Files.readAllBytes(dir.resolve("atlas.sum"))).isEqualTo(goldenSum());
  }

  @Test
  void hashAcceptsAPlainPath() throws Exception {
    assertThat(cairn("migrate", "hash", "--dir", dir.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("atlas.sum"))).isEqualTo(goldenSum());
  }

  @Test
  void hashOfAMissingDirectoryIsAUsageError() {
    CliRun run = cairn("migrate", "hash", "--dir", "file://" + tmp.resolve("nope"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: migration directory").contains("does not exist");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void hashRefusesMalformedNames() throws Exception {
    write("V2__flyway.sql", "SELECT 1;");
    CliRun run = cairn("migrate", "hash", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("V2__flyway.sql looks like a Flyway migration name");
    assertThat(dir.resolve("atlas.sum")).doesNotExist();
  }

  @Test
  void verbosePrintsTheStackTrace() {
    CliRun run = cairn("migrate", "hash", "--verbose", "--dir", tmp.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("\tat dev.cairn.");
  }

  // --- migrate validate -------------------------------------------------------------------

  @Test
  void validateAcceptsAConsistentDirectory() throws Exception {
    Files.write(dir.resolve("atlas.sum"), goldenSum());
    write("README.md", "docs");
    CliRun run = cairn("migrate", "validate", "--dir", "file://" + dir);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("note: ignored (not migrations): README.md")
        .contains("is valid: 3 migration files, 3 statements, atlas.sum matches");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateReportsAnEditedFile() throws Exception {
    Files.write(dir.resolve("atlas.sum"), goldenSum());
    write("20240102000000_add_email.sql", "ALTER TABLE users ADD COLUMN mail text;\n");
    CliRun run = cairn("migrate", "validate", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("error: migration file 20240102000000_add_email.sql was edited")
        .contains("cairn migrate hash --dir")
        .contains("1 problem in ");
  }

  @Test
  void validateTakesItsDirectoryFromTheSelectedEnvironment() throws Exception {
    Files.write(dir.resolve("atlas.sum"), goldenSum());
    Files.writeString(
        tmp.resolve("cairn.yaml"),
        "env:\n  ci:\n    dir: file://${MIGRATIONS}\n  other:\n    dir: file:///nowhere\n");
    CliRun run =
        CliRun.cairn(
            java.util.Map.of("MIGRATIONS", dir.toString()),
            tmp,
            "migrate",
            "validate",
            "--env",
            "ci");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(dir + " is valid: 3 migration files");
    // An explicit --dir wins over the environment's.
    CliRun explicit =
        CliRun.cairn(
            java.util.Map.of(),
            tmp,
            "migrate",
            "validate",
            "--env",
            "other",
            "--dir",
            dir.toString());
    assertThat(explicit.exitCode()).isZero();
  }

  @Test
  void validateReportsAMissingSum() {
    CliRun run = cairn("migrate", "validate", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("has no atlas.sum");
  }

  @Test
  void validateReportsEveryBrokenFileWithItsLine() throws Exception {
    write("20240104000000_bad_directive.sql", "-- atlas:txmod none\n\nSELECT 1;\n");
    write("20240105000000_unterminated.sql", "SELECT 1;\nSELECT $body$ x;\n");
    assertThat(cairn("migrate", "hash", "--dir", dir.toString()).exitCode()).isZero();

    CliRun run = cairn("migrate", "validate", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "error: 20240104000000_bad_directive.sql:1: unknown directive 'atlas:txmod'; did you"
                + " mean 'atlas:txmode'?")
        .contains("error: 20240105000000_unterminated.sql:2: unterminated dollar-quoted string")
        .contains("2 problems in ");
  }

  @Test
  void validateReportsAnEmptyDirectory() throws Exception {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    CliRun run = cairn("migrate", "validate", "--dir", empty.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("holds no migration files");
  }

  @Test
  void validateReportsDuplicateVersions() throws Exception {
    write("20240103000000_again.sql", "SELECT 1;");
    CliRun run = cairn("migrate", "validate", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("has version 20240103000000, already used by");
  }

  // --- migrate new ------------------------------------------------------------------------

  @Test
  void newCreatesAnEmptyTimestampedFileAndUpdatesTheSum() throws Exception {
    Path fresh = tmp.resolve("fresh");
    CliRun run = cairn("migrate", "new", "add_users", "--dir", "file://" + fresh);
    assertThat(run.exitCode()).isZero();
    Path file = fresh.resolve("20240506070809_add_users.sql");
    assertThat(run.out()).isEqualTo("created " + file + System.lineSeparator());
    assertThat(file).isEmptyFile();
    assertThat(Files.readString(fresh.resolve("atlas.sum")))
        .isEqualTo(expectedSumOfOneEmptyFile(file));
  }

  /**
   * Re-derives atlas.sum for a single empty file: hash = SHA-256(name); header over (name, hash).
   */
  private static String expectedSumOfOneEmptyFile(Path file) throws Exception {
    String name = file.getFileName().toString();
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
    MessageDigest header = MessageDigest.getInstance("SHA-256");
    header.update(name.getBytes(StandardCharsets.UTF_8));
    header.update(hash.getBytes(StandardCharsets.UTF_8));
    return "h1:"
        + Base64.getEncoder().encodeToString(header.digest())
        + "\n"
        + name
        + " h1:"
        + hash
        + "\n";
  }

  @Test
  void newWithoutNameAndInAnExistingDirectory() throws Exception {
    Files.write(dir.resolve("atlas.sum"), goldenSum());
    CliRun run = cairn("migrate", "new", "--dir", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("20240506070809.sql")).isEmptyFile();
    assertThat(cairn("migrate", "validate", "--dir", dir.toString()).exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("atlas.sum")))
        .contains("20240506070809.sql h1:")
        .contains(Files.readString(dir.resolve("atlas.sum")).lines().skip(1).findFirst().get());
  }

  @Test
  void newNeverSortsBeforeTheNewestFile() throws Exception {
    Files.write(dir.resolve("atlas.sum"), goldenSum());
    // The clock is behind the newest file (20240103000000).
    Clock early = Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(CliRun.cairn(early, "migrate", "new", "x", "--dir", dir.toString()).exitCode())
        .isZero();
    assertThat(dir.resolve("20240103000001_x.sql")).exists();
    // Twice in the same second.
    assertThat(CliRun.cairn(early, "migrate", "new", "y", "--dir", dir.toString()).exitCode())
        .isZero();
    assertThat(dir.resolve("20240103000002_y.sql")).exists();
  }

  @Test
  void newRefusesToBlessAnEditedDirectory() throws Exception {
    Files.write(dir.resolve("atlas.sum"), goldenSum());
    write("20240101000000_create_users.sql", "CREATE TABLE users (id int);\n");
    CliRun run = cairn("migrate", "new", "more", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("20240101000000_create_users.sql was edited");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("more"));
    }
    assertThat(Files.readAllBytes(dir.resolve("atlas.sum"))).isEqualTo(goldenSum());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "with space", "semi;colon", "dot.ted"})
  void newRejectsUnsafeNames(String name) {
    CliRun run = cairn("migrate", "new", name, "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("may only contain letters, digits, '_' and '-'");
  }

  @Test
  void newRejectsAClasspathDirectory() {
    CliRun run = cairn("migrate", "new", "x", "--dir", "classpath:db");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is read-only here");
  }
}
