package dev.cairn.diff.internal.imports;

import dev.cairn.diff.imports.ImportFormat;
import dev.cairn.diff.imports.ImportResult;
import dev.cairn.diff.imports.ImportedMigration;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads another tool's migrations, maps their versions and writes the Atlas directory. */
public final class Conversion {
  private Conversion() {}

  /**
   * Converts and writes.
   *
   * @param format the tool
   * @param source the tool's migrations
   * @param directory the directory to write
   * @return the result
   */
  public static ImportResult run(ImportFormat format, Path source, Path directory) {
    Planned p = plan(format, source);
    boolean unchanged = matches(directory, p.files());
    if (!unchanged) {
      requireWritable(directory);
      try {
        for (Map.Entry<String, String> e : p.files().entrySet()) {
          Path target = directory.resolve(e.getKey());
          Files.createDirectories(target.getParent());
          Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new CairnException(
            ErrorCode.DIRECTORY_UNREADABLE, "Cannot write " + directory + ": " + e.getMessage(), e);
      }
      AtlasSum.write(MigrationDirectory.of(directory));
    }
    return result(format, source, directory, p, unchanged);
  }

  /**
   * Converts without writing.
   *
   * @param format the tool
   * @param source the tool's migrations
   * @param directory the directory the files would go to
   * @return the result
   */
  public static ImportResult preview(ImportFormat format, Path source, Path directory) {
    Planned p = plan(format, source);
    return result(format, source, directory, p, matches(directory, p.files()));
  }

  private static ImportResult result(
      ImportFormat format, Path source, Path directory, Planned p, boolean unchanged) {
    return new ImportResult(
        format, source, directory, p.migrations(), p.mapping(), p.notes(), unchanged);
  }

  /** The files to write (relative name → content) and what they are. */
  private record Planned(
      Map<String, String> files,
      List<ImportedMigration> migrations,
      String mapping,
      List<String> notes) {}

  private static Planned plan(ImportFormat format, Path source) {
    Reading r =
        switch (format) {
          case FLYWAY -> FlywayReader.read(source);
          case LIQUIBASE -> LiquibaseReader.read(source);
          case GOLANG_MIGRATE -> GolangMigrateReader.read(source);
          case GOOSE -> GooseReader.read(source);
        };
    List<List<BigInteger>> orders = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    for (Parsed m : r.migrations()) {
      orders.add(m.order());
      originals.add(m.originalVersion());
    }
    VersionMapper.Mapping mapping = VersionMapper.map(orders, originals, format.displayName());
    Map<String, String> files = new LinkedHashMap<>();
    List<ImportedMigration> migrations = new ArrayList<>();
    for (int i = 0; i < r.migrations().size(); i++) {
      Parsed m = r.migrations().get(i);
      String version = mapping.versions().get(i);
      String name = version + "_" + m.description() + ".sql";
      String content = content(format, m);
      check(name, content, m);
      files.put(name, content);
      String down = null;
      if (m.down() != null) {
        down = "down/" + name;
        files.put(
            down,
            "-- Reverse of "
                + name
                + ", from "
                + format.displayName()
                + " "
                + m.origin()
                + ". Cairn never applies it.\n\n"
                + m.down());
      }
      migrations.add(
          new ImportedMigration(
              name,
              version,
              m.origin(),
              m.originalVersion(),
              m.repeatable(),
              m.nonTransactional() == null,
              down,
              m.historyKey()));
    }
    return new Planned(files, migrations, mapping.explanation(), r.notes());
  }

  private static String content(ImportFormat format, Parsed m) {
    StringBuilder sb = new StringBuilder();
    if (m.delimiter() != null) {
      // Atlas reads the delimiter from the first line only, escaped.
      sb.append("-- atlas:delimiter ").append(m.delimiter().replace("\n", "\\n")).append('\n');
    }
    if (m.nonTransactional() != null) {
      sb.append("-- atlas:txmode none\n");
    }
    sb.append("-- Imported from ").append(format.displayName()).append(' ').append(m.origin());
    if (m.repeatable()) {
      sb.append(" (a repeatable migration: here it runs once)");
    }
    sb.append('\n');
    if (m.nonTransactional() != null) {
      sb.append("-- Runs outside a transaction: ").append(m.nonTransactional()).append('\n');
    }
    sb.append('\n');
    return sb.append(m.sql().strip()).append('\n').toString();
  }

  /** Parses the file as the runtime will, so a problem shows up now and names the source. */
  private static void check(String name, String content, Parsed m) {
    try {
      MigrationFile f = MigrationFile.of(name, content.getBytes(StandardCharsets.UTF_8));
      f.directives();
      f.statements();
    } catch (CairnException e) {
      throw new CairnException(
          e.code(), "Converting " + m.origin() + " to " + name + " failed: " + e.getMessage(), e);
    }
  }

  /** Whether the directory holds exactly these files (an import run again). */
  private static boolean matches(Path directory, Map<String, String> files) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path f = directory.resolve(e.getKey());
      try {
        if (!Files.isRegularFile(f)
            || !Arrays.equals(
                Files.readAllBytes(f), e.getValue().getBytes(StandardCharsets.UTF_8))) {
          return false;
        }
      } catch (IOException ex) {
        return false;
      }
    }
    for (String name : sqlFiles(directory)) {
      if (!files.containsKey(name)) {
        return false;
      }
    }
    return Files.isRegularFile(directory.resolve(MigrationDirectory.SUM_FILE));
  }

  private static void requireWritable(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    if (!Files.isDirectory(directory)) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION, directory + " exists and is not a directory.");
    }
    List<String> existing = sqlFiles(directory);
    if (!existing.isEmpty() || Files.exists(directory.resolve(MigrationDirectory.SUM_FILE))) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          directory
              + " already holds migrations ("
              + (existing.isEmpty() ? MigrationDirectory.SUM_FILE : existing.get(0))
              + (existing.size() > 1 ? " and " + (existing.size() - 1) + " more" : "")
              + ") that differ from this import. Import into a new or empty directory; nothing"
              + " was written.");
    }
  }

  private static List<String> sqlFiles(Path directory) {
    try (Stream<Path> s = Files.list(directory)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
