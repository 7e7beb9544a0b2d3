/** Schema source implementations behind {@link dev.cairn.diff.SchemaSource}. */
package dev.cairn.diff.internal.source;
