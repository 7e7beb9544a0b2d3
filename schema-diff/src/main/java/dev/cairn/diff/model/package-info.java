/**
 * The schema model: immutable records read back from {@code pg_catalog} by the inspector and
 * compared by the differ. Definitions are kept in the catalog's own normal form ({@code
 * pg_get_constraintdef}, {@code pg_get_indexdef}, {@code pg_get_viewdef}, …) because PostgreSQL
 * rewrites what it is sent; comparing what the catalog says is the only reliable comparison.
 */
package dev.cairn.diff.model;
