package dev.cairn.diff.imports;

import java.util.List;

/**
 * The outcome of {@link HistoryTakeOver#takeOver}: which imported files were recorded as applied,
 * and which stay pending for the next {@code migrate apply}.
 *
 * @param historyTable the other tool's history table that was read (and left in place)
 * @param applied the files recorded as applied, in order
 * @param pending the files left for {@code migrate apply}, in order
 * @param currentVersion the last version recorded, or {@code null} when none was
 * @param notes what to know about the switch
 */
public record TakeOverResult(
    String historyTable,
    List<String> applied,
    List<String> pending,
    String currentVersion,
    List<String> notes) {

  /** Copies the lists. */
  public TakeOverResult {
    applied = List.copyOf(applied);
    pending = List.copyOf(pending);
    notes = List.copyOf(notes);
  }

  /**
   * A human-readable report, as the CLI prints it.
   *
   * @return several lines of text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("Took over the history in ")
        .append(historyTable)
        .append(": ")
        .append(applied.size())
        .append(applied.size() == 1 ? " file" : " files")
        .append(" recorded as applied")
        .append(currentVersion == null ? "" : " (version " + currentVersion + ")")
        .append(", ")
        .append(pending.size())
        .append(" pending.\n");
    for (String p : pending) {
      sb.append("  pending: ").append(p).append('\n');
    }
    for (String n : notes) {
      sb.append("note: ").append(n).append('\n');
    }
    return sb.toString();
  }
}
