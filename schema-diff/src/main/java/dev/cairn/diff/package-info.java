/**
 * Cairn's schema diff engine: {@link dev.cairn.diff.CatalogInspector} reads a PostgreSQL catalog
 * into the {@link dev.cairn.diff.model model}; dev databases and schema sources produce the states
 * that are compared.
 */
package dev.cairn.diff;
