package dev.cairn.diff.internal.lint;

import dev.cairn.diff.lint.LintGroup;
import dev.cairn.diff.lint.LintRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** CH rules: the order of new files against the base branch, and down migrations. */
public final class History {
  private History() {}

  /**
   * CH101: new files that sort before a file already on the base branch.
   *
   * @param files every file, in order
   * @param onBase names of the files that exist on the base ref
   * @param ref the base ref, for the message
   * @param findings where to report
   */
  public static void nonLinear(
      List<LintFile> files, Set<String> onBase, String ref, Findings findings) {
    String lastOnBase =
        files.stream()
            .map(LintFile::name)
            .filter(onBase::contains)
            .reduce((a, b) -> b)
            .orElse(null);
    if (lastOnBase == null) {
      return;
    }
    for (LintFile f : files) {
      if (onBase.contains(f.name())) {
        continue;
      }
      if (f.name().compareTo(lastOnBase) < 0) {
        List<String> later =
            files.stream()
                .map(LintFile::name)
                .filter(n -> onBase.contains(n) && n.compareTo(f.name()) > 0)
                .toList();
        findings.reportFile(
            LintRule.CH101,
            f,
            "New file "
                + f.name()
                + " sorts before "
                + (later.size() == 1 ? later.get(0) : later.size() + " files")
                + " already on "
                + ref
                + (later.size() == 1 ? "" : " (" + String.join(", ", later) + ")")
                + ": databases that already ran those would see it as out of order.",
            "-- give the file a version after "
                + lastOnBase.substring(
                    0, lastOnBase.indexOf('_') > 0 ? lastOnBase.indexOf('_') : lastOnBase.length())
                + " (e.g. the current UTC time, yyyyMMddHHmmss), then: cairn migrate hash");
      }
    }
  }

  /**
   * CH102: judged files with a destructive change and no down migration.
   *
   * @param files the judged files
   * @param directory the migration directory
   * @param downDirectory where down files live, relative to it
   * @param findings where to report (and where DS detections are read from)
   */
  public static void downMigrations(
      List<LintFile> files, Path directory, String downDirectory, Findings findings) {
    if (!findings.enabled(LintRule.CH102)) {
      return;
    }
    for (LintFile f : files) {
      Set<LintRule> destructive =
          findings.detected(f.name()).stream()
              .filter(r -> r.group() == LintGroup.DESTRUCTIVE)
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      if (destructive.isEmpty()) {
        continue;
      }
      Path down = directory.resolve(downDirectory).resolve(f.name());
      if (Files.isRegularFile(down)) {
        continue;
      }
      findings.reportFile(
          LintRule.CH102,
          f,
          "The file makes destructive changes ("
              + destructive.stream().map(LintRule::code).collect(Collectors.joining(", "))
              + ") but has no down migration "
              + directory.relativize(down).toString().replace('\\', '/')
              + " to reverse them.",
          "-- write " + downDirectory + "/" + f.name() + " with the statements that undo it");
    }
  }
}
