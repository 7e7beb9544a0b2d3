package dev.cairn.diff;

import dev.cairn.diff.PlannedStatement.Stage;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes a {@link Plan} into an Atlas-compatible migration directory and updates its {@code
 * atlas.sum}.
 *
 * <p>Each non-empty stage of the plan becomes one file, versions one second apart so they sort in
 * execution order: {@code <version>_<name>_enum_values.sql} (new enum labels, committed before
 * anything uses them), {@code <version>_<name>.sql} (the main transaction) and {@code
 * <version>_<name>_concurrently.sql}, which starts with {@code -- atlas:txmode none} so that each
 * of its statements runs and commits on its own. The first file carries the plain name.
 *
 * <p>An optional reverse plan is written to {@code down/<version>_<name>.sql}. Atlas and Cairn's
 * runtime only read {@code *.sql} files at the top of the directory, so the {@code down/} folder is
 * neither applied nor part of {@code atlas.sum}: the directory stays Atlas-compatible, and the down
 * file is there for a human to run (for example with {@code psql -1 -f}).
 */
public final class MigrationWriter {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  private static final DateTimeFormatter VERSION =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private MigrationWriter() {}

  /**
   * One file to write.
   *
   * @param name the file name, relative to the migration directory (e.g. {@code
   *     down/20240101120000_init.sql})
   * @param content the file content
   * @param statements how many SQL statements it holds
   */
  public record GeneratedFile(String name, String content, int statements) {}

  /**
   * What {@link #write} did.
   *
   * @param files the migration files written, in order (empty when the plan was empty)
   * @param downFile the reverse migration written, or {@code null}
   * @param sum the directory's new {@code atlas.sum} (unchanged when nothing was written)
   * @param summary a readable summary for the console
   */
  public record WrittenMigration(List<Path> files, Path downFile, AtlasSum sum, String summary) {
    /** Copies the list. */
    public WrittenMigration {
      files = List.copyOf(files);
    }

    /**
     * Whether anything was written.
     *
     * @return false when the plan had no statements
     */
    public boolean wroteFiles() {
      return !files.isEmpty();
    }
  }

  /**
   * Renders the files for a plan without writing anything.
   *
   * @param name the migration name (letters, digits, {@code _ . -})
   * @param version the first file's version, e.g. {@code 20240101120000}
   * @param plan the plan
   * @param reverse the reverse plan for a down file, or {@code null}
   * @return the files, the down file last
   */
  public static List<GeneratedFile> render(String name, String version, Plan plan, Plan reverse) {
    checkName(name);
    List<GeneratedFile> out = new ArrayList<>();
    Map<Stage, List<PlannedStatement>> stages = new TreeMap<>();
    for (PlannedStatement s : plan.statements()) {
      stages.computeIfAbsent(s.stage(), k -> new ArrayList<>()).add(s);
    }
    String v = version;
    boolean first = true;
    for (Map.Entry<Stage, List<PlannedStatement>> e : stages.entrySet()) {
      // The main file carries the plain name; the others say what they hold.
      String suffix =
          stages.size() == 1 || e.getKey() == Stage.MAIN
              ? ""
              : e.getKey() == Stage.ENUM_VALUES ? "_enum_values" : "_concurrently";
      String fileName = v + "_" + name + suffix + ".sql";
      // Notes and plan-wide warnings go into the main file (the first one without a main part).
      boolean header = e.getKey() == Stage.MAIN || (first && !stages.containsKey(Stage.MAIN));
      out.add(
          new GeneratedFile(
              fileName,
              fileContent(name, e.getKey(), e.getValue(), plan, header),
              e.getValue().size()));
      first = false;
      v = nextVersion(v);
    }
    if (reverse != null && !out.isEmpty()) {
      out.add(
          new GeneratedFile(
              "down/" + version + "_" + name + ".sql",
              downContent(name, out.get(0).name(), reverse),
              reverse.statements().size()));
    }
    return out;
  }

  private static String fileContent(
      String name, Stage stage, List<PlannedStatement> statements, Plan plan, boolean header) {
    StringBuilder sb = new StringBuilder();
    if (stage == Stage.ONLINE) {
      // Atlas reads file directives from the leading comment block, ended by an empty line.
      sb.append("-- atlas:txmode none\n\n");
    }
    sb.append("-- Generated by Cairn: migrate diff ").append(name).append('\n');
    switch (stage) {
      case ENUM_VALUES ->
          sb.append(
              "-- New enum labels, committed before the next file uses them (PostgreSQL refuses to"
                  + " use a label in the transaction that added it).\n");
      case ONLINE ->
          sb.append(
              "-- Runs without a transaction: every statement commits on its own, so index builds and"
                  + " validations do not block writes. If a statement fails, fix the cause and run the"
                  + " rest; an index left INVALID by a failed CONCURRENTLY build must be dropped"
                  + " first.\n");
      default -> {}
    }
    if (header) {
      for (String note : plan.notes()) {
        sb.append("-- ").append(note).append('\n');
      }
      for (String w : plan.warnings()) {
        sb.append(comment("WARNING: " + w));
      }
    }
    for (PlannedStatement s : statements) {
      sb.append('\n');
      if (s.warning() != null) {
        sb.append(comment("WARNING: " + s.warning()));
      }
      sb.append(comment(s.summary()));
      sb.append(s.sql()).append(";\n");
    }
    return sb.toString();
  }

  private static String downContent(String name, String upFile, Plan reverse) {
    StringBuilder sb = new StringBuilder();
    sb.append("-- Generated by Cairn: reverse of migrate diff ").append(name).append('\n');
    sb.append("-- Undoes ")
        .append(upFile)
        .append(" and the files written with it. Not applied by Atlas or Cairn (not part of")
        .append(" atlas.sum); run it by hand, e.g. psql -1 -f, after reviewing it.\n");
    for (String w : reverse.warnings()) {
      sb.append(comment("WARNING: " + w));
    }
    Stage stage = null;
    for (PlannedStatement s : reverse.statements()) {
      if (s.stage() != stage && stage != null && s.stage() == Stage.ONLINE) {
        sb.append("\n-- The statements below cannot run inside a transaction block.\n");
      }
      stage = s.stage();
      sb.append('\n');
      if (s.warning() != null) {
        sb.append(comment("WARNING: " + s.warning()));
      }
      sb.append(comment(s.summary()));
      sb.append(s.sql()).append(";\n");
    }
    return sb.toString();
  }

  private static String comment(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      sb.append("-- ").append(line).append('\n');
    }
    return sb.toString();
  }

  /**
   * Writes a plan into a migration directory and updates {@code atlas.sum}. The directory's current
   * {@code atlas.sum} is verified first: a directory whose files were edited by hand is not written
   * to. An empty plan writes nothing.
   *
   * @param directory the migration directory (created if missing)
   * @param name the migration name
   * @param plan the plan
   * @param reverse the reverse plan for a down file, or {@code null}
   * @param clock the clock giving the version (UTC {@code yyyyMMddHHmmss})
   * @return what was written
   * @throws dev.cairn.runtime.ChecksumMismatchException when the directory does not match its sum
   * @throws CairnException when the directory cannot be written
   */
  public static WrittenMigration write(
      Path directory, String name, Plan plan, Plan reverse, Clock clock) {
    checkName(name);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new CairnException(
          ErrorCode.DIRECTORY_UNREADABLE,
          "cannot create migration directory " + directory + ": " + e.getMessage(),
          e);
    }
    MigrationDirectory dir = MigrationDirectory.of(directory);
    AtlasSum current = AtlasSum.verify(dir);
    if (plan.isEmpty()) {
      return new WrittenMigration(
          List.of(),
          null,
          current,
          "No changes: " + directory + " is in sync with the desired schema. Nothing written.");
    }
    String version = MigrationDirectory.newVersion(clock);
    for (MigrationFile f : dir.files()) {
      if (f.version().compareTo(version) >= 0 && f.version().length() == version.length()) {
        version = nextVersion(f.version());
      }
    }
    List<GeneratedFile> files = render(name, version, plan, reverse);
    List<Path> written = new ArrayList<>();
    Path down = null;
    try {
      for (GeneratedFile f : files) {
        Path target = directory.resolve(f.name());
        if (Files.exists(target)) {
          throw new CairnException(
              ErrorCode.DIRECTORY_UNREADABLE,
              "refusing to overwrite "
                  + target
                  + "; choose another migration name or wait a second");
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.content(), StandardCharsets.UTF_8);
        if (f.name().startsWith("down/")) {
          down = target;
        } else {
          written.add(target);
        }
      }
    } catch (IOException e) {
      throw new CairnException(
          ErrorCode.DIRECTORY_UNREADABLE,
          "cannot write migration files to " + directory + ": " + e.getMessage(),
          e);
    }
    AtlasSum sum = AtlasSum.write(MigrationDirectory.of(directory));
    return new WrittenMigration(written, down, sum, summary(directory, files, plan, down));
  }

  private static String summary(Path dir, List<GeneratedFile> files, Plan plan, Path down) {
    StringBuilder sb = new StringBuilder();
    int statements = plan.statements().size();
    sb.append(
        String.format(
            Locale.ROOT,
            "Planned %d statement%s from %d change%s:%n",
            statements,
            statements == 1 ? "" : "s",
            plan.statements().stream().map(PlannedStatement::change).distinct().count(),
            plan.statements().stream().map(PlannedStatement::change).distinct().count() == 1
                ? ""
                : "s"));
    plan.statements().stream()
        .map(PlannedStatement::change)
        .distinct()
        .forEach(c -> sb.append("  ").append(c.describe()).append('\n'));
    sb.append("Wrote to ").append(dir).append(":\n");
    for (GeneratedFile f : files) {
      if (f.name().startsWith("down/")) {
        continue;
      }
      sb.append("  ")
          .append(f.name())
          .append(" (")
          .append(f.statements())
          .append(f.statements() == 1 ? " statement" : " statements")
          .append(f.content().startsWith("-- atlas:txmode none") ? ", no transaction" : "")
          .append(")\n");
    }
    if (down != null) {
      sb.append("  ").append(dir.relativize(down)).append(" (reverse, not applied)\n");
    }
    sb.append("  atlas.sum updated\n");
    for (String w : plan.warnings()) {
      sb.append("WARNING: ").append(w).append('\n');
    }
    return sb.toString();
  }

  private static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Invalid migration name '"
              + name
              + "': use letters, digits, '_', '.' and '-' (it becomes part of the file name).");
    }
  }

  /** The version one second later (or numerically next, for versions that are not timestamps). */
  static String nextVersion(String version) {
    try {
      return LocalDateTime.parse(version, VERSION).plusSeconds(1).format(VERSION);
    } catch (DateTimeParseException e) {
      return new java.math.BigInteger(version).add(java.math.BigInteger.ONE).toString();
    }
  }
}
