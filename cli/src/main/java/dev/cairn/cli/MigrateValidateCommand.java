package dev.cairn.cli;

import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cairn migrate validate}: checks everything that can be checked without a database — file
 * names, {@code atlas.sum}, directives and statement splitting of every file — and reports every
 * problem with its file and line.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check a migration directory without a database: file names and versions, atlas.sum, "
            + "directives (atlas:txmode, atlas:nolint, atlas:delimiter, atlas:sum, cairn:skip-on) "
            + "and the splitting of every file into statements. Exits 1 and names file:line on "
            + "problems.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate validate --dir file://migrations",
      "  cairn migrate validate --dir src/main/resources/db/migrations && echo ok"
    })
public final class MigrateValidateCommand implements Callable<Integer> {
  @Mixin DirOption dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MigrationDirectory directory = dir.load();
    List<String> problems = new ArrayList<>();
    if (directory.files().isEmpty()) {
      try {
        directory.requireFiles();
      } catch (CairnException e) {
        problems.add(e.getMessage());
      }
    }
    try {
      AtlasSum.verify(directory);
    } catch (CairnException e) {
      problems.add(e.getMessage());
    }
    for (CairnException e : directory.problems()) {
      problems.add(e.getMessage());
    }
    if (!directory.ignoredFiles().isEmpty()) {
      out.println("note: ignored (not migrations): " + String.join(", ", directory.ignoredFiles()));
    }
    if (!problems.isEmpty()) {
      for (String p : problems) {
        err.println("error: " + p);
      }
      err.println(
          problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + " in "
              + directory.location());
      return ExitCode.CHECK_FAILED.code();
    }
    int statements = 0;
    for (MigrationFile f : directory.files()) {
      statements += f.statements().size();
    }
    out.println(
        directory.location()
            + " is valid: "
            + directory.files().size()
            + " migration files, "
            + statements
            + " statements, atlas.sum matches");
    return ExitCode.OK.code();
  }
}
