package dev.cairn.diff.internal.lint.rules;

import dev.cairn.diff.internal.lint.Analyzer;
import java.util.List;

/** The analyzers of one lint run (fresh instances: some keep per-file state). */
public final class Analyzers {
  private Analyzers() {}

  /**
   * Creates every analyzer.
   *
   * @return destructive, renames, data-dependent, locks and naming
   */
  public static List<Analyzer> all() {
    return List.of(
        new Destructive(), new Renames(), new DataDependent(), new Locks(), new Naming());
  }
}
