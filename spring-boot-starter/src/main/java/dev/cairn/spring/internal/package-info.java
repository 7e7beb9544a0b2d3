/**
 * Implementation of the Spring Boot integration: the DDL guard's bean post-processor, the startup
 * checks, Boot's database-initialization and schema-management hooks, and migrate-only handling.
 * Not API: everything here may change without notice.
 */
package dev.cairn.spring.internal;
