/**
 * Cairn for Spring Boot: add the starter and pending migrations are applied before JPA starts, the
 * application's data source refuses DDL, and Hibernate settings that would generate the schema stop
 * startup. Configure with {@link dev.cairn.spring.CairnProperties cairn.*} properties; hook in with
 * {@link dev.cairn.spring.CairnMigrationStrategy}, {@link
 * dev.cairn.spring.CairnConfigurationCustomizer} and {@link dev.cairn.spring.CairnDataSource}.
 */
package dev.cairn.spring;
