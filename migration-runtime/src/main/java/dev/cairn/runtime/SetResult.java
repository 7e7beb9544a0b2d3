package dev.cairn.runtime;

import java.util.List;

/**
 * The outcome of {@link Cairn#set(String)}, {@link Cairn#markApplied} and {@link
 * Cairn#markUnapplied}: revisions changed without executing any migration statement.
 *
 * @param markedApplied versions recorded as applied ("manually set")
 * @param resolved partially applied versions marked as resolved
 * @param removed versions whose revision was deleted (they become pending again)
 * @param currentVersion the last applied version afterwards, or null
 */
public record SetResult(
    List<String> markedApplied,
    List<String> resolved,
    List<String> removed,
    String currentVersion) {

  /** Copies the lists. */
  public SetResult {
    markedApplied = List.copyOf(markedApplied);
    resolved = List.copyOf(resolved);
    removed = List.copyOf(removed);
  }
}
