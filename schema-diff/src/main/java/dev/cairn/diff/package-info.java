/**
 * Cairn's schema diff engine: {@link dev.cairn.diff.CatalogInspector} reads a PostgreSQL catalog
 * into the {@link dev.cairn.diff.model model}; dev databases and schema sources produce the states
 * that are compared; {@link dev.cairn.diff.SchemaDiffer} compares two inspected schemas into {@link
 * dev.cairn.diff.SchemaChange}s, and {@link dev.cairn.diff.Planner} orders them into SQL statements
 * (online-safe where possible).
 */
package dev.cairn.diff;
