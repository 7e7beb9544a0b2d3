/**
 * A PostgreSQL-aware SQL scanner and statement splitter.
 *
 * <p>{@link dev.cairn.runtime.sql.SqlScanner} turns SQL text into {@link
 * dev.cairn.runtime.sql.SqlToken}s the way PostgreSQL's lexer sees them (quoted identifiers, string
 * literals with their escape rules, dollar quotes, nested block comments…), so that code
 * classifying statements never mistakes the inside of a string or comment for SQL. {@link
 * dev.cairn.runtime.sql.SqlSplitter} cuts a migration file into {@link
 * dev.cairn.runtime.sql.SqlStatement}s, each with its line and the comments right above it.
 *
 * <p>Neither parses SQL: PostgreSQL remains the judge of what a statement means.
 */
package dev.cairn.runtime.sql;
