package dev.cairn.diff.drift;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.internal.drift.Comparison;
import dev.cairn.diff.internal.drift.LiveDatabase;
import dev.cairn.diff.internal.drift.Replayer;
import dev.cairn.diff.internal.drift.Schemas;
import dev.cairn.diff.internal.source.Normalizer;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.UnsupportedObject;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import dev.cairn.runtime.MigrationStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adopts a database that has a schema but no revisions (built by hand, by Hibernate's {@code
 * update}, by another tool): finds the newest version of the migration directory whose replayed
 * schema equals the database's and records it as the baseline, so that {@code migrate apply}
 * applies only the later files. When no version matches it reports the closest one and the exact
 * differences, and records nothing: a version is never stamped blindly.
 *
 * <p>The directory is replayed once, file after file, on one clean dev database, inspecting after
 * each file (one replay, not one per version). Before the baseline is written the database is
 * inspected again, so a schema changed during the search is not stamped either.
 *
 * <pre>{@code
 * AdoptResult result = Adopter.configure()
 *     .url("jdbc:postgresql://db/app", "app", password)
 *     .directory("migrations")
 *     .load()
 *     .adopt();
 * }</pre>
 */
public final class Adopter {
  private final Builder b;

  private Adopter(Builder b) {
    this.b = b;
  }

  /**
   * Starts a configuration.
   *
   * @return a new builder
   */
  public static Builder configure() {
    return new Builder();
  }

  /**
   * Searches for the matching version and, unless this is a dry run, records it as the baseline.
   *
   * @return what was found and done
   * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} when the database already
   *     has revisions, or when a file fails to replay or a database cannot be reached
   */
  public AdoptResult adopt() {
    LiveDatabase live = b.live();
    Cairn cairn = b.runtime(live);
    MigrationStatus status = cairn.status();
    if (!status.applied().isEmpty()) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          live.describe()
              + " already has revisions in "
              + status.revisionTable()
              + " (last version "
              + status.currentVersion()
              + "): it is managed already, adoption is only for databases without history."
              + " See what is applied with 'cairn migrate status', and whether the schema still"
              + " matches with 'cairn schema drift'.");
    }
    MigrationDirectory dir = b.openDirectory();
    List<MigrationFile> files = dir.requireFiles();
    InspectOptions inspect = b.inspection();
    Database actual = LiveDatabaseBuilder.inspectLive(live, inspect);
    if (Schemas.isEmpty(actual)) {
      return new AdoptResult(
          AdoptResult.Outcome.EMPTY_DATABASE,
          live.describe(),
          dir.location(),
          null,
          List.of(),
          null,
          List.of(),
          List.of(),
          List.of());
    }

    List<AdoptResult.VersionCheck> checked = new ArrayList<>();
    List<String> matching = new ArrayList<>();
    Database closest = null;
    String closestVersion = null;
    int closestCount = Integer.MAX_VALUE;
    Database closestLive = actual;
    DevDatabase dev = b.dev != null ? b.dev : DevDatabases.open(b.devUrl);
    try (Replayer r = Replayer.open(dev, "migration directory " + dir.location())) {
      // Files Cairn wrote from entities hold the catalog's printed form of expressions, which
      // PostgreSQL may store differently from the DDL that built the database (Hibernate's
      // "status in ('A','B')" checks): each version is also compared with the form the database
      // settles on when rebuilt from its own printed definitions.
      Database settled = Normalizer.rebuild(dev, actual, inspect, live.describe());
      for (MigrationFile f : files) {
        r.run(f);
        Database state = r.inspect(inspect);
        int count = SchemaDiffer.diff(state, actual, DiffOptions.defaults()).changes().size();
        Database against = actual;
        if (count > 0 && settled != actual) {
          int other = SchemaDiffer.diff(state, settled, DiffOptions.defaults()).changes().size();
          if (other < count) {
            count = other;
            against = settled;
          }
        }
        checked.add(new AdoptResult.VersionCheck(f.version(), f.name(), count));
        if (count == 0) {
          matching.add(f.version());
        }
        if (count <= closestCount) {
          closestCount = count;
          closestVersion = f.version();
          closest = state;
          closestLive = against;
        }
      }
    } finally {
      if (b.dev == null) {
        dev.close();
      }
    }

    List<String> warnings = new ArrayList<>();
    for (UnsupportedObject u : actual.unsupported()) {
      warnings.add(
          u.kind()
              + " "
              + u.identity()
              + " is not modelled by Cairn and was not compared: "
              + u.reason());
    }
    String chosen = null;
    if (b.version != null) {
      if (matching.contains(b.version)) {
        chosen = b.version;
      } else if (dir.file(b.version).isEmpty()) {
        throw new CairnException(
            ErrorCode.UNKNOWN_VERSION,
            "Version "
                + b.version
                + " is not a migration file of "
                + dir.location()
                + "; give the version part of an existing file name.");
      }
    } else if (!matching.isEmpty()) {
      chosen = matching.get(matching.size() - 1);
    }

    if (chosen == null) {
      Database target = closest;
      String targetVersion = closestVersion;
      if (b.version != null) {
        targetVersion = b.version;
        target = replayUpTo(files, b.version, dir, inspect);
      }
      Comparison cmp =
          Comparison.of(target, b.version != null ? actual : closestLive, b.planOrDefault());
      // The comparison's warnings already name the objects Cairn does not model.
      warnings.clear();
      warnings.addAll(cmp.warnings());
      if (b.version != null && !matching.isEmpty()) {
        warnings.add(
            "Version "
                + b.version
                + " does not match, but "
                + String.join(", ", matching)
                + (matching.size() == 1 ? " does." : " do."));
      }
      return new AdoptResult(
          AdoptResult.Outcome.NO_MATCH,
          live.describe(),
          dir.location(),
          null,
          matching,
          targetVersion,
          cmp.differences(),
          checked,
          warnings);
    }

    if (b.dryRun) {
      return new AdoptResult(
          AdoptResult.Outcome.MATCHED,
          live.describe(),
          dir.location(),
          chosen,
          matching,
          null,
          List.of(),
          checked,
          warnings);
    }
    // The search took a while: stamp only if the schema is still the one that matched.
    Database now = LiveDatabaseBuilder.inspectLive(live, inspect);
    if (!SchemaDiffer.diff(actual, now, DiffOptions.defaults()).isEmpty()) {
      throw new CairnException(
          ErrorCode.HISTORY_CHANGED,
          "The schema of "
              + live.describe()
              + " changed while Cairn compared it with the migrations; nothing was recorded. Run"
              + " adopt again when no one is changing the schema.");
    }
    cairn.baseline(chosen);
    return new AdoptResult(
        AdoptResult.Outcome.ADOPTED,
        live.describe(),
        dir.location(),
        chosen,
        matching,
        null,
        List.of(),
        checked,
        warnings);
  }

  private Database replayUpTo(
      List<MigrationFile> files, String version, MigrationDirectory dir, InspectOptions inspect) {
    return b.onDev(
        dev -> {
          try (Replayer r = Replayer.open(dev, "migration directory " + dir.location())) {
            for (MigrationFile f : files) {
              if (f.version().compareTo(version) > 0) {
                break;
              }
              r.run(f);
            }
            return r.inspect(inspect);
          }
        });
  }

  /** Configures an {@link Adopter}. Not thread-safe. */
  public static final class Builder extends MigrationStateBuilder<Builder> {
    private Duration lockTimeout;
    private String version;
    private boolean dryRun;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Adopts at this version only, and only if its replayed schema equals the database's (default:
     * the newest matching version).
     *
     * @param expectedVersion the version, or null for the newest match
     * @return this builder
     */
    public Builder version(String expectedVersion) {
      this.version = expectedVersion;
      return this;
    }

    /**
     * Reports the match without recording anything.
     *
     * @param dry true for a dry run
     * @return this builder
     */
    public Builder dryRun(boolean dry) {
      this.dryRun = dry;
      return this;
    }

    /**
     * How long to wait for the migration lock when recording the baseline (default 10 minutes).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder lockTimeout(Duration timeout) {
      this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Checks the configuration.
     *
     * @return the adopter
     * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} when the database or the
     *     directory is missing
     */
    public Adopter load() {
      requireComplete();
      return new Adopter(this);
    }

    Cairn runtime(LiveDatabase live) {
      Cairn.Builder c = runtimeBuilder(live);
      if (lockTimeout != null) {
        c.lockTimeout(lockTimeout);
      }
      return c.load();
    }
  }
}
