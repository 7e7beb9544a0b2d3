/**
 * The PostgreSQL catalog inspector behind {@link dev.cairn.diff.CatalogInspector}: one set-based
 * query per object kind over {@code pg_catalog}, assembled into the model in Java.
 */
package dev.cairn.diff.internal.inspect;
