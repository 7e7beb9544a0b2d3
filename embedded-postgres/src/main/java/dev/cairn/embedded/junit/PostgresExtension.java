package dev.cairn.embedded.junit;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh database on the JVM's shared PostgreSQL server ({@link
 * PostgresServer#shared()}): declare a parameter of type {@link ScratchDatabase}, {@link
 * DataSource} or {@link PostgresServer}. A test's database is dropped when the test ends, and all
 * parameters of one test share the same database.
 *
 * <p>Uses only the extension API that JUnit Jupiter 5 and 6 have in common.
 */
public final class PostgresExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(PostgresExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ScratchDatabase.class
        || type == DataSource.class
        || type == PostgresServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    Class<?> type = parameter.getParameter().getType();
    if (type == PostgresServer.class) {
      return PostgresServer.shared();
    }
    // get + put rather than getOrComputeIfAbsent: the latter is deprecated in JUnit 6 and its
    // replacement does not exist in JUnit 5.
    ExtensionContext.Store store = context.getStore(NS);
    Closing holder = store.get("database", Closing.class);
    if (holder == null) {
      holder = new Closing(PostgresServer.shared().createDatabase("test"));
      store.put("database", holder);
    }
    ScratchDatabase db = holder.database;
    return type == DataSource.class ? db.dataSource() : db;
  }

  /**
   * Drops the database when JUnit closes the test's store. JUnit 5 closes {@code
   * CloseableResource}s, JUnit 6 {@code AutoCloseable}s; closing twice is harmless.
   */
  @SuppressWarnings("deprecation")
  private static final class Closing
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final ScratchDatabase database;

    Closing(ScratchDatabase database) {
      this.database = database;
    }

    @Override
    public void close() {
      database.close();
    }
  }
}
