package dev.cairn.cli.internal;

/** When output may use ANSI colours ({@code --color}). */
public enum ColorMode {
  /** On an interactive terminal, unless {@code NO_COLOR} or {@code CI} is set or TERM is dumb. */
  AUTO,
  /** Always, even into a pipe or file. */
  ALWAYS,
  /** Never. */
  NEVER
}
