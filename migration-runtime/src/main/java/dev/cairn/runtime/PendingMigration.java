package dev.cairn.runtime;

/**
 * A file that a migration run would execute, resume or record as skipped.
 *
 * @param version the file version
 * @param description the file description
 * @param file the file name
 * @param statements how many statements the file has
 * @param appliedStatements how many of them already ran (a partially applied file), else 0
 * @param outOfOrder whether the file is ordered before the last applied one
 * @param skippedByEnvironment whether the file's {@code cairn:skip-on} matches the environment (it
 *     will be recorded, not executed)
 */
public record PendingMigration(
    String version,
    String description,
    String file,
    int statements,
    int appliedStatements,
    boolean outOfOrder,
    boolean skippedByEnvironment) {}
