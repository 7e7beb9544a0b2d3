package dev.cairn.bench.corpus;

import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One migration history written in every tool's format, with identical SQL: an Atlas directory
 * ({@code <yyyyMMddHHmmss>_<description>.sql} plus {@code atlas.sum}) for Cairn, a Flyway directory
 * ({@code V<n>__<description>.sql}), a Liquibase formatted-SQL changelog (one changeset per file)
 * and a psql script that includes every file, each in its own transaction.
 *
 * @param size the number of migrations
 * @param root the corpus directory
 * @param atlasDir the Atlas-format directory
 * @param flywayDir the Flyway-format directory
 * @param liquibaseDir the directory holding {@link #LIQUIBASE_CHANGELOG}
 * @param psqlScript the psql script ({@code \i} of each Atlas file between {@code BEGIN} and {@code
 *     COMMIT})
 * @param files the Atlas files, in order (for psql's one-process-per-file mode; empty when opened
 *     with {@link #at})
 * @param statements the total number of statements (-1 when opened with {@link #at})
 */
public record MigrationCorpus(
    int size,
    Path root,
    Path atlasDir,
    Path flywayDir,
    Path liquibaseDir,
    Path psqlScript,
    List<Path> files,
    int statements) {
  /** The changelog's file name inside {@link #liquibaseDir()}. */
  public static final String LIQUIBASE_CHANGELOG = "changelog.sql";

  private static final LocalDateTime FIRST_VERSION = LocalDateTime.of(2024, 1, 1, 0, 0);
  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /** Copies the file list. */
  public MigrationCorpus {
    files = List.copyOf(files);
  }

  /**
   * Writes a corpus, replacing whatever {@code root} held.
   *
   * @param root the directory to write into
   * @param size the number of migrations
   * @return the corpus
   */
  public static MigrationCorpus generate(Path root, int size) {
    try {
      deleteRecursively(root);
      Path atlas = Files.createDirectories(root.resolve("atlas"));
      Path flyway = Files.createDirectories(root.resolve("flyway"));
      Path liquibase = Files.createDirectories(root.resolve("liquibase"));
      List<MigrationGenerator.Migration> migrations = MigrationGenerator.generate(size);
      List<Path> files = new ArrayList<>(migrations.size());
      StringBuilder changelog = new StringBuilder("-- liquibase formatted sql\n");
      StringBuilder psql = new StringBuilder("\\set ON_ERROR_STOP on\n");
      int statements = 0;
      for (MigrationGenerator.Migration m : migrations) {
        String sql = m.sql();
        statements += m.statements().size();
        String version = FIRST_VERSION.plusMinutes(m.number()).format(VERSION);
        Path atlasFile = atlas.resolve(version + "_" + m.description() + ".sql");
        Files.writeString(atlasFile, sql, StandardCharsets.UTF_8);
        files.add(atlasFile);
        Files.writeString(
            flyway.resolve("V" + m.number() + "__" + m.description() + ".sql"),
            sql,
            StandardCharsets.UTF_8);
        changelog.append("\n--changeset bench:").append(m.number()).append('\n').append(sql);
        psql.append("BEGIN;\n\\i '").append(atlasFile.toAbsolutePath()).append("'\nCOMMIT;\n");
      }
      AtlasSum.write(MigrationDirectory.of(atlas));
      Files.writeString(
          liquibase.resolve(LIQUIBASE_CHANGELOG), changelog.toString(), StandardCharsets.UTF_8);
      Path psqlScript = root.resolve("psql-all.sql");
      Files.writeString(psqlScript, psql.toString(), StandardCharsets.UTF_8);
      return new MigrationCorpus(
          size, root, atlas, flyway, liquibase, psqlScript, files, statements);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a corpus written earlier by {@link #generate} (for a child JVM that runs one tool on it),
   * without its file list.
   *
   * @param root the corpus directory
   * @param size the number of migrations it holds
   * @return the corpus
   */
  public static MigrationCorpus at(Path root, int size) {
    // Lists nothing: a tool's own reading of its directory must not find it already cached.
    return new MigrationCorpus(
        size,
        root,
        root.resolve("atlas"),
        root.resolve("flyway"),
        root.resolve("liquibase"),
        root.resolve("psql-all.sql"),
        List.of(),
        -1);
  }

  /**
   * The Liquibase changelog file.
   *
   * @return {@code liquibaseDir/changelog.sql}
   */
  public Path liquibaseChangelog() {
    return liquibaseDir.resolve(LIQUIBASE_CHANGELOG);
  }

  /**
   * Deletes a directory tree, if present.
   *
   * @param root the tree
   * @throws IOException when a file cannot be deleted
   */
  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
