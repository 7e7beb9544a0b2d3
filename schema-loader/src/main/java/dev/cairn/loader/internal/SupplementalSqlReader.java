package dev.cairn.loader.internal;

import dev.cairn.loader.LoaderException;
import dev.cairn.loader.SupplementalSql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads supplemental SQL files and directories into {@link SupplementalSql} in the documented
 * order.
 */
public final class SupplementalSqlReader {
  private SupplementalSqlReader() {}

  /**
   * Reads the paths: each in the order given; a directory contributes its {@code .sql} files,
   * recursively, sorted by their {@code /}-separated relative path. A file reached twice is read
   * once.
   *
   * @param paths files or directories
   * @return the SQL pieces
   * @throws LoaderException when a path does not exist or a file cannot be read as UTF-8
   */
  public static List<SupplementalSql> read(List<Path> paths) {
    List<SupplementalSql> result = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path given : paths) {
      if (Files.isDirectory(given)) {
        String dirName = displayName(given);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(given)) {
          walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sql"))
              .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw new LoaderException(
              "Cannot list the supplemental SQL directory " + given + ": " + e, e);
        }
        files.sort(Comparator.comparing(p -> relative(given, p)));
        for (Path file : files) {
          if (seen.add(file.toAbsolutePath().normalize())) {
            result.add(new SupplementalSql(dirName + "/" + relative(given, file), readFile(file)));
          }
        }
      } else if (Files.isRegularFile(given)) {
        if (seen.add(given.toAbsolutePath().normalize())) {
          result.add(new SupplementalSql(displayName(given), readFile(given)));
        }
      } else {
        throw new LoaderException(
            "The supplemental SQL path "
                + given.toAbsolutePath()
                + " does not exist; create it or remove it from the configuration.");
      }
    }
    return result;
  }

  /**
   * Normalises SQL text: no byte-order mark, {@code \n} line endings, a final newline. Checkouts
   * with different line-ending settings then give the same DDL bytes.
   *
   * @param sql the text
   * @return the normalised text
   */
  public static String normalise(String sql) {
    String text = sql.startsWith("\uFEFF") ? sql.substring(1) : sql;
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!text.isEmpty() && !text.endsWith("\n")) {
      text = text + "\n";
    }
    return text;
  }

  private static String readFile(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      return normalise(text);
    } catch (CharacterCodingException e) {
      throw new LoaderException(
          "The supplemental SQL file " + file + " is not valid UTF-8; save it as UTF-8.", e);
    } catch (IOException e) {
      throw new LoaderException("Cannot read the supplemental SQL file " + file + ": " + e, e);
    }
  }

  private static String displayName(Path path) {
    Path name = path.toAbsolutePath().normalize().getFileName();
    return name == null ? path.toString() : name.toString();
  }

  private static String relative(Path dir, Path file) {
    Path rel = dir.relativize(file);
    List<String> parts = new ArrayList<>();
    for (Path part : rel) {
      parts.add(part.toString());
    }
    return String.join("/", parts);
  }
}
