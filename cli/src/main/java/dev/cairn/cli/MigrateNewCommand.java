package dev.cairn.cli;

import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cairn migrate new}: creates an empty {@code <UTC yyyyMMddHHmmss>_<name>.sql} and updates
 * {@code atlas.sum}, refusing to bless a directory whose sum is already wrong.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description =
        "Create an empty migration file <version>_<NAME>.sql, the version being the current "
            + "UTC time (yyyyMMddHHmmss), and update atlas.sum. The directory is created if missing.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate new add_users --dir file://migrations",
      "  cairn migrate new --dir file://migrations        (no name: <version>.sql)"
    })
public final class MigrateNewCommand implements Callable<Integer> {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_-]+");
  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      description = "What the migration does, e.g. add_users (letters, digits, '_', '-').")
  String name;

  @Mixin DirOption dir;

  @ParentCommand MigrateCommand migrate;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (name != null && !NAME.matcher(name).matches()) {
      throw new ParameterException(
          spec.commandLine(),
          "NAME '" + name + "' may only contain letters, digits, '_' and '-' (e.g. add_users)");
    }
    Path path = dir.path();
    Files.createDirectories(path);
    MigrationDirectory directory = MigrationDirectory.of(path);
    // Rehashing a directory whose sum is already wrong would silently bless the change.
    if (!directory.files().isEmpty()) {
      AtlasSum.verify(directory);
    }
    String version = nextVersion(directory);
    String fileName = version + (name == null ? "" : "_" + name) + ".sql";
    Path file = path.resolve(fileName);
    try {
      Files.write(file, new byte[0], StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new CairnException(
          ErrorCode.DUPLICATE_VERSION, file + " already exists; try again in a second");
    }
    AtlasSum.write(MigrationDirectory.of(path));
    spec.commandLine().getOut().println("created " + file);
    return ExitCode.OK.code();
  }

  /**
   * The current UTC time, or one second after the newest timestamp version when that is not in the
   * past (two files in one second, or a clock behind the newest file): a new file must sort last,
   * or databases that applied the newer one would refuse it.
   */
  private String nextVersion(MigrationDirectory directory) {
    String now = MigrationDirectory.newVersion(migrate.parent().clock());
    List<MigrationFile> files = directory.files();
    if (files.isEmpty()) {
      return now;
    }
    String last = files.get(files.size() - 1).version();
    if (last.compareTo(now) < 0 || last.length() != now.length()) {
      return now;
    }
    try {
      return VERSION.format(LocalDateTime.parse(last, VERSION).plusSeconds(1));
    } catch (DateTimeParseException e) {
      throw new CairnException(
          ErrorCode.INVALID_FILE_NAME,
          "the newest migration's version "
              + last
              + " is not a yyyyMMddHHmmss timestamp but sorts after the current time "
              + now
              + "; name the new file yourself with a higher version and run 'cairn migrate"
              + " hash'");
    }
  }
}
