/** Report formats of the linter: text, JSON, SARIF 2.1.0 and GitHub Actions annotations. */
package dev.cairn.diff.internal.lint.render;
