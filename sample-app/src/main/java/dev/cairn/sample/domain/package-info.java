/**
 * The shop's entity model: the source of truth for its schema. {@code cairn migrate diff --to
 * entities:dev.cairn.sample.domain} writes the migration that brings the database to it.
 */
package dev.cairn.sample.domain;
