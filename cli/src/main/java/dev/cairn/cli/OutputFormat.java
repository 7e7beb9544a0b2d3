package dev.cairn.cli;

/** The output formats shared by commands through {@link OutputOptions}. */
public enum OutputFormat {
  /** Text for people; stable and uncoloured unless on a terminal. */
  TEXT,
  /** One JSON document on standard output, for machines (see {@link Json}). */
  JSON
}
