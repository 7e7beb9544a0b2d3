package dev.cairn.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@link javax.sql.DataSource} bean that Cairn migrates through, e.g. one that connects
 * as the role owning the schema while the application's {@code spring.datasource} connects as a
 * role that only reads and writes data.
 *
 * <pre>{@code
 * @Bean(defaultCandidate = false)
 * @CairnDataSource
 * DataSource migrationDataSource() {
 *   return DataSourceBuilder.create().url(url).username("app_owner").password(secret).build();
 * }
 * }</pre>
 *
 * <p>The DDL guard never wraps a bean with this qualifier. Declared with {@code defaultCandidate =
 * false}, it is injected only where this qualifier asks for it, and Boot still creates the
 * application's {@code spring.datasource} pool; otherwise declare the application's data source too
 * and mark it {@code @Primary}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface CairnDataSource {}
