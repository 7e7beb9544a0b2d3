package dev.cairn.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The directives of one migration file, read from its leading comment block (and, for {@code
 * atlas:nolint}, from comments directly above statements).
 *
 * <ul>
 *   <li>{@code -- atlas:txmode none|file} — {@link #txMode()}
 *   <li>{@code -- atlas:nolint [check …]} — {@link #nolintAll()}, {@link #nolint()} (file-level
 *       only; statement-level ones stay in {@link dev.cairn.runtime.sql.SqlStatement#comments()})
 *   <li>{@code -- atlas:delimiter <d>} (first line) — {@link #delimiter()}
 *   <li>{@code -- atlas:sum ignore} (first line) — {@link #sumIgnore()}
 *   <li>{@code -- cairn:skip-on env1,env2} — {@link #skipOn()}
 * </ul>
 *
 * @param txMode the file's transaction mode, if the file sets one ({@link TxMode#FILE} or {@link
 *     TxMode#NONE})
 * @param nolintAll whether a file-level {@code atlas:nolint} without arguments silences every check
 * @param nolint the checks (codes or analyzer names) a file-level {@code atlas:nolint} silences
 * @param delimiter the custom statement delimiter, unescaped ({@code \n}, {@code \r}, {@code \t})
 * @param sumIgnore whether the file contributes only its name to {@code atlas.sum}
 * @param skipOn environment names (lower case) in which the file is recorded as skipped instead of
 *     run
 */
public record MigrationDirectives(
    Optional<TxMode> txMode,
    boolean nolintAll,
    List<String> nolint,
    Optional<String> delimiter,
    boolean sumIgnore,
    Set<String> skipOn) {

  /** A file without directives. */
  public static final MigrationDirectives NONE =
      new MigrationDirectives(
          Optional.empty(), false, List.of(), Optional.empty(), false, Set.of());

  /**
   * Creates directives.
   *
   * @param txMode the file's transaction mode, if set
   * @param nolintAll whether every check is silenced
   * @param nolint the silenced checks
   * @param delimiter the custom delimiter, if set
   * @param sumIgnore whether the file's content is left out of {@code atlas.sum}
   * @param skipOn environments in which the file is skipped
   */
  public MigrationDirectives {
    Objects.requireNonNull(txMode, "txMode");
    Objects.requireNonNull(delimiter, "delimiter");
    nolint = List.copyOf(nolint);
    skipOn = Set.copyOf(skipOn);
  }

  /**
   * Whether the file is skipped in the given environment ({@code cairn:skip-on}). Names compare
   * case-insensitively.
   *
   * @param environment the running environment's name, e.g. {@code "production"}
   * @return true if the file names that environment
   */
  public boolean skippedIn(String environment) {
    return environment != null && skipOn.contains(environment.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a file-level {@code atlas:nolint} silences the given check.
   *
   * @param check a check code or analyzer name, e.g. {@code "DS103"}
   * @return true if silenced for the whole file
   */
  public boolean silences(String check) {
    return nolintAll || nolint.stream().anyMatch(c -> c.equalsIgnoreCase(check));
  }
}
