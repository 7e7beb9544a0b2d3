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
 * @Bean
 * @CairnDataSource
 * DataSource migrationDataSource() {
 *   return DataSourceBuilder.create().url(url).username("app_owner").password(secret).build();
 * }
 * }</pre>
 *
 * <p>The DDL guard never wraps a bean with this qualifier. If the application has no other {@code
 * DataSource} bean, declare it with {@code @Bean(defaultCandidate = false)} so that it is injected
 * only where asked for by this qualifier.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface CairnDataSource {}
