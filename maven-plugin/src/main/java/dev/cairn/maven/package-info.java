/**
 * The Cairn Maven plugin ({@code cairn-maven-plugin}, goal prefix {@code cairn}): {@link
 * dev.cairn.maven.DiffMojo cairn:diff} writes the next migration from the project's entities,
 * {@link dev.cairn.maven.CheckMojo cairn:check} fails a CI build on drift between entities and
 * migrations, a wrong {@code atlas.sum} or lint errors; {@link dev.cairn.maven.ValidateMojo
 * cairn:validate}, {@link dev.cairn.maven.LintMojo cairn:lint}, {@link dev.cairn.maven.HashMojo
 * cairn:hash}, {@link dev.cairn.maven.ApplyMojo cairn:apply} and {@link dev.cairn.maven.StatusMojo
 * cairn:status} mirror the CLI. Goals call the library APIs in the Maven JVM; entities are read
 * from the project's own class path with its own Hibernate.
 */
package dev.cairn.maven;
