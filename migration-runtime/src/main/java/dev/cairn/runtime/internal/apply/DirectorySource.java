package dev.cairn.runtime.internal.apply;

import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import dev.cairn.runtime.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * The applier's view of a {@link MigrationDirectory}: loads the directory, verifies it against
 * {@code atlas.sum} and hands out {@link Script}s whose directives and statements are only worked
 * out when a file is about to run (a startup check of an up-to-date database hashes every file but
 * parses none).
 */
public final class DirectorySource implements ScriptSource {
  private final String location;
  private final ClassLoader loader;

  private DirectorySource(String location, ClassLoader loader) {
    this.location = location;
    this.loader = loader;
  }

  /**
   * A source for a location: a path, a {@code file://} URL or {@code classpath:…}.
   *
   * @param location the location
   * @param loader the class loader for {@code classpath:} locations
   * @return the source
   */
  public static ScriptSource open(String location, ClassLoader loader) {
    return new DirectorySource(location, loader);
  }

  @Override
  public List<Script> load() {
    MigrationDirectory dir =
        location.startsWith("classpath:")
            ? MigrationDirectory.classpath(
                location.substring("classpath:".length()),
                loader != null ? loader : DirectorySource.class.getClassLoader())
            : MigrationDirectory.open(location);
    List<MigrationFile> files = dir.requireFiles();
    AtlasSum sum = AtlasSum.verify(dir);
    List<Script> out = new ArrayList<>(files.size());
    for (MigrationFile f : files) {
      out.add(
          new Script(
              f.name(),
              f.version(),
              f.description(),
              sum.hashOf(f.name()).orElse(""),
              () -> f.directives().txMode().orElse(null),
              () -> f.directives().skipOn(),
              () -> statements(f)));
    }
    return out;
  }

  @Override
  public String describe() {
    return location;
  }

  /**
   * The file's statements. Partial hashes are computed over {@link SqlStatement#atlasText()}, the
   * text Atlas hashes, so either tool can resume a file the other one partly applied.
   */
  static List<Script.Stmt> statements(MigrationFile f) {
    List<SqlStatement> stmts = f.statements();
    List<Script.Stmt> out = new ArrayList<>(stmts.size());
    for (SqlStatement s : stmts) {
      out.add(new Script.Stmt(s.text(), s.line(), s.atlasText()));
    }
    return out;
  }
}
