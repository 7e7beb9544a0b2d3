/**
 * Cairn's diff engine: {@link dev.cairn.diff.SchemaDiffer} compares two inspected schemas into
 * {@link dev.cairn.diff.SchemaChange}s, {@link dev.cairn.diff.Planner} orders them into SQL
 * statements (online-safe where possible), and {@code MigrationWriter} writes them as migration
 * files with an updated {@code atlas.sum}.
 */
package dev.cairn.diff;
