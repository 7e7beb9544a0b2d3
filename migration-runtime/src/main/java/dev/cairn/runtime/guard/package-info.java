/**
 * The DDL guard: the application never changes its schema at run time.
 *
 * <ul>
 *   <li>{@link dev.cairn.runtime.guard.DdlGuard} wraps the application's {@code DataSource} and
 *       refuses DDL with {@link dev.cairn.runtime.guard.DdlNotAllowedException}, configured by
 *       {@link dev.cairn.runtime.guard.GuardOptions}.
 *   <li>{@link dev.cairn.runtime.guard.DdlClassifier} tells DDL from ordinary SQL; its result,
 *       {@link dev.cairn.runtime.guard.SqlClassification}, is public so test support and tools can
 *       reuse it.
 *   <li>{@link dev.cairn.runtime.guard.SqlInterceptor} is the JDBC interception underneath, for
 *       other observers of an application's SQL (Cairn's test support records statements with it).
 *   <li>Startup checks: {@link dev.cairn.runtime.guard.DdlSettingsCheck} (Hibernate/JPA/Spring
 *       schema generation settings) and {@link dev.cairn.runtime.guard.PrivilegeCheck} (the
 *       application's role cannot create or own objects).
 * </ul>
 */
package dev.cairn.runtime.guard;
