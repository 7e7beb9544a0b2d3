package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationDirectoryTest {
  @TempDir Path dir;

  private void write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          20240101120000_create_users.sql | 20240101120000 | create_users
          1.sql                           | 1              | ''
          1_a_b.sql                       | 1              | a_b
          2.10.3_x.sql                    | 2.10.3         | x
          7_.sql                          | 7              | ''
          3_with space.sql                | 3              | with space
          """)
  void versionAndDescriptionFollowAtlas(String name, String version, String description) {
    MigrationFile f = MigrationFile.of(name, new byte[0]);
    assertThat(f.version()).isEqualTo(version);
    assertThat(f.description()).isEqualTo(description);
    assertThat(f.name()).isEqualTo(name);
  }

  @Test
  void filesAreOrderedByNameBytesAndOtherEntriesListed() throws IOException {
    write("2_b.sql", "SELECT 2;");
    write("10_a.sql", "SELECT 10;");
    write("1_z.sql", "SELECT 1;");
    write("1.5_y.sql", "SELECT 1.5;");
    write("README.md", "# docs");
    write(".gitkeep", "");
    write("atlas.sum", "h1:x\n");
    write("drafts/3_c.sql", "SELECT 3;");

    MigrationDirectory d = MigrationDirectory.of(dir);

    // Byte order, as Atlas sorts: '.' (0x2E) < '0' (0x30) < '_' (0x5F).
    assertThat(d.files())
        .extracting(MigrationFile::name)
        .containsExactly("1.5_y.sql", "10_a.sql", "1_z.sql", "2_b.sql");
    assertThat(d.ignoredFiles()).containsExactlyInAnyOrder(".gitkeep", "README.md", "drafts/");
    assertThat(d.sumFile()).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("h1:x\n"));
    assertThat(d.file("2")).map(MigrationFile::name).contains("2_b.sql");
    assertThat(d.path()).contains(dir);
  }

  @Test
  void openAcceptsAtlasFileUrlsAndPlainPaths() throws IOException {
    write("1_a.sql", "SELECT 1;");
    assertThat(MigrationDirectory.open("file://" + dir).files()).hasSize(1);
    assertThat(MigrationDirectory.open(dir.toString()).files()).hasSize(1);
    assertThat(MigrationDirectory.open("file:" + dir).location()).isEqualTo(dir.toString());
  }

  @Test
  void missingDirectory() {
    assertThatThrownBy(() -> MigrationDirectory.of(dir.resolve("nope")))
        .isInstanceOfSatisfying(
            MigrationDirectoryException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DIRECTORY_NOT_FOUND))
        .hasMessageContaining("nope does not exist");
  }

  @Test
  void fileInsteadOfDirectory() throws IOException {
    write("1_a.sql", "SELECT 1;");
    assertThatThrownBy(() -> MigrationDirectory.of(dir.resolve("1_a.sql")))
        .isInstanceOfSatisfying(
            MigrationDirectoryException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DIRECTORY_NOT_FOUND))
        .hasMessageContaining("is a file, not a directory");
  }

  @Test
  void emptyDirectoryLoadsButRequireFilesFails() throws IOException {
    write("README.md", "x");
    MigrationDirectory d = MigrationDirectory.of(dir);
    assertThat(d.files()).isEmpty();
    assertThatThrownBy(d::requireFiles)
        .isInstanceOfSatisfying(
            MigrationDirectoryException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DIRECTORY_EMPTY))
        .hasMessageContaining("holds no migration files")
        .hasMessageContaining("it only has README.md");
  }

  @Test
  void duplicateVersions() throws IOException {
    write("1_a.sql", "SELECT 1;");
    write("1_b.sql", "SELECT 2;");
    assertThatThrownBy(() -> MigrationDirectory.of(dir))
        .isInstanceOfSatisfying(
            MigrationDirectoryException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_VERSION);
              assertThat(e.files()).containsExactly("1_a.sql", "1_b.sql");
            })
        .hasMessageContaining("1_b.sql has version 1, already used by 1_a.sql");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          V1__init.sql        | looks like a Flyway migration name
          R__views.sql        | looks like a Flyway migration name
          _x.sql              | has no version before the '_'
          abc_x.sql           | has version 'abc', but a version must be digits
          20240101-x.sql      | has version '20240101-x'
          20240101_x.SQL      | has extension '.SQL'; migration files must end in lower-case '.sql'
          20240101_x.Sql      | rename it to 20240101_x.sql
          """)
  void malformedAndNearMissNames(String name, String message) throws IOException {
    write("1_ok.sql", "SELECT 1;");
    write(name, "SELECT 2;");
    assertThatThrownBy(() -> MigrationDirectory.of(dir))
        .isInstanceOfSatisfying(
            MigrationDirectoryException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILE_NAME);
              assertThat(e.files()).containsExactly(name);
            })
        .hasMessageContaining(": " + name + " ")
        .hasMessageContaining(message);
  }

  @Test
  void allNameProblemsAreReportedTogether() throws IOException {
    write("V1__a.sql", "");
    write("2_b.SQL", "");
    write("3_c.sql", "");
    write("3_d.sql", "");
    assertThatThrownBy(() -> MigrationDirectory.of(dir))
        .isInstanceOfSatisfying(
            MigrationDirectoryException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILE_NAME);
              assertThat(e.files())
                  .containsExactlyInAnyOrder("V1__a.sql", "2_b.SQL", "3_c.sql", "3_d.sql");
            })
        .hasMessageContaining("has 3 invalid file names:\n  ");
  }

  @Test
  void problemsListsEveryBrokenFile() throws IOException {
    write("1_a.sql", "SELECT 1;");
    write("2_b.sql", "-- atlas:txmod none\n\nSELECT 1;");
    write("3_c.sql", "SELECT $$ x;");
    assertThat(MigrationDirectory.of(dir).problems())
        .extracting(Throwable::getMessage)
        .satisfiesExactly(
            m -> assertThat(m).startsWith("2_b.sql:1: unknown directive 'atlas:txmod'"),
            m -> assertThat(m).startsWith("3_c.sql:1: unterminated dollar-quoted string"));
  }

  @Test
  void newVersionIsUtcTimestamp() {
    Clock clock = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneId.of("Asia/Tokyo"));
    assertThat(MigrationDirectory.newVersion(clock)).isEqualTo("20240102030405");
  }

  @Test
  void classpathDirectoryOnTheFileSystem() throws IOException {
    write("db/migrations/1_a.sql", "SELECT 1;");
    write("db/migrations/atlas.sum", "h1:x\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      MigrationDirectory d = MigrationDirectory.classpath("db/migrations", loader);
      assertThat(d.files()).extracting(MigrationFile::name).containsExactly("1_a.sql");
      assertThat(d.location()).isEqualTo("classpath:db/migrations");
      assertThat(d.path()).isEmpty();
      assertThat(d.sumFile()).isPresent();
    }
  }

  @Test
  void classpathDirectoryInsideAJar() throws IOException {
    Map<String, String> entries = new TreeMap<>();
    entries.put("db/", null);
    entries.put("db/migrations/", null);
    entries.put("db/migrations/2_b.sql", "SELECT 2;");
    entries.put("db/migrations/1_a.sql", "-- atlas:txmode none\n\nSELECT 1;");
    entries.put("db/migrations/atlas.sum", "h1:x\n");
    entries.put("db/migrations/README.md", "docs");
    entries.put("db/migrations/old/", null);
    entries.put("db/migrations/old/0_x.sql", "SELECT 0;");
    entries.put("db/other/9_z.sql", "SELECT 9;");
    Path jar = jar("app.jar", entries);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      MigrationDirectory d = MigrationDirectory.classpath("/db/migrations/", loader);
      assertThat(d.files()).extracting(MigrationFile::name).containsExactly("1_a.sql", "2_b.sql");
      assertThat(d.files().get(0).directives().txMode()).contains(TxMode.NONE);
      assertThat(new String(d.files().get(1).bytes(), StandardCharsets.UTF_8))
          .isEqualTo("SELECT 2;");
      assertThat(d.ignoredFiles()).containsExactlyInAnyOrder("README.md", "old/");
      assertThat(d.sumFile()).isPresent();
    }
  }

  @Test
  void classpathDirectoryThatDoesNotExist() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertThatThrownBy(() -> MigrationDirectory.classpath("db/missing", loader))
          .isInstanceOfSatisfying(
              MigrationDirectoryException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.DIRECTORY_NOT_FOUND))
          .hasMessageContaining("classpath:db/missing is not on the class path");
    }
  }

  @Test
  void classpathDirectoryInTwoEntriesIsAmbiguous() throws IOException {
    Path a = jar("a.jar", Map.of("db/", "", "db/1_a.sql", "SELECT 1;"));
    Path b = jar("b.jar", Map.of("db/", "", "db/2_b.sql", "SELECT 2;"));
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {a.toUri().toURL(), b.toUri().toURL()}, null)) {
      assertThatThrownBy(() -> MigrationDirectory.classpath("db", loader))
          .isInstanceOf(MigrationDirectoryException.class)
          .hasMessageContaining("exists in 2 class-path entries");
    }
  }

  /** Writes a jar; a null or empty value for a name ending in '/' makes a directory entry. */
  private Path jar(String name, Map<String, String> entries) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out)) {
      for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
        j.putNextEntry(new JarEntry(e.getKey()));
        if (!e.getKey().endsWith("/")) {
          j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        j.closeEntry();
      }
    }
    return jar;
  }
}
