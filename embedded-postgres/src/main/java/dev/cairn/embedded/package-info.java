/**
 * A real PostgreSQL for tests and dev databases: {@link dev.cairn.embedded.PostgresServer} starts
 * one embedded server per JVM (or uses an existing server) and hands out fresh {@link
 * dev.cairn.embedded.ScratchDatabase}s.
 */
package dev.cairn.embedded;
