package dev.cairn.maven;

import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn cairn:hash}: (re)writes the migration directory's {@code atlas.sum}, byte-identical to
 * {@code atlas migrate hash} and {@code cairn migrate hash}. Run it after adding a migration file
 * by hand or editing one that was never applied anywhere.
 */
@Mojo(name = "hash", threadSafe = true)
public class HashMojo extends AbstractCairnMojo {

  /** Creates the goal (Maven instantiates it). */
  public HashMojo() {}

  @Override
  protected void run() {
    MigrationDirectory directory = MigrationDirectory.of(directory());
    AtlasSum sum = AtlasSum.write(directory);
    getLog()
        .info(
            "Wrote "
                + directory().resolve(MigrationDirectory.SUM_FILE)
                + " ("
                + directory.files().size()
                + " migration files, "
                + sum.entries().size()
                + " hashed)");
  }
}
