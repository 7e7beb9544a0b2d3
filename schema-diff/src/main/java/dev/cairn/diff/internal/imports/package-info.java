/** Readers of other tools' migrations and history tables behind {@link dev.cairn.diff.imports}. */
package dev.cairn.diff.internal.imports;
