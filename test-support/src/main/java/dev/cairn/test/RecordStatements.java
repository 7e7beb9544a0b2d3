package dev.cairn.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test a {@link StatementRecorder} parameter — a fresh one per test, or {@link
 * StatementRecorder#global()} with {@link #global()} — and, with {@link #failOnDdl()}, fails any
 * test during which that recorder saw DDL. Combine with {@code @WithPostgres} (from {@code
 * dev.cairn.embedded.junit}, which this module brings along) for a database:
 *
 * <pre>{@code
 * @WithPostgres
 * @RecordStatements(failOnDdl = true)
 * class RepositoryTest {
 *   @Test
 *   void saves(DataSource db, StatementRecorder recorder) {
 *     new OrderRepository(recorder.wrap(db)).save(order); // fails the test if it ran DDL
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(StatementRecorderExtension.class)
public @interface RecordStatements {

  /**
   * Whether a test fails when its recorder saw DDL or a {@code DO} block, with the message of
   * {@link StatementRecorderAssert#executedNoDdl()}.
   *
   * @return false by default
   */
  boolean failOnDdl() default false;

  /**
   * Whether the parameter is the JVM-wide {@link StatementRecorder#global()} (what a Spring context
   * wired with it records, startup included) instead of a fresh recorder per test. The global
   * recorder is never cleared by the extension.
   *
   * @return false by default
   */
  boolean global() default false;
}
