/**
 * Cairn's database side: connections with bounded retry, the session-level advisory lock, the
 * Atlas-compatible revision table, session resets between files and PostgreSQL error details. Not
 * public API.
 */
package dev.cairn.runtime.internal.db;
