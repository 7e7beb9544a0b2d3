package dev.cairn.runtime;

/**
 * The outcome of {@link Cairn#validate()}: the directory is well formed and matches {@code
 * atlas.sum}; with a database configured, the applied files also match the revision table.
 *
 * @param files how many migration files the directory holds
 * @param lastVersion the highest version in the directory, or null when it has none
 * @param databaseChecked whether the revision table was checked too
 * @param appliedFiles how many revisions were checked against their files (0 without a database)
 */
public record ValidationResult(
    int files, String lastVersion, boolean databaseChecked, int appliedFiles) {}
