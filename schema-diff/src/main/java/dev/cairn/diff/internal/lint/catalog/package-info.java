/**
 * What the linter reads back from the dev database around each statement: oid-keyed catalog
 * snapshots (so renames keep identity and "existed before these changes" is exact), the locks the
 * session holds, relfilenodes (a changed one means PostgreSQL rewrote the relation) and scan
 * counters. These are execution facts, not the schema model: the inspector owns that.
 */
package dev.cairn.diff.internal.lint.catalog;
