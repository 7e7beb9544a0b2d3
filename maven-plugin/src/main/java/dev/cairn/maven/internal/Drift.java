package dev.cairn.maven.internal;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffResult;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.LoadOptions;
import dev.cairn.diff.Plan;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.Planner;
import dev.cairn.diff.RenameHints;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.States;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares the schema the migration directory produces with the one the entities describe: both are
 * executed on a clean dev database and read back from the catalog, then diffed and planned.
 *
 * @param current the schema the migration directory produces
 * @param desired the schema the entities (and supplemental SQL) describe
 * @param diff the changes from current to desired
 * @param plan the statements that would bring the directory up to date (empty without changes)
 * @param hints the rename hints the diff used
 * @param planOptions the planning options used
 */
public record Drift(
    Database current,
    Database desired,
    DiffResult diff,
    Plan plan,
    RenameHints hints,
    PlanOptions planOptions) {

  /**
   * Whether the migration directory is behind the entities.
   *
   * @return true when there are changes
   */
  public boolean drifted() {
    return !diff.isEmpty();
  }

  /**
   * Computes the drift.
   *
   * @param directory the migration directory; a missing one counts as empty
   * @param desiredDdl the entities' DDL
   * @param dev the dev database
   * @param renames rename hints ({@code schema.old=new}, {@code schema.table.old=new})
   * @param schemas the schemas to compare; empty compares all
   * @param onlineSafe whether the plan uses the lock-friendly statement forms
   * @return the drift
   */
  public static Drift compute(
      Path directory,
      String desiredDdl,
      DevDatabase dev,
      List<String> renames,
      List<String> schemas,
      boolean onlineSafe) {
    RenameHints hints = RenameHints.none();
    for (String r : renames) {
      hints = hints.parse(r);
    }
    LoadOptions options =
        LoadOptions.defaults().withInspect(InspectOptions.defaults().withSchemas(schemas));
    SchemaSource replay;
    if (Files.isDirectory(directory)) {
      MigrationDirectory dir = MigrationDirectory.of(directory);
      // Edited files must be rehashed (and reviewed) before their schema means anything.
      AtlasSum.verify(dir);
      replay = SchemaSource.migrationDirectory(dir);
    } else {
      replay = SchemaSource.sql("empty migration directory", "");
    }
    States states =
        States.load(
            dev,
            () -> replay.load(dev, options),
            () -> SchemaSource.desiredDdl(desiredDdl).load(dev, options));
    Database current = states.current();
    Database desired = states.desired();
    DiffResult diff =
        SchemaDiffer.diff(current, desired, DiffOptions.defaults().withRenames(hints));
    PlanOptions planOptions = new PlanOptions(onlineSafe);
    Plan plan =
        diff.isEmpty()
            ? new Plan(List.of(), List.of(), List.of())
            : Planner.plan(diff.changes(), current, desired, planOptions);
    return new Drift(current, desired, diff, plan, hints, planOptions);
  }

  /**
   * The plan that undoes this drift's plan (desired back to current), for a down file.
   *
   * @return the reverse plan
   */
  public Plan reverse() {
    DiffResult back =
        SchemaDiffer.diff(desired, current, DiffOptions.defaults().withRenames(hints.reversed()));
    return Planner.plan(back.changes(), desired, current, planOptions.onlineSafe(false));
  }
}
