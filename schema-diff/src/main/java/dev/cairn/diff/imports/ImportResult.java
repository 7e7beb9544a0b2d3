package dev.cairn.diff.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@link MigrationImporter#convert}: the Atlas-compatible directory written, the
 * mapping from the original migrations, and notes on everything converted differently or left out.
 *
 * @param format the tool converted from
 * @param source the tool's directory or changelog
 * @param directory the directory written
 * @param migrations the imported migrations, in order
 * @param versionMapping how the new versions relate to the original ones
 * @param notes what changed on the way, what was left out, and what to decide by hand
 * @param unchanged true when the directory already held exactly these files (nothing was written)
 */
public record ImportResult(
    ImportFormat format,
    Path source,
    Path directory,
    List<ImportedMigration> migrations,
    String versionMapping,
    List<String> notes,
    boolean unchanged) {

  /** Copies the lists. */
  public ImportResult {
    migrations = List.copyOf(migrations);
    notes = List.copyOf(notes);
  }

  /**
   * A human-readable report, as the CLI prints it.
   *
   * @return several lines of text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(unchanged ? "Already imported: " : "Imported ")
        .append(migrations.size())
        .append(migrations.size() == 1 ? " migration" : " migrations")
        .append(" from ")
        .append(format.displayName())
        .append(' ')
        .append(source)
        .append(unchanged ? " are in " : " into ")
        .append(directory)
        .append(" (with atlas.sum):\n");
    int width = 0;
    for (ImportedMigration m : migrations) {
      width = Math.max(width, m.origin().length());
    }
    for (ImportedMigration m : migrations) {
      sb.append("  ")
          .append(m.origin())
          .append(" ".repeat(width - m.origin().length()))
          .append("  ->  ")
          .append(m.file());
      if (!m.transactional()) {
        sb.append("  (atlas:txmode none)");
      }
      if (m.downFile() != null) {
        sb.append("  + ").append(m.downFile());
      }
      sb.append('\n');
    }
    if (!versionMapping.isEmpty()) {
      sb.append(versionMapping).append('\n');
    }
    for (String n : notes) {
      sb.append("note: ").append(n).append('\n');
    }
    return sb.toString();
  }
}
