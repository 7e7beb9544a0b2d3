package dev.cairn.maven;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DiffWarning;
import dev.cairn.diff.MigrationWriter;
import dev.cairn.maven.internal.Drift;
import dev.cairn.maven.internal.EntityLoader;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile cairn:diff -Dcairn.name=add_phone}: writes the next migration, like {@code
 * cairn migrate diff}. Replays the migration directory and the project's entities (plus
 * supplemental SQL) on a dev database, diffs the two schemas and writes the statements that turn
 * the first into the second as {@code <UTC yyyyMMddHHmmss>_<name>.sql}, then updates {@code
 * atlas.sum}. Writes nothing when the migrations already match the entities. Reads the compiled
 * classes, so run it after {@code compile}.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DiffMojo extends AbstractEntityMojo {
  /** What the migration does, e.g. {@code add_phone} (letters, digits, {@code _ . -}). */
  @Parameter(property = "cairn.name", required = true)
  String name;

  /**
   * Also writes the reverse migration to {@code down/<version>_<name>.sql} (not applied by Atlas or
   * Cairn; for review and emergencies).
   */
  @Parameter(property = "cairn.down", defaultValue = "false")
  boolean down;

  /** Creates the goal (Maven instantiates it). */
  public DiffMojo() {}

  @Override
  protected void run() {
    EntityLoader.Result entities = loadEntities();
    Drift drift;
    try (DevDatabase dev = openDevDatabase()) {
      drift =
          Drift.compute(
              directory(), entities.ddl(), dev, renameHints(), schemaFilter(), onlineSafe);
    }
    for (DiffWarning w : drift.diff().warnings()) {
      getLog().warn(w.toString());
    }
    if (!drift.drifted()) {
      getLog()
          .info(
              "No changes: "
                  + directory()
                  + " already produces the schema the entities describe. Nothing written.");
      return;
    }
    MigrationWriter.WrittenMigration written =
        MigrationWriter.write(
            directory(), name, drift.plan(), down ? drift.reverse() : null, Clock.systemUTC());
    info(written.summary());
  }
}
