package dev.cairn.cli;

import dev.cairn.runtime.ExecOrder;
import dev.cairn.runtime.MigrationStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn migrate status}: the database's version, pending files and a failed file with its
 * error. Reads only.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Show the database's migration state: current version, applied and pending files, and a"
            + " partially applied file with its error. Reads only; takes no lock.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate status --dir file://migrations --url jdbc:postgresql://localhost/app"
    })
public final class MigrateStatusCommand implements Callable<Integer> {
  @Mixin DirOption dir;

  @Mixin DatabaseOptions db;

  @Spec CommandSpec spec;

  @Option(
      names = "--exec-order",
      paramLabel = "ORDER",
      description = "As for apply: linear (default), linear-skip or non-linear.")
  String execOrder;

  @Option(
      names = "--environment",
      paramLabel = "NAME",
      description = "Running environment, to show which pending files cairn:skip-on skips.")
  String environment;

  @Override
  public Integer call() {
    var b = db.configure(dir).environment(environment);
    if (execOrder != null) {
      b.execOrder(ExecOrder.parse(execOrder));
    }
    MigrationStatus status = b.load().status();
    spec.commandLine().getOut().print(status.describe());
    return ExitCode.OK.code();
  }
}
