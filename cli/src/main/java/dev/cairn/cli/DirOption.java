package dev.cairn.cli;

import dev.cairn.runtime.MigrationDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --dir} option shared by migrate subcommands (a picocli mixin). */
public final class DirOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--dir",
      paramLabel = "URL",
      defaultValue = "file://migrations",
      description = {
        "Migration directory: file://PATH (Atlas style), a plain PATH, or classpath:LOCATION"
            + " (read-only).",
        "Default: ${DEFAULT-VALUE}"
      })
  String dir;

  /**
   * Loads the directory.
   *
   * @return the directory
   */
  public MigrationDirectory load() {
    return MigrationDirectory.open(dir);
  }

  /**
   * The file-system path the option names (for commands that create the directory).
   *
   * @return the path
   */
  public Path path() {
    if (dir.startsWith("file://")) {
      return Path.of(dir.substring("file://".length()));
    }
    if (dir.startsWith("file:")) {
      return Path.of(dir.substring("file:".length()));
    }
    if (dir.startsWith("classpath:")) {
      throw new ParameterException(
          mixee.commandLine(), "--dir " + dir + " is read-only here; give a file-system directory");
    }
    return Path.of(dir);
  }

  /**
   * The option's value as given.
   *
   * @return e.g. {@code file://migrations}
   */
  public String value() {
    return dir;
  }
}
