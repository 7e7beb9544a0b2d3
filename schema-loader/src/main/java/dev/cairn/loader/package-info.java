/**
 * Desired PostgreSQL DDL from JPA/Hibernate entities, without a database connection.
 *
 * <p>Entry point: {@link dev.cairn.loader.SchemaLoader#load(LoaderOptions)}. The loader links
 * against Hibernate ORM but does not bring it: it always runs with the {@code hibernate-core} on
 * the class path of whoever calls it, which must be the application's own Hibernate version
 * (Hibernate 6.6 and 7.x emit different DDL for the same entities).
 */
package dev.cairn.loader;
