package dev.cairn.cli;

import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cairn migrate hash}: (re)writes {@code atlas.sum}, byte-identical to Atlas. */
@Command(
    name = "hash",
    mixinStandardHelpOptions = true,
    description =
        "Compute the directory's integrity file atlas.sum (byte-identical to 'atlas migrate "
            + "hash'). Run it after adding or (before it was applied anywhere) editing a migration "
            + "file.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate hash --dir file://migrations",
      "  cairn migrate hash --dir src/main/resources/db/migrations"
    })
public final class MigrateHashCommand implements Callable<Integer> {
  @Mixin DirOption dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    MigrationDirectory directory = dir.load();
    // Refuse a directory without a file-system path before computing anything.
    dir.path();
    AtlasSum sum = AtlasSum.write(directory);
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + directory.path().orElseThrow().resolve(MigrationDirectory.SUM_FILE)
                + " ("
                + directory.files().size()
                + " migration files, "
                + sum.entries().size()
                + " hashed)");
    return ExitCode.OK.code();
  }
}
