/**
 * Cairn's migration runtime: the Atlas-compatible migration directory ({@code
 * <version>_<description>.sql} files, directives and {@code atlas.sum}), and the exception
 * hierarchy rooted at {@link dev.cairn.runtime.CairnException} that every Cairn module uses.
 *
 * <p>This package is on every production classpath, so it depends on the JDK and SLF4J only.
 */
package dev.cairn.runtime;
