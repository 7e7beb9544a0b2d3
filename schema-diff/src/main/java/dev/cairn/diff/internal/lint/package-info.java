/**
 * The linter's engine: replays migration files on a dev database the way the runtime applies them,
 * observes each statement (catalog before and after, locks, rewrites, scans) and hands the
 * observations to the analyzers.
 */
package dev.cairn.diff.internal.lint;
