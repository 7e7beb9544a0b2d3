package dev.cairn.cli;

import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.SetResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cairn migrate set}: an operator's edit of the revision history, under the migration lock;
 * executes no migration statement.
 */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    description =
        "Edit the revision history without running migrations (under the migration lock)."
            + " 'set VERSION' works like 'atlas migrate set': files up to VERSION count as applied"
            + " (a failed one as resolved) and later revisions are removed. --applied and"
            + " --unapplied mark single versions.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate set 20240102000000 --url jdbc:postgresql://localhost/app",
      "  cairn migrate set --applied 20240103000000 --url jdbc:postgresql://localhost/app",
      "  cairn migrate set --unapplied 20240103000000 --url jdbc:postgresql://localhost/app"
    })
public final class MigrateSetCommand implements Callable<Integer> {
  @Mixin DirOption dir;

  @Mixin DatabaseOptions db;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "VERSION", description = "The version to set to.")
  String version;

  @Option(
      names = "--applied",
      split = ",",
      paramLabel = "VERSION",
      description = "Mark these versions applied (a failed one: resolved).")
  List<String> applied;

  @Option(
      names = "--unapplied",
      split = ",",
      paramLabel = "VERSION",
      description = "Remove the revisions of these versions (they become pending again).")
  List<String> unapplied;

  @Override
  public Integer call() {
    int given = (version != null ? 1 : 0) + (applied != null ? 1 : 0) + (unapplied != null ? 1 : 0);
    if (given != 1) {
      throw new ParameterException(
          spec.commandLine(), "Give exactly one of VERSION, --applied or --unapplied");
    }
    Cairn cairn = db.configure(dir).load();
    SetResult r;
    if (version != null) {
      r = cairn.set(version);
    } else if (applied != null) {
      r = cairn.markApplied(applied.toArray(String[]::new));
    } else {
      r = cairn.markUnapplied(unapplied.toArray(String[]::new));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (String v : r.markedApplied()) {
      out.println("marked applied  " + v);
    }
    for (String v : r.resolved()) {
      out.println("resolved        " + v);
    }
    for (String v : r.removed()) {
      out.println("removed         " + v);
    }
    if (r.markedApplied().isEmpty() && r.resolved().isEmpty() && r.removed().isEmpty()) {
      out.println("No change.");
    }
    out.println(
        "Current version: " + (r.currentVersion() == null ? "none" : r.currentVersion()) + ".");
    return ExitCode.OK.code();
  }
}
