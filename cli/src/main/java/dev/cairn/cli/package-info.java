/**
 * The {@code cairn} command line: {@link dev.cairn.cli.Main} is the entry point of the executable
 * jar, {@link dev.cairn.cli.CairnCommand} the top command, {@link dev.cairn.cli.MigrateCommand} the
 * {@code migrate} group whose subcommands live in their own classes, and {@link
 * dev.cairn.cli.ExitCode} the documented exit codes.
 *
 * <p>What every command shares: the mixins {@link dev.cairn.cli.DirOption}, {@link
 * dev.cairn.cli.ConnectionOptions} (target database and credentials, never printed) and {@link
 * dev.cairn.cli.OutputOptions} ({@code --format text|json}); {@link dev.cairn.cli.Json} for JSON
 * output; {@link dev.cairn.cli.Terminal} for colour and progress on a terminal only. Option
 * defaults come from the project file {@code cairn.yaml} ({@code --env NAME}) and {@code CAIRN_*}
 * environment variables for every command, without the command doing anything.
 */
package dev.cairn.cli;
