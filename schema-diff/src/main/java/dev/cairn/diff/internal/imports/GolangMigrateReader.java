package dev.cairn.diff.internal.imports;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a golang-migrate directory: {@code <version>_<title>.up.sql} with an optional {@code
 * <version>_<title>.down.sql}, ordered by the numeric version. golang-migrate sends each file to
 * PostgreSQL as one multi-statement query, which runs in one implicit transaction unless the file
 * controls transactions itself — the same as Cairn's transaction per file; files with their own
 * {@code BEGIN}/{@code COMMIT} or a {@code CONCURRENTLY} statement become {@code atlas:txmode
 * none}.
 */
final class GolangMigrateReader {
  private static final Pattern NAME = Pattern.compile("([0-9]+)_(.*)\\.(up|down)\\.sql");

  private GolangMigrateReader() {}

  /** The files of one version. */
  private static final class Version {
    String written;
    String title;
    String upName;
    String downName;
    String up;
    String down;
  }

  static Reading read(Path source) {
    List<String> notes = new ArrayList<>();
    Map<BigInteger, Version> versions = new TreeMap<>();
    for (Path file : Reading.files(source, false)) {
      String name = file.getFileName().toString();
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        if (name.endsWith(".sql")) {
          notes.add(
              name
                  + " is not a golang-migrate name (<version>_<title>.up.sql or .down.sql) and was"
                  + " left out, as golang-migrate leaves it out.");
        }
        continue;
      }
      Version v = versions.computeIfAbsent(new BigInteger(m.group(1)), k -> new Version());
      boolean up = m.group(3).equals("up");
      String existing = up ? v.upName : v.downName;
      if (existing != null) {
        throw new CairnException(
            ErrorCode.DUPLICATE_VERSION,
            "golang-migrate version "
                + m.group(1)
                + " has two "
                + m.group(3)
                + " files ("
                + existing
                + ", "
                + name
                + "); golang-migrate refuses that too. Fix the source first.");
      }
      if (up) {
        v.upName = name;
        v.up = Reading.read(file);
        v.written = m.group(1);
        v.title = m.group(2);
      } else {
        v.downName = name;
        v.down = Reading.read(file);
        if (v.title == null) {
          v.title = m.group(2);
          v.written = m.group(1);
        }
      }
    }
    List<Parsed> out = new ArrayList<>();
    for (Map.Entry<BigInteger, Version> e : versions.entrySet()) {
      Version v = e.getValue();
      if (v.up == null) {
        notes.add(
            v.downName
                + " has no up file; golang-migrate applies nothing for it, and it was left out.");
        continue;
      }
      out.add(
          new Parsed(
              List.of(e.getKey()),
              v.written,
              Reading.description(v.title),
              v.upName,
              false,
              e.getKey().toString(),
              v.up,
              v.down,
              Transactions.nonTransactional(v.up, null).orElse(null),
              null));
    }
    return new Reading(out, notes);
  }
}
