package dev.cairn.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * The desired schema of an entity model: the DDL Hibernate emits for it, in a normalised order,
 * followed by the supplemental SQL.
 *
 * <p>{@link #ddl()} is deterministic: the same model with the same options gives byte-identical
 * text whatever the class path or scan order. Its layout: the Hibernate statements, each ending in
 * {@code ;} and separated by a blank line; then, for each supplemental source in order, a line
 * {@code -- cairn:supplemental <source>} followed by the source's text. Line endings are {@code
 * \n}.
 *
 * @param ddl the complete text, ready to run on an empty database
 * @param statements the Hibernate statements alone, without terminating {@code ;}, in the order
 *     they appear in {@link #ddl()}
 * @param supplementalSql the supplemental SQL, in the order appended
 * @param summary entities, tables and sequences, for diagnostics
 */
public record LoadedSchema(
    String ddl,
    List<String> statements,
    List<SupplementalSql> supplementalSql,
    SchemaSummary summary) {
  /**
   * Validates and copies the components.
   *
   * @param ddl the text
   * @param statements the Hibernate statements
   * @param supplementalSql the supplemental SQL
   * @param summary the summary
   */
  public LoadedSchema {
    Objects.requireNonNull(ddl, "ddl");
    statements = List.copyOf(statements);
    supplementalSql = List.copyOf(supplementalSql);
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * Writes {@link #ddl()} to a file as UTF-8, replacing it atomically where the file system allows,
   * so a reader never sees half a file.
   *
   * @param file the target file; missing parent directories are created
   * @throws UncheckedIOException when the file cannot be written
   */
  public void writeTo(Path file) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
      try {
        Files.writeString(temp, ddl, StandardCharsets.UTF_8);
        try {
          Files.move(
              temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the desired schema to " + target, e);
    }
  }
}
