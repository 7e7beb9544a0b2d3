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
   * The file's statements. The partial-hash text is the statement with its terminating semicolon,
   * exactly as it stands in the file, because that is the text Atlas hashes.
   */
  static List<Script.Stmt> statements(MigrationFile f) {
    List<SqlStatement> stmts = f.statements();
    boolean customDelimiter = f.directives().delimiter().isPresent();
    String content = f.content();
    List<Script.Stmt> out = new ArrayList<>(stmts.size());
    for (SqlStatement s : stmts) {
      String hashText = s.text();
      if (!customDelimiter) {
        int j = s.endOffset();
        while (j < content.length() && Character.isWhitespace(content.charAt(j))) {
          j++;
        }
        if (j < content.length() && content.charAt(j) == ';') {
          hashText = content.substring(s.startOffset(), j + 1);
        }
      }
      out.add(new Script.Stmt(s.text(), s.line(), hashText));
    }
    return out;
  }
}
