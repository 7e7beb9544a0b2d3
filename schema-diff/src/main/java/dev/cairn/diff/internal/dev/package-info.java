/** Dev database implementations behind {@link dev.cairn.diff.DevDatabases}. */
package dev.cairn.diff.internal.dev;
