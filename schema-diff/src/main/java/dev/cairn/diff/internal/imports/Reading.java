package dev.cairn.diff.internal.imports;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a reader got from another tool's files: the migrations in the tool's order and notes on
 * everything that was changed, dropped or needs a decision.
 *
 * @param migrations the migrations, in order
 * @param notes notes for the output
 */
public record Reading(List<Parsed> migrations, List<String> notes) {

  /** Copies the lists. */
  public Reading {
    migrations = List.copyOf(migrations);
    notes = List.copyOf(notes);
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:-]+)}");

  /** Reads a file as UTF-8, failing clearly on other encodings. */
  static String read(Path file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CairnException(
          ErrorCode.INVALID_ENCODING, file + " is not valid UTF-8; save it as UTF-8 first.", e);
    } catch (IOException e) {
      throw new CairnException(
          ErrorCode.DIRECTORY_UNREADABLE, "Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Every regular file under a directory, in byte order of the relative path. */
  static List<Path> files(Path dir, boolean recursive) {
    if (!Files.isDirectory(dir)) {
      throw new CairnException(
          ErrorCode.DIRECTORY_NOT_FOUND,
          "Source directory " + dir + " does not exist or is not a directory.");
    }
    try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
      List<Path> out = new ArrayList<>(s.filter(Files::isRegularFile).toList());
      out.sort((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString()));
      return out;
    } catch (IOException e) {
      throw new CairnException(
          ErrorCode.DIRECTORY_UNREADABLE, "Cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A note when SQL contains {@code ${…}} placeholders the tool would have replaced. */
  static void placeholders(String origin, String sql, String tool, List<String> notes) {
    Matcher m = PLACEHOLDER.matcher(sql);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      if (!found.contains(m.group())) {
        found.add(m.group());
      }
    }
    if (!found.isEmpty()) {
      notes.add(
          origin
              + " contains "
              + tool
              + " placeholders "
              + String.join(", ", found)
              + ", which Cairn does not replace: put the values into the imported file by hand"
              + " (and run 'cairn migrate hash').");
    }
  }

  /** A description usable in a file name. */
  static String description(String text) {
    String d = text.strip().replaceAll("[^A-Za-z0-9_.-]+", "_").replaceAll("_+", "_");
    d = d.replaceAll("^[_.]+|[_.]+$", "");
    return d.isEmpty() ? "migration" : d;
  }
}
