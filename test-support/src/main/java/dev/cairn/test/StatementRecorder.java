package dev.cairn.test;

import dev.cairn.runtime.guard.DdlClassifier;
import dev.cairn.runtime.guard.JdbcCall;
import dev.cairn.runtime.guard.SqlClassification;
import dev.cairn.runtime.guard.SqlInterceptor;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Records every SQL text an application sends through a wrapped {@link DataSource} or {@link
 * Connection}: the text, its DDL classification, the JDBC call, the application frame that issued
 * it and the thread. Assert on it with {@link CairnAssertions#assertThat(StatementRecorder)}.
 *
 * <p>A prepared statement is recorded once, when prepared (ORMs prepare per execution anyway);
 * {@code Connection.nativeSQL} is not recorded, since it runs nothing. Thread-safe.
 *
 * <h2>For one test</h2>
 *
 * <pre>{@code
 * @WithPostgres
 * @RecordStatements
 * class RepositoryTest {
 *   @Test
 *   void savesWithoutDdl(DataSource db, StatementRecorder recorder) {
 *     new OrderRepository(recorder.wrap(db)).save(order);
 *     CairnAssertions.assertThat(recorder).executedNoDdl();
 *   }
 * }
 * }</pre>
 *
 * <h2>For a whole Spring context startup</h2>
 *
 * The JVM-wide {@link #global()} recorder sees statements from the moment the context creates its
 * first connection. Either point the application's JDBC URL at the recording driver — no code:
 *
 * <pre>{@code
 * spring.datasource.url=jdbc:cairn-record:postgresql://localhost:5432/app
 * }</pre>
 *
 * (see {@link RecordingDriver}), or wrap the data source bean in a test configuration:
 *
 * <pre>{@code
 * @TestConfiguration
 * class RecordStatementsConfig {
 *   @Bean @Primary
 *   DataSource dataSource(DataSourceProperties properties) {
 *     return StatementRecorder.global().wrap(properties.initializeDataSourceBuilder().build());
 *   }
 * }
 * }</pre>
 *
 * and then, in any test of that context, {@code
 * CairnAssertions.assertThat(StatementRecorder.global()).executedNoDdl()}. (Cairn's Spring Boot
 * starter will offer this as a property.)
 */
public final class StatementRecorder implements SqlInterceptor {
  private static final int CLASSIFICATION_CACHE = 4096;

  /** Frames from these packages/classes are infrastructure, never the issuing application code. */
  private static final List<String> INFRASTRUCTURE =
      List.of(
          "java.",
          "javax.",
          "jakarta.",
          "jdk.",
          "sun.",
          "com.sun.",
          "org.postgresql.",
          "com.zaxxer.hikari.",
          "org.apache.tomcat.jdbc.",
          "org.apache.commons.dbcp",
          "com.mchange.",
          "org.hibernate.",
          "org.springframework.",
          "net.bytebuddy.",
          "org.aspectj.",
          "io.micrometer.",
          "net.ttddyy.dsproxy.",
          "com.p6spy.",
          "dev.cairn.runtime.",
          "dev.cairn.spring.",
          "dev.cairn.test.internal.");

  /** Cairn's own public test-support classes (matched exactly, so users' look-alikes are not). */
  private static final java.util.Set<String> OWN_CLASSES =
      java.util.Set.of(
          StatementRecorder.class.getName(),
          RecordingDriver.class.getName(),
          StatementRecorderAssert.class.getName(),
          StatementRecorderExtension.class.getName());

  // Declared after the frame lists: the constructor reads them.
  private static final StatementRecorder GLOBAL = new StatementRecorder();

  private final ConcurrentLinkedQueue<RecordedStatement> statements = new ConcurrentLinkedQueue<>();
  private final ConcurrentHashMap<String, SqlClassification> classifications =
      new ConcurrentHashMap<>();
  private final List<String> skipped = new CopyOnWriteArrayList<>(INFRASTRUCTURE);

  private StatementRecorder() {}

  /**
   * A new, empty recorder.
   *
   * @return the recorder
   */
  public static StatementRecorder create() {
    return new StatementRecorder();
  }

  /**
   * The JVM-wide recorder, for what happens before a test can hand out its own (a Spring context
   * starting up). Never cleared by Cairn; call {@link #clear()} where a fresh start is wanted.
   *
   * @return the global recorder
   */
  public static StatementRecorder global() {
    return GLOBAL;
  }

  /**
   * Wraps a data source so that its statements are recorded here.
   *
   * @param dataSource the data source
   * @return the recording data source ({@code unwrap(StatementRecorder.class)} returns this)
   */
  public DataSource wrap(DataSource dataSource) {
    return SqlInterceptor.wrap(dataSource, this);
  }

  /**
   * Wraps a connection so that its statements are recorded here.
   *
   * @param connection the connection
   * @return the recording connection
   */
  public Connection wrap(Connection connection) {
    return SqlInterceptor.wrap(connection, this);
  }

  /**
   * Treats frames of these packages or classes as infrastructure when finding the issuing frame
   * (e.g. the application's own data-access helpers).
   *
   * @param prefixes package or class name prefixes, e.g. {@code "com.example.db."}
   * @return this recorder
   */
  public StatementRecorder skipFramesFrom(String... prefixes) {
    skipped.addAll(Arrays.asList(prefixes));
    return this;
  }

  /**
   * Every recorded statement, in the order recorded.
   *
   * @return a snapshot
   */
  public List<RecordedStatement> statements() {
    return List.copyOf(new ArrayList<>(statements));
  }

  /**
   * The recorded statements that change or may change the schema (DDL and {@code DO} blocks).
   *
   * @return a snapshot, in order
   */
  public List<RecordedStatement> ddlStatements() {
    return statements().stream().filter(RecordedStatement::mayChangeSchema).toList();
  }

  /**
   * The recorded statements whose SQL contains a match of the regular expression.
   *
   * @param regex a {@link Pattern} expression, e.g. {@code "(?i)insert into orders"}
   * @return a snapshot, in order
   */
  public List<RecordedStatement> statementsMatching(String regex) {
    Pattern p = Pattern.compile(regex);
    return statements().stream().filter(s -> p.matcher(s.sql()).find()).toList();
  }

  /** Forgets every recorded statement. */
  public void clear() {
    statements.clear();
  }

  @Override
  public void intercept(String sql, JdbcCall call) {
    if (!call.executes()) {
      return;
    }
    statements.add(
        new RecordedStatement(
            sql, call, classify(sql), origin().orElse(null), Thread.currentThread().getName()));
  }

  private SqlClassification classify(String sql) {
    SqlClassification c = classifications.get(sql);
    if (c == null) {
      c = DdlClassifier.classify(sql);
      if (classifications.size() >= CLASSIFICATION_CACHE) {
        classifications.clear();
      }
      classifications.put(sql, c);
    }
    return c;
  }

  private Optional<StackTraceElement> origin() {
    List<String> skip = skipped;
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> !infrastructure(f.getClassName(), skip))
                    .findFirst()
                    .map(StackWalker.StackFrame::toStackTraceElement));
  }

  private static boolean infrastructure(String className, List<String> skip) {
    // Generated proxies and CGLIB/ByteBuddy subclasses are never the application's own code.
    if (className.contains("$$") || className.contains("$Proxy")) {
      return true;
    }
    int nested = className.indexOf('$');
    if (OWN_CLASSES.contains(nested < 0 ? className : className.substring(0, nested))) {
      return true;
    }
    for (String prefix : skip) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "StatementRecorder[" + statements.size() + " statements]";
  }
}
