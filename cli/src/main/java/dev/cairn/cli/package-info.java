/**
 * The {@code cairn} command line: {@link dev.cairn.cli.Main} is the entry point of the executable
 * jar, {@link dev.cairn.cli.CairnCommand} the top command, {@link dev.cairn.cli.MigrateCommand} the
 * {@code migrate} group whose subcommands live in their own classes, and {@link
 * dev.cairn.cli.ExitCode} the documented exit codes.
 */
package dev.cairn.cli;
