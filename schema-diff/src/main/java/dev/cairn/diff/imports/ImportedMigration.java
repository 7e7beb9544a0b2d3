package dev.cairn.diff.imports;

/**
 * One migration of the imported directory and where it came from.
 *
 * @param file the new file name, e.g. {@code 001.1_add_email.sql}
 * @param version the new version, e.g. {@code 001.1}
 * @param origin where it came from, e.g. {@code V1_1__add_email.sql} or {@code changeset alice:7
 *     (changelog.sql)}
 * @param originalVersion the version as the tool wrote it, or {@code null} (Flyway repeatables,
 *     Liquibase changesets)
 * @param repeatable whether it was a Flyway repeatable, turned into a once-only file
 * @param transactional whether it runs in a transaction ({@code false}: {@code atlas:txmode none})
 * @param downFile the down file written under {@code down/}, or {@code null}
 * @param historyKey how the tool's history table identifies it: a Flyway version ({@code 1.1}) or
 *     script ({@code R__views.sql}), {@code id::author::file} for Liquibase, the number for
 *     golang-migrate and goose
 */
public record ImportedMigration(
    String file,
    String version,
    String origin,
    String originalVersion,
    boolean repeatable,
    boolean transactional,
    String downFile,
    String historyKey) {}
