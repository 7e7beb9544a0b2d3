package dev.cairn.diff.lint;

import java.util.Objects;

/**
 * Which files of a migration directory the linter judges. Files before the selection are replayed
 * on the dev database without being judged.
 */
public sealed interface FileSelection
    permits FileSelection.All, FileSelection.Latest, FileSelection.GitBase {

  /**
   * Every file, each judged against the schema the files before it produce (as each was deployed on
   * its own).
   *
   * @return the selection
   */
  static FileSelection all() {
    return new All();
  }

  /**
   * The last {@code count} files, judged together as one deploy: objects any of them creates are
   * new (empty, unused by the running application).
   *
   * @param count how many files, at least 1
   * @return the selection
   */
  static FileSelection latest(int count) {
    return new Latest(count);
  }

  /**
   * The files that do not exist on a git ref (typically the base branch of a pull request), judged
   * together as one deploy. Also enables the non-linear history check (CH101).
   *
   * @param ref a branch, tag or commit, e.g. {@code origin/main}
   * @return the selection
   */
  static FileSelection gitBase(String ref) {
    return new GitBase(ref);
  }

  /** Every file, each judged on its own. */
  record All() implements FileSelection {}

  /**
   * The last {@code count} files.
   *
   * @param count how many, at least 1
   */
  record Latest(int count) implements FileSelection {
    /** Validates the count. */
    public Latest {
      if (count < 1) {
        throw new IllegalArgumentException("--latest needs a count of at least 1, got " + count);
      }
    }
  }

  /**
   * The files missing on a git ref.
   *
   * @param ref the ref
   */
  record GitBase(String ref) implements FileSelection {
    /** Validates the ref. */
    public GitBase {
      Objects.requireNonNull(ref, "ref");
      if (ref.isBlank() || ref.startsWith("-")) {
        throw new IllegalArgumentException("invalid git ref '" + ref + "'");
      }
    }
  }
}
