package dev.cairn.runtime;

import dev.cairn.runtime.internal.DirectiveParser;
import dev.cairn.runtime.internal.MigrationNames;
import dev.cairn.runtime.sql.SqlSplitter;
import dev.cairn.runtime.sql.SqlStatement;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One versioned migration file, {@code <version>_<description>.sql}. Immutable; its text,
 * directives and statements are worked out on first use (most files of a large directory are
 * already applied and only need their bytes hashed).
 */
public final class MigrationFile {
  private final String name;
  private final String version;
  private final String description;
  private final byte[] bytes;

  private volatile String content;
  private volatile MigrationDirectives directives;
  private volatile List<SqlStatement> statements;

  private MigrationFile(String name, String version, String description, byte[] bytes) {
    this.name = name;
    this.version = version;
    this.description = description;
    this.bytes = bytes;
  }

  /**
   * Creates a migration file from its name and content.
   *
   * @param name the file name, e.g. {@code 20240101120000_create_users.sql}
   * @param content the file's bytes (copied)
   * @return the file
   * @throws MigrationDirectoryException if the name is not {@code <version>_<description>.sql}
   */
  public static MigrationFile of(String name, byte[] content) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    if (!MigrationNames.isMigration(name)) {
      throw new MigrationDirectoryException(
          ErrorCode.INVALID_FILE_NAME,
          name + ": a migration file name must end in .sql",
          List.of(name));
    }
    MigrationNames.problem(name)
        .ifPresent(
            p -> {
              throw new MigrationDirectoryException(
                  ErrorCode.INVALID_FILE_NAME, name + " " + p, List.of(name));
            });
    MigrationNames.Parts parts = MigrationNames.split(name);
    return new MigrationFile(name, parts.version(), parts.description(), content.clone());
  }

  /**
   * The file name.
   *
   * @return e.g. {@code 20240101120000_create_users.sql}
   */
  public String name() {
    return name;
  }

  /**
   * The version: the part of the name before the first {@code _}.
   *
   * @return e.g. {@code 20240101120000}
   */
  public String version() {
    return version;
  }

  /**
   * The description: the part of the name after the first {@code _}, without {@code .sql}; empty
   * when the name has no {@code _}.
   *
   * @return e.g. {@code create_users}
   */
  public String description() {
    return description;
  }

  /**
   * The raw content.
   *
   * @return a copy of the file's bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The size of the file in bytes.
   *
   * @return the byte count
   */
  public int size() {
    return bytes.length;
  }

  /**
   * The content decoded as UTF-8.
   *
   * @return the SQL text
   * @throws CairnException with {@link ErrorCode#INVALID_ENCODING} if the file is not valid UTF-8
   */
  public String content() {
    String c = content;
    if (c == null) {
      try {
        c =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        throw new CairnException(
            ErrorCode.INVALID_ENCODING,
            name + ": not valid UTF-8 (" + e.getMessage() + "); save the file as UTF-8",
            e);
      }
      content = c;
    }
    return c;
  }

  /**
   * The file's directives ({@code atlas:txmode}, {@code atlas:nolint}, {@code atlas:delimiter},
   * {@code atlas:sum}, {@code cairn:skip-on}).
   *
   * @return the directives
   * @throws DirectiveException for an unknown, misspelled, misplaced or malformed directive
   * @throws SqlSyntaxException if the file cannot be tokenized
   */
  public MigrationDirectives directives() {
    MigrationDirectives d = directives;
    if (d == null) {
      d = DirectiveParser.parse(name, content(), bytes);
      directives = d;
    }
    return d;
  }

  /**
   * The file's statements, split with its {@code atlas:delimiter} (if any).
   *
   * @return the statements in order
   * @throws SqlSyntaxException naming this file and the line, if a quote, dollar quote, comment,
   *     parenthesis or {@code BEGIN ATOMIC} body is never closed
   * @throws DirectiveException if the file's directives are invalid
   */
  public List<SqlStatement> statements() {
    List<SqlStatement> s = statements;
    if (s == null) {
      String delimiter = directives().delimiter().orElse(null);
      try {
        s = SqlSplitter.split(content(), delimiter);
      } catch (SqlSyntaxException e) {
        throw e.withSource(name);
      }
      statements = s;
    }
    return s;
  }

  /** Files are equal when name and content are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof MigrationFile f && f.name.equals(name) && Arrays.equals(f.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return name;
  }
}
