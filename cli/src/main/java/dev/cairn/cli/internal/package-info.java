/**
 * Implementation of the command line's cross-cutting behaviour: the project configuration file
 * ({@code cairn.yaml}) and its environment-variable interpolation, the default-value provider that
 * feeds it (and {@code CAIRN_*} environment variables) to every command's options, the global
 * options, database URL parsing and redaction, and duration parsing. Not an API.
 */
package dev.cairn.cli.internal;
