package dev.cairn.diff.internal.imports;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Flyway location (scanned recursively, as Flyway does): versioned {@code
 * V<version>__<description>.sql} files in version order, then repeatable {@code
 * R__<description>.sql} files in description order (Flyway runs repeatables after the versioned
 * ones). Undo files ({@code U…}) and baseline migrations ({@code B…}) are left out with a note; a
 * script configuration file ({@code V1__x.sql.conf}) with {@code executeInTransaction=false} makes
 * the file non-transactional.
 */
final class FlywayReader {
  private static final Pattern NAME =
      Pattern.compile("([VUBR])([0-9]+(?:[._][0-9]+)*)?__(.*)\\.sql");

  private FlywayReader() {}

  static Reading read(Path source) {
    List<String> notes = new ArrayList<>();
    List<Parsed> versioned = new ArrayList<>();
    List<Parsed> repeatable = new ArrayList<>();
    Map<List<BigInteger>, String> seen = new HashMap<>();
    List<String> undo = new ArrayList<>();
    for (Path file : Reading.files(source, true)) {
      String name = file.getFileName().toString();
      String relative = source.relativize(file).toString();
      if (name.endsWith(".sql.conf") || !name.toLowerCase(Locale.ROOT).endsWith(".sql")) {
        continue;
      }
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        notes.add(
            relative
                + " is not a Flyway migration name (V<version>__<description>.sql or"
                + " R__<description>.sql) and was left out, as Flyway leaves it out.");
        continue;
      }
      String prefix = m.group(1);
      String version = m.group(2);
      String description = m.group(3);
      if (prefix.equals("U")) {
        undo.add(relative);
        continue;
      }
      if (prefix.equals("B")) {
        notes.add(
            relative
                + " is a Flyway baseline migration (used only to start new databases) and was"
                + " left out: Cairn replays the versioned files instead.");
        continue;
      }
      if (prefix.equals("R") != (version == null)) {
        notes.add(relative + " has a malformed Flyway name and was left out.");
        continue;
      }
      String sql = Reading.read(file);
      Reading.placeholders(relative, sql, "Flyway", notes);
      String nonTx = Transactions.nonTransactional(sql, null).orElse(null);
      Path conf = file.resolveSibling(name + ".conf");
      if (Files.isRegularFile(conf)) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(conf)) {
          p.load(in);
        } catch (java.io.IOException e) {
          throw new CairnException(
              ErrorCode.DIRECTORY_UNREADABLE, "Cannot read " + conf + ": " + e.getMessage(), e);
        }
        if ("false".equalsIgnoreCase(p.getProperty("executeInTransaction", "").strip())) {
          nonTx = "executeInTransaction=false in " + name + ".conf";
        }
        for (String key : p.stringPropertyNames()) {
          if (!key.equals("executeInTransaction")) {
            notes.add(
                name + ".conf sets " + key + ", which has no Cairn equivalent and was ignored.");
          }
        }
      }
      if (version == null) {
        repeatable.add(
            new Parsed(
                List.of(),
                null,
                Reading.description(description),
                relative,
                true,
                name,
                sql,
                null,
                nonTx,
                null));
        continue;
      }
      List<BigInteger> parts = Parsed.parts(version);
      String previous = seen.putIfAbsent(parts, relative);
      if (previous != null) {
        throw new CairnException(
            ErrorCode.DUPLICATE_VERSION,
            "Flyway version "
                + version
                + " is used by both "
                + previous
                + " and "
                + relative
                + "; Flyway refuses that too. Fix the source first.");
      }
      versioned.add(
          new Parsed(
              parts,
              version.replace('_', '.'),
              Reading.description(description),
              relative,
              false,
              version.replace('_', '.'),
              sql,
              null,
              nonTx,
              null));
    }
    versioned.sort((a, b) -> Parsed.compare(a.order(), b.order()));
    repeatable.sort(Comparator.comparing(Parsed::description));
    if (!undo.isEmpty()) {
      notes.add(
          "Flyway undo files were left out ("
              + String.join(", ", undo)
              + "): Cairn and Atlas only roll forward. To revert a change, write a new migration"
              + " (e.g. with 'cairn migrate diff').");
    }
    List<Parsed> all = new ArrayList<>(versioned);
    if (!repeatable.isEmpty()) {
      BigInteger next =
          versioned.isEmpty()
              ? BigInteger.ONE
              : versioned.get(versioned.size() - 1).order().get(0).add(BigInteger.ONE);
      List<String> names = new ArrayList<>();
      for (Parsed r : repeatable) {
        all.add(
            new Parsed(
                List.of(next),
                null,
                r.description(),
                r.origin(),
                true,
                r.historyKey(),
                r.sql(),
                null,
                r.nonTransactional(),
                null));
        next = next.add(BigInteger.ONE);
        names.add(r.origin());
      }
      notes.add(
          "Repeatable migrations ("
              + String.join(", ", names)
              + ") have no version and re-run in Flyway whenever they change; Cairn has no"
              + " repeatables. Each became a versioned file after all the others, in Flyway's order,"
              + " and runs once. To change such a view or function later, copy the file into a new"
              + " migration (e.g. 'cairn migrate new') with your edits — or let 'cairn migrate diff'"
              + " write the change.");
    }
    return new Reading(all, notes);
  }
}
