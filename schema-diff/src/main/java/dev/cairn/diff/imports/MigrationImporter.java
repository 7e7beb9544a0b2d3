package dev.cairn.diff.imports;

import dev.cairn.diff.internal.imports.Conversion;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Converts another tool's migrations into an Atlas-compatible directory (files {@code
 * <version>_<description>.sql} plus {@code atlas.sum}) that Cairn and Atlas apply.
 *
 * <ul>
 *   <li>Flyway: versioned files in version order; repeatables become versioned files after them
 *       (they run once); undo files are left out; {@code executeInTransaction=false} and {@code
 *       CONCURRENTLY} statements give {@code atlas:txmode none}.
 *   <li>Liquibase formatted SQL: one file per changeset in changelog order; {@code
 *       runInTransaction:false} gives {@code atlas:txmode none}; {@code --rollback} lines become
 *       down files.
 *   <li>golang-migrate: {@code .up.sql} files; {@code .down.sql} files become down files.
 *   <li>goose: the Up section; the Down section becomes the down file; {@code NO TRANSACTION} gives
 *       {@code atlas:txmode none}.
 * </ul>
 *
 * <p>Versions keep the original order as byte order of the names (zero-padded where needed, see
 * {@link ImportResult#versionMapping()}). Down files go to {@code down/}, which Cairn and Atlas
 * neither apply nor hash. Take over a database the tool migrated with {@link HistoryTakeOver}.
 */
public final class MigrationImporter {
  private MigrationImporter() {}

  /**
   * Converts and writes the directory. Running it again with the same source and an unchanged
   * directory writes nothing ({@link ImportResult#unchanged()}).
   *
   * @param format the tool
   * @param source the tool's migration directory (Liquibase: the changelog file, or a directory of
   *     formatted-SQL changelogs)
   * @param directory the directory to write; must be new, empty, or hold exactly this import
   * @return what was written
   * @throws CairnException when the source cannot be converted (a Go migration, a duplicate
   *     version, an include), or the directory holds other migrations
   */
  public static ImportResult convert(ImportFormat format, Path source, Path directory) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(directory, "directory");
    return Conversion.run(format, source, directory);
  }

  /**
   * Works out the conversion without writing anything.
   *
   * @param format the tool
   * @param source the tool's migrations
   * @param directory the directory the files would be written to (only named in the result)
   * @return what would be written; {@link ImportResult#unchanged()} tells whether the directory
   *     already holds exactly that
   */
  public static ImportResult preview(ImportFormat format, Path source, Path directory) {
    Objects.requireNonNull(format, "format");
    return Conversion.preview(format, source, directory);
  }

  static CairnException invalid(String message) {
    return new CairnException(ErrorCode.INVALID_CONFIGURATION, message);
  }
}
