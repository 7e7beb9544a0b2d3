/**
 * The migration linter: {@link dev.cairn.diff.lint.Linter} replays a migration directory on a dev
 * database and judges each selected statement against the schema it really runs on, reporting
 * {@link dev.cairn.diff.lint.Diagnostic}s with stable codes ({@link dev.cairn.diff.lint.LintRule}),
 * the lock taken, what it blocks and the safe alternative in SQL. Reports render as text, JSON,
 * SARIF 2.1.0 or GitHub Actions annotations ({@link dev.cairn.diff.lint.LintFormat}).
 */
package dev.cairn.diff.lint;
