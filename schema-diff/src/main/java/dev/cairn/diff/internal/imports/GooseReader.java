package dev.cairn.diff.internal.imports;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a goose directory: {@code <version>_<name>.sql} files with {@code -- +goose Up} and {@code
 * -- +goose Down} sections, ordered by the numeric version. The annotations are removed: the Up
 * section becomes the file and the Down section its down file; {@code -- +goose NO TRANSACTION}
 * becomes {@code atlas:txmode none}; {@code StatementBegin}/{@code StatementEnd} markers are not
 * needed because Cairn splits statements by PostgreSQL's syntax (dollar quotes, {@code BEGIN
 * ATOMIC} bodies). Go migrations cannot be converted and stop the import.
 */
final class GooseReader {
  private static final Pattern NAME = Pattern.compile("([0-9]+)_(.*)\\.(sql|go)");
  private static final Pattern ANNOTATION =
      Pattern.compile("^\\s*--\\s*\\+goose\\s+(.*?)\\s*$", Pattern.CASE_INSENSITIVE);

  private GooseReader() {}

  static Reading read(Path source) {
    List<String> notes = new ArrayList<>();
    Map<BigInteger, Parsed> byVersion = new TreeMap<>();
    List<String> goFiles = new ArrayList<>();
    for (Path file : Reading.files(source, false)) {
      String name = file.getFileName().toString();
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        if (name.endsWith(".sql")) {
          notes.add(
              name
                  + " is not a goose name (<version>_<name>.sql) and was left out, as goose leaves"
                  + " it out.");
        }
        continue;
      }
      if (m.group(3).equals("go")) {
        goFiles.add(name);
        continue;
      }
      BigInteger version = new BigInteger(m.group(1));
      Parsed p = parse(name, m.group(1), m.group(2), Reading.read(file), notes);
      Parsed previous = byVersion.putIfAbsent(version, p);
      if (previous != null) {
        throw new CairnException(
            ErrorCode.DUPLICATE_VERSION,
            "goose version "
                + m.group(1)
                + " is used by both "
                + previous.origin()
                + " and "
                + name
                + "; goose refuses that too. Fix the source first.");
      }
    }
    if (!goFiles.isEmpty()) {
      throw new CairnException(
          ErrorCode.INVALID_FILE_NAME,
          "The goose directory has Go migrations ("
              + String.join(", ", goFiles)
              + "), which only goose can run. Rewrite them as SQL migrations (or move their data"
              + " changes into SQL) and import again.");
    }
    return new Reading(new ArrayList<>(byVersion.values()), notes);
  }

  private static Parsed parse(
      String name, String written, String title, String text, List<String> notes) {
    StringBuilder up = new StringBuilder();
    StringBuilder down = new StringBuilder();
    StringBuilder target = null;
    boolean noTransaction = false;
    boolean envsub = false;
    boolean sawUp = false;
    for (String line : text.split("\n", -1)) {
      Matcher m = ANNOTATION.matcher(line);
      if (m.matches()) {
        String a = m.group(1).toUpperCase(Locale.ROOT);
        switch (a) {
          case "UP" -> {
            target = up;
            sawUp = true;
          }
          case "DOWN" -> target = down;
          case "STATEMENTBEGIN", "STATEMENTEND" -> {}
          case "NO TRANSACTION" -> noTransaction = true;
          case "ENVSUB ON" -> envsub = true;
          case "ENVSUB OFF" -> {}
          default ->
              notes.add(name + ": unknown goose annotation '" + line.strip() + "' was dropped.");
        }
        continue;
      }
      if (target != null) {
        target.append(line).append('\n');
      }
    }
    if (!sawUp) {
      throw new CairnException(
          ErrorCode.INVALID_DIRECTIVE,
          name
              + " has no '-- +goose Up' annotation; goose refuses such a file too. Fix the source"
              + " first.");
    }
    String sql = up.toString().strip() + "\n";
    if (envsub) {
      Reading.placeholders(name, sql, "goose ENVSUB", notes);
    }
    String downSql = down.toString().strip();
    String nonTx =
        noTransaction
            ? "-- +goose NO TRANSACTION"
            : Transactions.nonTransactional(sql, null).orElse(null);
    return new Parsed(
        List.of(new BigInteger(written)),
        written,
        Reading.description(title),
        name,
        false,
        new BigInteger(written).toString(),
        sql,
        downSql.isEmpty() ? null : downSql + "\n",
        nonTx,
        null);
  }
}
