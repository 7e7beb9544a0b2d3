/**
 * Switching from another migration tool without downtime: {@link
 * dev.cairn.diff.imports.MigrationImporter} converts Flyway, Liquibase formatted-SQL,
 * golang-migrate and goose migrations into an Atlas-compatible directory, and {@link
 * dev.cairn.diff.imports.HistoryTakeOver} turns the tool's history table into Cairn revisions so
 * the next {@code migrate apply} runs only what is new.
 */
package dev.cairn.diff.imports;
