/** Replay, comparison and classification behind {@link dev.cairn.diff.drift}. */
package dev.cairn.diff.internal.drift;
