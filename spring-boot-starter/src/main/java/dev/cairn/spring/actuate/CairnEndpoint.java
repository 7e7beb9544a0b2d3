package dev.cairn.spring.actuate;

import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.MigrationStatus;
import dev.cairn.runtime.PendingMigration;
import dev.cairn.runtime.Revision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/cairn}: for each {@link Cairn} bean, every migration version the database and
 * the directory know, with its state, when it was applied, how long it took and its error. Reads
 * the revision table on every call (nothing is cached); changes nothing.
 */
@Endpoint(id = "cairn")
public class CairnEndpoint {
  private final ListableBeanFactory beans;

  /**
   * Creates the endpoint.
   *
   * @param beans where to find the {@link Cairn} beans
   */
  public CairnEndpoint(ListableBeanFactory beans) {
    this.beans = Objects.requireNonNull(beans, "beans");
  }

  /**
   * Reports every {@link Cairn} bean's migrations.
   *
   * @return the report, keyed by bean name
   */
  @ReadOperation
  public CairnReport migrations() {
    Map<String, MigrationsDescriptor> result = new TreeMap<>();
    beans.getBeansOfType(Cairn.class).forEach((name, cairn) -> result.put(name, describe(cairn)));
    return new CairnReport(result);
  }

  /**
   * Describes one runtime's migrations.
   *
   * @param cairn the runtime
   * @return the state of every version
   */
  public static MigrationsDescriptor describe(Cairn cairn) {
    return describe(cairn.status());
  }

  /**
   * Describes a status: applied revisions first (in version order), then pending files.
   *
   * @param status the status
   * @return the state of every version
   */
  public static MigrationsDescriptor describe(MigrationStatus status) {
    Map<String, VersionDescriptor> versions = new LinkedHashMap<>();
    for (Revision r : status.applied()) {
      versions.put(
          r.version(),
          new VersionDescriptor(
              r.version(),
              r.description(),
              state(r),
              r.executedAt(),
              r.executionTime().toMillis(),
              r.error() == null || r.error().isEmpty() ? null : r.error()));
    }
    Revision failed = status.failed();
    if (failed != null && !versions.containsKey(failed.version())) {
      versions.put(
          failed.version(),
          new VersionDescriptor(
              failed.version(),
              failed.description(),
              state(failed),
              failed.executedAt(),
              failed.executionTime().toMillis(),
              failed.error()));
    }
    for (PendingMigration p : status.pending()) {
      versions.putIfAbsent(
          p.version(),
          new VersionDescriptor(p.version(), p.description(), State.PENDING, null, null, null));
    }
    return new MigrationsDescriptor(
        status.state().name(),
        status.currentVersion(),
        status.revisionTable(),
        new ArrayList<>(versions.values()),
        status.outOfOrderSkipped());
  }

  private static State state(Revision r) {
    if (r.skippedEnvironment().isPresent()) {
      return State.SKIPPED;
    }
    if (r.isBaseline()) {
      return State.BASELINE;
    }
    if (r.isPartial()) {
      return r.errorMessage().isPresent() ? State.FAILED : State.PARTIAL;
    }
    return State.APPLIED;
  }

  /** The state of one version. */
  public enum State {
    /** Every statement ran (or an operator marked the version applied). */
    APPLIED,
    /** The database started at this version; earlier files count as applied. */
    BASELINE,
    /** Recorded without running because its {@code cairn:skip-on} named the environment. */
    SKIPPED,
    /** Some statements ran, then the run was interrupted without an error being recorded. */
    PARTIAL,
    /** Some statements ran, then one failed; the next migration resumes it once it is fixed. */
    FAILED,
    /** In the directory, not yet applied. */
    PENDING
  }

  /**
   * The endpoint's response.
   *
   * @param cairnBeans each {@link Cairn} bean's migrations, by bean name
   */
  public record CairnReport(Map<String, MigrationsDescriptor> cairnBeans)
      implements OperationResponseBody {
    /** Copies the map. */
    public CairnReport {
      cairnBeans = Map.copyOf(cairnBeans);
    }
  }

  /**
   * One runtime's migrations.
   *
   * @param state {@code UP_TO_DATE}, {@code PENDING} or {@code FAILED}
   * @param currentVersion the last applied version, or null
   * @param revisionTable the schema-qualified revision table
   * @param migrations every version, applied ones first
   * @param outOfOrderSkipped files left unapplied by {@code cairn.exec-order=linear-skip}
   */
  public record MigrationsDescriptor(
      String state,
      String currentVersion,
      String revisionTable,
      List<VersionDescriptor> migrations,
      List<String> outOfOrderSkipped) {
    /** Copies the lists. */
    public MigrationsDescriptor {
      migrations = List.copyOf(migrations);
      outOfOrderSkipped = List.copyOf(outOfOrderSkipped);
    }
  }

  /**
   * One version.
   *
   * @param version the version
   * @param description the description from the file name
   * @param state its state
   * @param appliedAt when it started executing (or was recorded), null when pending
   * @param executionTimeMillis how long it ran, null when pending
   * @param error the error of the last failed attempt, or null
   */
  public record VersionDescriptor(
      String version,
      String description,
      State state,
      Instant appliedAt,
      Long executionTimeMillis,
      String error) {}
}
