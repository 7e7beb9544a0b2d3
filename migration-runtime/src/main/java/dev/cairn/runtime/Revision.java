package dev.cairn.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the revision table, with the columns and meaning of Atlas's {@code
 * atlas_schema_revisions}.
 *
 * <p>{@code type} is Atlas's bit set: {@link #TYPE_BASELINE} (1), {@link #TYPE_EXECUTE} (2) and
 * {@link #TYPE_RESOLVED} (4, "manually set"); a file that failed and was then resolved by an
 * operator carries {@code TYPE_EXECUTE | TYPE_RESOLVED}. A file skipped by a {@code cairn:skip-on}
 * directive is recorded as {@code TYPE_RESOLVED} with no statements and an {@code operator_version}
 * ending in {@code skip-on:<environment>} (see {@link #skippedEnvironment()}), which Atlas reads as
 * a version marked applied by {@code atlas migrate set}.
 *
 * @param version the file version (primary key)
 * @param description the file description (the part of the name after the version)
 * @param type Atlas's revision type bits
 * @param applied how many statements were applied
 * @param total how many statements the file has
 * @param executedAt when the file started executing (or was marked)
 * @param executionTime how long it ran
 * @param error the error of the last failed attempt, or null
 * @param errorStatement the statement that failed, or null
 * @param hash the file's hash in {@code atlas.sum} at the time it was applied
 * @param partialHashes running hashes of the applied statements ({@code h1:} + base64 SHA-256)
 * @param operatorVersion the tool that wrote the row, e.g. {@code Atlas CLI v0.30.0} or {@code
 *     Cairn v0.1.0}
 */
public record Revision(
    String version,
    String description,
    int type,
    int applied,
    int total,
    Instant executedAt,
    Duration executionTime,
    String error,
    String errorStatement,
    String hash,
    List<String> partialHashes,
    String operatorVersion) {

  /** Atlas's {@code RevisionTypeBaseline}: the database started at this version. */
  public static final int TYPE_BASELINE = 1;

  /** Atlas's {@code RevisionTypeExecute}: the file was executed. */
  public static final int TYPE_EXECUTE = 2;

  /** Atlas's {@code RevisionTypeResolved}: an operator marked the file applied (or fixed it). */
  public static final int TYPE_RESOLVED = 4;

  /** Normalises nulls: no partial hashes is an empty list, empty strings stay as given. */
  public Revision {
    Objects.requireNonNull(version, "version");
    description = description == null ? "" : description;
    hash = hash == null ? "" : hash;
    operatorVersion = operatorVersion == null ? "" : operatorVersion;
    partialHashes = partialHashes == null ? List.of() : List.copyOf(partialHashes);
    executionTime = executionTime == null ? Duration.ZERO : executionTime;
  }

  /**
   * Whether this row is the baseline (the database started at this version; earlier files are
   * considered applied).
   *
   * @return true for a baseline row
   */
  public boolean isBaseline() {
    return (type & TYPE_BASELINE) != 0;
  }

  /**
   * Whether an operator (or {@code cairn:skip-on}) marked this version applied or resolved.
   *
   * @return true when the resolved bit is set
   */
  public boolean isResolved() {
    return (type & TYPE_RESOLVED) != 0;
  }

  /**
   * Whether the file stopped part way (a failed or interrupted non-transactional file) and was not
   * resolved by an operator; the next migration resumes it.
   *
   * @return true when partially applied
   */
  public boolean isPartial() {
    return applied != total && !isResolved() && !isBaseline();
  }

  /**
   * The error of the last failed attempt.
   *
   * @return the error, when there is one
   */
  public Optional<String> errorMessage() {
    return error == null || error.isEmpty() ? Optional.empty() : Optional.of(error);
  }

  /**
   * The environment whose {@code cairn:skip-on} directive made Cairn record this version without
   * running it.
   *
   * @return the environment, when this row records a skip
   */
  public Optional<String> skippedEnvironment() {
    int i = operatorVersion.lastIndexOf(SKIP_MARKER);
    return isResolved() && i >= 0
        ? Optional.of(operatorVersion.substring(i + SKIP_MARKER.length()))
        : Optional.empty();
  }

  /**
   * Appended (with the environment name) to {@code operator_version} on rows that record a file
   * skipped by {@code cairn:skip-on}.
   */
  public static final String SKIP_MARKER = " skip-on:";
}
