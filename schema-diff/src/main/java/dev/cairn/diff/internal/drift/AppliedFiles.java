package dev.cairn.diff.internal.drift;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationFile;
import dev.cairn.runtime.Revision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files of a directory a revision history says were applied, and how far: the files the
 * database's schema should reflect.
 *
 * <ul>
 *   <li>a baseline revision covers every file up to and including its version (the database started
 *       there);
 *   <li>an executed or operator-resolved revision covers its file;
 *   <li>a partially applied revision covers its first {@code applied} statements;
 *   <li>a revision recording a {@code cairn:skip-on} skip covers nothing (the file never ran).
 * </ul>
 */
public final class AppliedFiles {
  private AppliedFiles() {}

  /**
   * One file to replay.
   *
   * @param file the file
   * @param statements how many of its statements ran
   * @param partial whether that is fewer than all
   */
  public record Applied(MigrationFile file, int statements, boolean partial) {
    /**
     * The version.
     *
     * @return the file's version
     */
    public String version() {
      return file.version();
    }
  }

  /**
   * Works out the applied files.
   *
   * @param files the directory's files, in order
   * @param revisions the revision table's rows
   * @return the files to replay, in directory order
   * @throws CairnException when a revision names a version the directory does not have
   */
  public static List<Applied> of(List<MigrationFile> files, List<Revision> revisions) {
    Map<String, Revision> byVersion = new HashMap<>();
    String baseline = null;
    for (Revision r : revisions) {
      byVersion.put(r.version(), r);
      if (r.isBaseline() && (baseline == null || r.version().compareTo(baseline) > 0)) {
        baseline = r.version();
      }
    }
    Map<String, MigrationFile> fileByVersion = new HashMap<>();
    for (MigrationFile f : files) {
      fileByVersion.put(f.version(), f);
    }
    for (Revision r : revisions) {
      if (!fileByVersion.containsKey(r.version())) {
        throw new CairnException(
            ErrorCode.HISTORY_CHANGED,
            "The revision table records version "
                + r.version()
                + ", but the migration directory has no such file. The directory is not the one"
                + " this database was migrated with (or a file was deleted); check out the"
                + " matching revision of the directory.");
      }
    }
    List<Applied> out = new ArrayList<>();
    for (MigrationFile f : files) {
      Revision r = byVersion.get(f.version());
      boolean coveredByBaseline = baseline != null && f.version().compareTo(baseline) <= 0;
      if (r != null && !r.isBaseline()) {
        if (r.skippedEnvironment().isPresent()) {
          continue;
        }
        if (r.isPartial()) {
          out.add(new Applied(f, r.applied(), true));
          continue;
        }
        out.add(new Applied(f, f.statements().size(), false));
      } else if (coveredByBaseline) {
        out.add(new Applied(f, f.statements().size(), false));
      }
    }
    return out;
  }
}
