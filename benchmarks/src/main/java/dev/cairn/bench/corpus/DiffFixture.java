package dev.cairn.bench.corpus;

import dev.cairn.loader.LoadedSchema;
import dev.cairn.loader.LoaderOptions;
import dev.cairn.loader.SchemaLoader;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The input of a realistic {@code migrate diff}: an entity model (the desired state) and a
 * migration directory that holds an older version of it (the current state). The directory creates
 * the first {@code currentEntities} entities' schema, spread over {@code files} files, the last
 * four of which drift from the model (a column type changed, an index and a column dropped, a
 * column added), so the diff has new tables, sequences, join tables and foreign keys to create and
 * changed tables to repair.
 *
 * @param model the entity model
 * @param directory the Atlas-format migration directory (with {@code atlas.sum})
 * @param files the number of files in it
 * @param currentEntities how many of the model's entities the directory creates
 */
public record DiffFixture(EntityModel model, Path directory, int files, int currentEntities) {
  private static final LocalDateTime FIRST_VERSION = LocalDateTime.of(2025, 1, 1, 0, 0);
  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /**
   * The drift files' statements: each undoes a detail of the model.
   *
   * @return one statement per drift file
   */
  public static List<String> drift() {
    return List.of(
        "ALTER TABLE entity5 ALTER COLUMN name TYPE varchar(50)",
        "DROP INDEX entity7_name_idx",
        "ALTER TABLE entity9 DROP COLUMN quantity",
        "ALTER TABLE entity11 ADD COLUMN legacy_flag boolean");
  }

  /**
   * Writes the directory for a model.
   *
   * @param directory where to write it (replaced)
   * @param model the model
   * @param currentEntities how many entities the directory creates (at least 12)
   * @param files how many files to write (more than the drift files)
   * @return the fixture
   */
  public static DiffFixture create(
      Path directory, EntityModel model, int currentEntities, int files) {
    List<String> drift = drift();
    if (files <= drift.size() || currentEntities < 12 || currentEntities > model.entityCount()) {
      throw new IllegalArgumentException(
          "need more than " + drift.size() + " files and 12.." + model.entityCount() + " entities");
    }
    LoadedSchema current;
    try (URLClassLoader loader = model.classLoader()) {
      current =
          SchemaLoader.load(
              loaderOptions(loader).classNames(model.classNames(currentEntities)).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> statements = current.statements();
    int schemaFiles = files - drift.size();
    if (statements.size() < schemaFiles) {
      throw new IllegalArgumentException(
          statements.size() + " statements cannot fill " + schemaFiles + " files");
    }
    try {
      MigrationCorpus.deleteRecursively(directory);
      Files.createDirectories(directory);
      int n = 0;
      for (int f = 0; f < schemaFiles; f++) {
        int from = (int) ((long) statements.size() * f / schemaFiles);
        int to = (int) ((long) statements.size() * (f + 1) / schemaFiles);
        StringBuilder sql = new StringBuilder();
        for (String s : statements.subList(from, to)) {
          sql.append(s).append(";\n\n");
        }
        write(directory, ++n, "schema_part", sql.toString());
      }
      for (String s : drift) {
        write(directory, ++n, "drift", s + ";\n");
      }
      AtlasSum.write(MigrationDirectory.of(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DiffFixture(model, directory, files, currentEntities);
  }

  /**
   * Loader options as every benchmark uses them: the model's class loader, the naming strategies of
   * {@link EntityModel}, PostgreSQL 17.
   *
   * @param loader the model's class loader
   * @return a builder to add the model's packages or classes to
   */
  public static LoaderOptions.Builder loaderOptions(ClassLoader loader) {
    return LoaderOptions.builder()
        .classLoader(loader)
        .physicalNamingStrategy(EntityModel.PHYSICAL_NAMING)
        .implicitNamingStrategy(EntityModel.IMPLICIT_NAMING)
        .databaseVersion(17);
  }

  private static void write(Path dir, int n, String description, String sql) throws IOException {
    String version = FIRST_VERSION.plusMinutes(n).format(VERSION);
    Files.writeString(
        dir.resolve(version + "_" + description + "_" + n + ".sql"), sql, StandardCharsets.UTF_8);
  }
}
