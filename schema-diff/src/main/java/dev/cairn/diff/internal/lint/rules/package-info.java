/** The analyzers: destructive, data-dependent, backward-incompatible, lock/rewrite and naming. */
package dev.cairn.diff.internal.lint.rules;
