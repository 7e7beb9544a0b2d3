package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.runtime.ChecksumMismatchException.Reason;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden sums in {@code atlassum/*.sum} were produced by {@code atlassum/atlas_sum.py}, an
 * independent re-derivation of Atlas's algorithm (checked once against a sum file Atlas itself
 * wrote), run over the sibling directories and over the Documenso corpus.
 */
class AtlasSumTest {
  @TempDir Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(AtlasSumTest.class.getResource("/atlassum/" + name).toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"simple", "ignore", "tricky"})
  void computesByteIdenticalSums(String name) throws Exception {
    byte[] golden = Files.readAllBytes(resource(name + ".sum"));
    AtlasSum sum = AtlasSum.compute(MigrationDirectory.of(resource(name)));
    assertThat(sum.toBytes()).isEqualTo(golden);
    assertThat(AtlasSum.parse(golden, name)).isEqualTo(sum);
  }

  @Test
  void sumIgnoreFollowsAtlasReadingOfTheFirstLine() throws Exception {
    AtlasSum sum = AtlasSum.compute(MigrationDirectory.of(resource("ignore")));
    assertThat(sum.files())
        .containsExactly(
            "1_first.sql",
            "3_trailing_spaces_hashed.sql",
            "4_second_line_hashed.sql",
            "6_last.sql");
  }

  @Test
  void emptyDirectoryHasTheEmptyHeader() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    AtlasSum sum = AtlasSum.compute(MigrationDirectory.of(empty));
    // base64(SHA-256 of no bytes)
    assertThat(sum.text()).isEqualTo("h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    assertThat(AtlasSum.verify(MigrationDirectory.of(empty))).isEqualTo(sum);
  }

  @Test
  void documensoCorpusMatchesGolden() throws Exception {
    Optional<Path> documenso = SharedCorpus.documenso();
    assumeTrue(documenso.isPresent(), "shared/corpus/documenso not found; skipping");
    MigrationDirectory d = MigrationDirectory.of(documenso.get());
    assertThat(AtlasSum.compute(d).toBytes())
        .isEqualTo(Files.readAllBytes(resource("documenso.sum")));
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void hashOfIsTheRecordedRunningHash() throws Exception {
    AtlasSum sum = AtlasSum.compute(MigrationDirectory.of(resource("simple")));
    assertThat(sum.hashOf("20240102000000_add_email.sql"))
        .contains("j7VHFnS91z76BkwC+Xh+I4+AGXyRmELUAseI3T+U8yc=");
    assertThat(sum.hashOf("nope.sql")).isEmpty();
  }

  // --- verification -------------------------------------------------------------------------

  @BeforeEach
  void copySimple() throws Exception {
    try (Stream<Path> files = Files.list(resource("simple"))) {
      for (Path p : files.toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
  }

  private void writeGoldenSum() throws Exception {
    Files.copy(resource("simple.sum"), dir.resolve("atlas.sum"));
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void verifiesAnUnchangedDirectory() throws Exception {
    writeGoldenSum();
    assertThat(AtlasSum.verify(MigrationDirectory.of(dir)).files()).hasSize(3);
  }

  @Test
  void writeProducesTheGoldenFile() throws Exception {
    AtlasSum written = AtlasSum.write(MigrationDirectory.of(dir));
    assertThat(Files.readAllBytes(dir.resolve("atlas.sum")))
        .isEqualTo(Files.readAllBytes(resource("simple.sum")))
        .isEqualTo(written.toBytes());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void missingSumFile() {
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOfSatisfying(
            SumFileException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SUM_FILE_MISSING))
        .hasMessageContaining("has no atlas.sum")
        .hasMessageContaining("cairn migrate hash --dir " + dir);
  }

  @Test
  void corruptSumFile() throws Exception {
    write("atlas.sum", "h1:abc\n20240101000000_create_users.sql sha:xyz\n");
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOfSatisfying(
            SumFileException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SUM_FILE_CORRUPT))
        .hasMessageContaining("atlas.sum:2: expected '<file> h1:<hash>'");
    write("atlas.sum", "");
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOf(SumFileException.class)
        .hasMessageContaining("atlas.sum:1: expected 'h1:<hash>'");
  }

  @Test
  void handEditedSumFile() throws Exception {
    String golden = Files.readString(resource("simple.sum"));
    write("atlas.sum", golden.replace("PIqeuUmzxw6", "PIqeuUmzxw7"));
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SUM_FILE_EDITED))
        .hasMessageContaining("was edited by hand");
  }

  @Test
  void editedFile() throws Exception {
    writeGoldenSum();
    write("20240102000000_add_email.sql", "ALTER TABLE users ADD COLUMN email varchar(10);\n");
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.EDITED);
              assertThat(e.files()).containsExactly("20240102000000_add_email.sql");
              assertThat(e.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
            })
        .hasMessageContaining("20240102000000_add_email.sql was edited after atlas.sum")
        .hasMessageContaining("cairn migrate hash --dir");
  }

  @Test
  void addedFileAtTheEnd() throws Exception {
    writeGoldenSum();
    write("20240104000000_more.sql", "SELECT 1;\n");
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.ADDED);
              assertThat(e.files()).containsExactly("20240104000000_more.sql");
            })
        .hasMessageContaining("20240104000000_more.sql is not in atlas.sum")
        .hasMessageNotContaining("sorts before");
  }

  @Test
  void addedFileWithAnOlderVersion() throws Exception {
    writeGoldenSum();
    write("20240101120000_from_a_branch.sql", "SELECT 1;\n");
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ADDED))
        .hasMessageContaining(
            "20240101120000_from_a_branch.sql sorts before 20240103000000_index_email.sql");
  }

  @Test
  void removedFile() throws Exception {
    writeGoldenSum();
    Files.delete(dir.resolve("20240103000000_index_email.sql"));
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.REMOVED);
              assertThat(e.files()).containsExactly("20240103000000_index_email.sql");
            })
        .hasMessageContaining("20240103000000_index_email.sql was removed");
  }

  @Test
  void renamedFile() throws Exception {
    writeGoldenSum();
    Files.move(
        dir.resolve("20240102000000_add_email.sql"), dir.resolve("20240102000000_email.sql"));
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.REMOVED);
              assertThat(e.files())
                  .containsExactly("20240102000000_add_email.sql", "20240102000000_email.sql");
            })
        .hasMessageContaining("and 20240102000000_email.sql appeared (a rename?)");
  }

  @Test
  void reorderedSumLines() throws Exception {
    List<String> lines = Files.readAllLines(resource("simple.sum"));
    // A self-consistent sum (header recomputed here) whose lines are in the wrong order.
    List<String> swapped = List.of(lines.get(2), lines.get(1), lines.get(3));
    MessageDigest header = MessageDigest.getInstance("SHA-256");
    for (String l : swapped) {
      String[] parts = l.split(" h1:");
      header.update(parts[0].getBytes(StandardCharsets.UTF_8));
      header.update(parts[1].getBytes(StandardCharsets.UTF_8));
    }
    write(
        "atlas.sum",
        "h1:"
            + Base64.getEncoder().encodeToString(header.digest())
            + "\n"
            + String.join("\n", swapped)
            + "\n");
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.REORDERED);
              assertThat(e.files())
                  .containsExactly(
                      "20240102000000_add_email.sql", "20240101000000_create_users.sql");
            })
        .hasMessageContaining("in a different order than their names sort");
  }

  @Test
  void fileThatStartedIgnoringTheSum() throws Exception {
    writeGoldenSum();
    String name = "20240103000000_index_email.sql";
    write(name, "-- atlas:sum ignore\n" + Files.readString(dir.resolve(name)));
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.EDITED);
              assertThat(e.files()).containsExactly(name);
            })
        .hasMessageContaining("now starts with 'atlas:sum ignore'");
  }

  @Test
  void addedSumIgnoredFileIsStillDetected() throws Exception {
    writeGoldenSum();
    write("20240101120000_seed.sql", "-- atlas:sum ignore\nSELECT 1;\n");
    assertThatThrownBy(() -> AtlasSum.verify(MigrationDirectory.of(dir)))
        .isInstanceOf(ChecksumMismatchException.class)
        .hasMessageContaining("20240101120000_seed.sql");
  }

  @Test
  void classpathDirectoriesCannotBeWritten() throws Exception {
    Files.createDirectories(dir.resolve("cp/db"));
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()}, null)) {
      MigrationDirectory d = MigrationDirectory.classpath("db", loader);
      assertThatThrownBy(() -> AtlasSum.write(d))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("class-path directories are read-only");
    }
  }
}
