package dev.cairn.diff.lint;

import dev.cairn.diff.CleanDatabase;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.internal.lint.Findings;
import dev.cairn.diff.internal.lint.GitFiles;
import dev.cairn.diff.internal.lint.History;
import dev.cairn.diff.internal.lint.LintEngine;
import dev.cairn.diff.internal.lint.LintFile;
import dev.cairn.diff.internal.lint.rules.Analyzers;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectives;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import dev.cairn.runtime.TxMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lints migration files by replaying the directory on a clean dev database and judging every
 * statement of the selected files against the schema it actually runs on: a table created by the
 * changes being linted is new (empty, unused), so indexing it is fine; an existing table is assumed
 * populated and in use.
 *
 * <pre>{@code
 * LintReport report = Linter.builder()
 *     .directory(Path.of("src/main/resources/db/migrations"))
 *     .select(FileSelection.gitBase("origin/main"))
 *     .build()
 *     .lint();
 * System.out.print(LintFormat.TEXT.render(report, false));
 * }</pre>
 *
 * <p>The dev database is a clean database from {@link DevDatabases#embedded()} (embedded PostgreSQL
 * 17) unless another {@link DevDatabase} is given; it is dropped afterwards.
 */
public final class Linter {
  private final Path directory;
  private final FileSelection selection;
  private final LintConfig config;
  private final DevDatabase dev;
  private final String git;

  private Linter(Builder b) {
    this.directory = Objects.requireNonNull(b.directory, "directory");
    this.selection = b.selection;
    this.config = b.config;
    this.dev = b.dev;
    this.git = b.git;
  }

  /**
   * Starts a linter configuration.
   *
   * @return a builder; only {@link Builder#directory(Path)} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Lints the selected files.
   *
   * @return the report
   * @throws CairnException if the directory cannot be read, git fails, or no dev database is
   *     available
   */
  public LintReport lint() {
    MigrationDirectory dir = MigrationDirectory.of(directory);
    List<MigrationFile> migrationFiles = dir.requireFiles();
    List<LintFile> files = new ArrayList<>();
    for (MigrationFile f : migrationFiles) {
      files.add(toLintFile(f));
    }
    Findings findings = new Findings(config);
    Set<String> judged = new LinkedHashSet<>();
    boolean eachOnItsOwn = false;
    if (selection instanceof FileSelection.All) {
      files.forEach(f -> judged.add(f.name()));
      eachOnItsOwn = true;
    } else if (selection instanceof FileSelection.Latest latest) {
      files
          .subList(Math.max(0, files.size() - latest.count()), files.size())
          .forEach(f -> judged.add(f.name()));
    } else if (selection instanceof FileSelection.GitBase base) {
      Set<String> onBase = GitFiles.namesAt(git, directory, base.ref());
      files.stream().filter(f -> !onBase.contains(f.name())).forEach(f -> judged.add(f.name()));
      History.nonLinear(files, onBase, base.ref(), findings);
    }
    LintEngine.Result result;
    if (judged.isEmpty()) {
      result = new LintEngine.Result(List.of(), List.of(), null);
    } else {
      result = replay(files, judged, eachOnItsOwn, findings);
    }
    History.downMigrations(
        files.stream().filter(f -> result.linted().contains(f.name())).toList(),
        directory,
        config.downDirectory(),
        findings);
    return new LintReport(
        directory.toString(),
        result.linted(),
        findings.active(),
        findings.suppressed(),
        result.skipped());
  }

  private LintEngine.Result replay(
      List<LintFile> files, Set<String> judged, boolean eachOnItsOwn, Findings findings) {
    if (dev != null) {
      return replay(dev, files, judged, eachOnItsOwn, findings);
    }
    try (DevDatabase own = DevDatabases.embedded()) {
      return replay(own, files, judged, eachOnItsOwn, findings);
    }
  }

  private LintEngine.Result replay(
      DevDatabase server,
      List<LintFile> files,
      Set<String> judged,
      boolean eachOnItsOwn,
      Findings findings) {
    try (CleanDatabase db = server.acquire();
        Connection connection = db.connect()) {
      return new LintEngine(connection, Analyzers.all(), findings).run(files, judged, eachOnItsOwn);
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "the dev database failed while linting "
              + directory
              + " (SQLSTATE "
              + e.getSQLState()
              + "): "
              + e.getMessage()
              + "; check that the dev database ("
              + server.description()
              + ") is running and lets this user create databases",
          e);
    }
  }

  private static LintFile toLintFile(MigrationFile f) {
    MigrationDirectives d = f.directives();
    return new LintFile(
        f.name(),
        f.version(),
        f.statements(),
        d.txMode().orElse(TxMode.FILE) != TxMode.NONE,
        d.nolintAll(),
        d.nolint());
  }

  /** Options of a {@link Linter}. */
  public static final class Builder {
    private Path directory;
    private FileSelection selection = FileSelection.all();
    private LintConfig config = LintConfig.defaults();
    private DevDatabase dev;
    private String git = "git";

    private Builder() {}

    /**
     * The migration directory (required).
     *
     * @param directory a directory of {@code <version>_<name>.sql} files
     * @return this builder
     */
    public Builder directory(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Which files to judge; the default is {@link FileSelection#all()}.
     *
     * @param selection the selection
     * @return this builder
     */
    public Builder select(FileSelection selection) {
      this.selection = Objects.requireNonNull(selection, "selection");
      return this;
    }

    /**
     * Rules, severities and options; the default is {@link LintConfig#defaults()}.
     *
     * @param config the configuration
     * @return this builder
     */
    public Builder config(LintConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * Where to replay the directory; the default is {@link DevDatabases#embedded()}. Its major
     * version should match production's: whether a statement rewrites a table can depend on it. The
     * caller keeps ownership (and closes it).
     *
     * @param dev the dev database
     * @return this builder
     */
    public Builder devDatabase(DevDatabase dev) {
      this.dev = Objects.requireNonNull(dev, "dev");
      return this;
    }

    /**
     * The git executable used by {@link FileSelection#gitBase(String)}; the default is {@code git}
     * on the {@code PATH}.
     *
     * @param executable the executable
     * @return this builder
     */
    public Builder git(String executable) {
      this.git = Objects.requireNonNull(executable, "executable");
      return this;
    }

    /**
     * Creates the linter.
     *
     * @return the linter
     * @throws NullPointerException if no directory was given
     */
    public Linter build() {
      return new Linter(this);
    }
  }
}
