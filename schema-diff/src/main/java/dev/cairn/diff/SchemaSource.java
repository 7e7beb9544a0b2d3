package dev.cairn.diff;

import dev.cairn.diff.internal.source.ExecutedSource;
import dev.cairn.diff.internal.source.LiveDatabaseSource;
import dev.cairn.diff.internal.source.Script;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A schema state to compare: SQL to execute on a clean dev database, a migration directory to
 * replay there, or a live database to read directly. {@link #load} turns it into a {@link
 * Database}.
 *
 * <p>Executed sources run statement by statement, each in its own transaction, with the session
 * reset between files; a failing statement raises a {@link SchemaSourceException} naming the file,
 * the line, the statement and PostgreSQL's message. Their inspected state is cached in {@link
 * LoadOptions#cache()} under a hash of every file's name and bytes, so loading an unchanged
 * migration directory again skips the replay.
 */
public interface SchemaSource {

  /**
   * What this source is, for messages.
   *
   * @return e.g. {@code migration directory src/main/resources/db/migration}
   */
  String description();

  /**
   * Loads the state.
   *
   * @param dev the dev database to execute on (not used by a live database source)
   * @param options inspection, cache and listener
   * @return the inspected state
   * @throws SchemaSourceException when a statement fails
   * @throws CairnException when files cannot be read or the dev database is unavailable
   */
  Database load(DevDatabase dev, LoadOptions options);

  /**
   * Loads the state with {@link LoadOptions#defaults()}.
   *
   * @param dev the dev database to execute on
   * @return the inspected state
   */
  default Database load(DevDatabase dev) {
    return load(dev, LoadOptions.defaults());
  }

  /**
   * SQL text, e.g. the schema loader's desired DDL.
   *
   * @param name the name used in messages, e.g. {@code desired schema}
   * @param sql the statements
   * @return the source
   */
  static SchemaSource sql(String name, String sql) {
    return new ExecutedSource(name, "Loading", () -> List.of(Script.text(name, sql)));
  }

  /**
   * The desired schema as DDL text (what the schema loader produces from entities).
   *
   * @param ddl the statements
   * @return the source
   */
  static SchemaSource desiredDdl(String ddl) {
    return sql("desired schema", ddl);
  }

  /**
   * One SQL file, read when loaded.
   *
   * @param file the file
   * @return the source
   */
  static SchemaSource sqlFile(Path file) {
    return new ExecutedSource(
        "SQL file " + file,
        "Loading",
        () -> List.of(Script.text(file.getFileName().toString(), read(file))));
  }

  /**
   * Every {@code *.sql} file of a directory (not its subdirectories), in name order.
   *
   * @param dir the directory
   * @return the source
   */
  static SchemaSource sqlDirectory(Path dir) {
    return new ExecutedSource(
        "SQL directory " + dir,
        "Loading",
        () -> {
          List<Script> scripts = new ArrayList<>();
          for (Path f : sqlFiles(dir)) {
            scripts.add(Script.text(f.getFileName().toString(), read(f)));
          }
          return scripts;
        });
  }

  /**
   * A migration directory, replayed in version order on a clean dev database. Files are split the
   * way the runtime splits them ({@code atlas:delimiter} honoured). The directory is read when
   * loaded; {@code atlas.sum} is not checked here.
   *
   * @param dir the directory location ({@code file://…}, {@code classpath:…} or a path)
   * @return the source
   */
  static SchemaSource migrationDirectory(String dir) {
    return new ExecutedSource(
        "migration directory " + dir,
        "Replaying",
        () -> scripts(MigrationDirectory.open(dir).files()));
  }

  /**
   * A migration directory already loaded.
   *
   * @param dir the directory
   * @return the source
   */
  static SchemaSource migrationDirectory(MigrationDirectory dir) {
    return new ExecutedSource(
        "migration directory " + dir.location(), "Replaying", () -> scripts(dir.files()));
  }

  /**
   * A live database, inspected directly and read-only. Never executed on, never cached.
   *
   * @param url a {@code jdbc:postgresql:} or {@code postgres://user:pass@host/db} URL
   * @return the source
   */
  static SchemaSource database(String url) {
    return new LiveDatabaseSource(url, null, null);
  }

  /**
   * A live database with explicit credentials.
   *
   * @param url a {@code jdbc:postgresql:} or {@code postgres://} URL
   * @param user the user, or {@code null}
   * @param password the password, or {@code null}
   * @return the source
   */
  static SchemaSource database(String url, String user, String password) {
    return new LiveDatabaseSource(url, user, password);
  }

  /**
   * Several executed sources run in order on one clean database, e.g. the desired DDL followed by
   * supplemental SQL files (views, triggers, partial indexes).
   *
   * @param parts the sources; none may be a live database
   * @return the combined source
   * @throws IllegalArgumentException when a part is a live database
   */
  static SchemaSource combined(SchemaSource... parts) {
    return ExecutedSource.combine(Arrays.asList(parts));
  }

  /**
   * Parses a source as written on the command line.
   *
   * <ul>
   *   <li>{@code jdbc:postgresql://…}, {@code postgres://…}, {@code postgresql://…}: a live
   *       database;
   *   <li>{@code file://PATH} or a plain path: a directory holding {@code atlas.sum} is a migration
   *       directory, any other directory a SQL directory, a file a SQL file.
   * </ul>
   *
   * @param spec the text
   * @return the source
   * @throws CairnException when the path does not exist
   */
  static SchemaSource parse(String spec) {
    if (spec.startsWith("jdbc:postgresql:")
        || spec.startsWith("postgres://")
        || spec.startsWith("postgresql://")) {
      return database(spec);
    }
    String p = spec.startsWith("file://") ? spec.substring("file://".length()) : spec;
    Path path = Path.of(p);
    if (Files.isDirectory(path)) {
      return Files.isRegularFile(path.resolve(MigrationDirectory.SUM_FILE))
          ? migrationDirectory(path.toString())
          : sqlDirectory(path);
    }
    if (Files.isRegularFile(path)) {
      return sqlFile(path);
    }
    throw new CairnException(
        ErrorCode.DIRECTORY_NOT_FOUND,
        "No such file or directory: "
            + path
            + " (from '"
            + spec
            + "'). Give a SQL file, a SQL directory, a migration directory (with atlas.sum) or a"
            + " database URL (jdbc:postgresql://… or postgres://…).");
  }

  private static List<Script> scripts(List<MigrationFile> files) {
    List<Script> scripts = new ArrayList<>(files.size());
    for (MigrationFile f : files) {
      scripts.add(Script.migration(f));
    }
    return scripts;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new CairnException(
          ErrorCode.DIRECTORY_NOT_FOUND, "SQL file " + file + " does not exist.", e);
    } catch (IOException e) {
      throw new CairnException(
          ErrorCode.DIRECTORY_UNREADABLE,
          "Cannot read SQL file " + file + ": " + e.getMessage(),
          e);
    }
  }

  private static List<Path> sqlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CairnException(
          ErrorCode.DIRECTORY_NOT_FOUND, "SQL directory " + dir + " does not exist.");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".sql") && Files.isRegularFile(f))
          .sorted((a, b) -> Arrays.compareUnsigned(name(a), name(b)))
          .toList();
    } catch (IOException e) {
      throw new CairnException(
          ErrorCode.DIRECTORY_UNREADABLE,
          "Cannot list SQL directory " + dir + ": " + e.getMessage(),
          e);
    }
  }

  private static byte[] name(Path p) {
    return p.getFileName().toString().getBytes(StandardCharsets.UTF_8);
  }
}
