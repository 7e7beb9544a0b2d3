package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.internal.dev.Cleanliness;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WithPostgres
class DevDatabasesTest {

  private static boolean databaseExists(PostgresServer server, String name) throws SQLException {
    try (ScratchDatabase probe = server.createDatabase("probe");
        Connection c = probe.connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
      rs.next();
      return rs.getInt(1) == 1;
    }
  }

  @Test
  void embeddedHandsOutFreshDatabasesAndDropsThem(PostgresServer server) throws SQLException {
    try (DevDatabase dev = DevDatabases.open("embedded:postgres:17")) {
      assertThat(dev.majorVersion()).isEqualTo(17);
      assertThat(dev.description()).contains("PostgreSQL 17");
      String first;
      try (CleanDatabase a = dev.acquire();
          CleanDatabase b = dev.acquire()) {
        first = a.name();
        assertThat(b.name()).isNotEqualTo(a.name());
        try (Connection c = a.connect();
            Statement st = c.createStatement()) {
          st.execute("CREATE TABLE t (id int)");
        }
        try (Connection c = b.connect()) {
          assertThat(CatalogInspector.inspect(c).table(QualifiedName.of("public", "t"))).isEmpty();
        }
      }
      if (!server.isEmbedded()) {
        return;
      }
      assertThat(databaseExists(server, first)).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "embedded", "embedded:postgres", "embedded:17"})
  void theDefaultIsEmbeddedPostgres17(String url) {
    try (DevDatabase dev = DevDatabases.open(url)) {
      assertThat(dev.majorVersion()).isEqualTo(17);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"embedded:postgres:14", "mysql://localhost/x", "docker://", "h2:mem:x"})
  void unknownUrlsListTheAcceptedForms(String url) {
    assertThatThrownBy(() -> DevDatabases.open(url))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("embedded:postgres:17")
        .hasMessageContaining("jdbc:postgresql://")
        .extracting(e -> ((CairnException) e).code())
        .isEqualTo(ErrorCode.DEV_DATABASE_UNAVAILABLE);
  }

  @Test
  void dockerWithoutDockerSaysSoAndSuggestsEmbedded() {
    assertThatThrownBy(() -> DevDatabases.open("docker://postgres/17"))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("Docker")
        .hasMessageContaining("embedded:postgres:17");
  }

  /**
   * Testcontainers is an optional dependency: loads Cairn in a class loader without it and asks for
   * a Docker dev database.
   */
  @Test
  void dockerWithoutTestcontainersOnTheClassPathSaysWhatToAdd() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank() && !Path.of(entry).getFileName().toString().contains("testcontainers")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("org.testcontainers.DockerClientFactory"))
          .isInstanceOf(ClassNotFoundException.class);
      Method open = loader.loadClass(DevDatabases.class.getName()).getMethod("open", String.class);
      assertThatThrownBy(() -> open.invoke(null, "docker://postgres/17"))
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .satisfies(
              e -> assertThat(e.getClass().getName()).isEqualTo(CairnException.class.getName()))
          .hasMessageContaining("needs Testcontainers, which is not on the classpath")
          .hasMessageContaining("org.testcontainers:testcontainers-postgresql")
          .hasMessageContaining("--dev-url embedded:postgres:17");
    }
  }

  @Test
  void aUserWhoMayCreateDatabasesGetsScratchDatabasesAndTheUrlDatabaseIsUntouched(
      ScratchDatabase urlDb) throws SQLException {
    try (Connection c = urlDb.connect();
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE real_data (id int)");
    }
    try (DevDatabase dev = DevDatabases.open(urlDb.jdbcUrl(), urlDb.user(), urlDb.password());
        CleanDatabase scratch = dev.acquire()) {
      assertThat(scratch.name()).isNotEqualTo(urlDb.name()).startsWith("cairn_dev");
      try (Connection c = scratch.connect()) {
        assertThat(CatalogInspector.inspect(c).schema("public").orElseThrow().tables()).isEmpty();
      }
    }
  }

  /** A role without CREATEDB owning one database: Cairn must use that database itself. */
  private record Restricted(String role, String password, ScratchDatabase db) {}

  private static Restricted restricted(PostgresServer server, ScratchDatabase db)
      throws SQLException {
    String role = "cairn_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String password = "pw-" + UUID.randomUUID();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute("CREATE ROLE " + role + " LOGIN NOCREATEDB PASSWORD '" + password + "'");
      st.execute("ALTER DATABASE " + db.name() + " OWNER TO " + role);
    }
    return new Restricted(role, password, db);
  }

  private static void dropRole(ScratchDatabase db, String role) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute("ALTER DATABASE " + db.name() + " OWNER TO CURRENT_USER");
      st.execute("DROP OWNED BY " + role + " CASCADE");
      st.execute("DROP ROLE " + role);
    }
  }

  @Test
  void aNonEmptyDatabaseUsedDirectlyIsRefusedWithAnExplanation(
      PostgresServer server, ScratchDatabase db) throws SQLException {
    Restricted r = restricted(server, db);
    try {
      try (Connection c = db.connect();
          Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA app; CREATE TABLE public.users (id int)");
        st.execute("CREATE EXTENSION pg_trgm");
      }
      try (DevDatabase dev = DevDatabases.open(db.jdbcUrl(), r.role(), r.password())) {
        assertThatThrownBy(dev::acquire)
            .isInstanceOf(DevDatabaseNotCleanException.class)
            .hasMessageContaining("is not clean: it holds 3 objects")
            .hasMessageContaining("schema app, table public.users, extension pg_trgm")
            .hasMessageContaining("may not create databases")
            .hasMessageContaining("CREATE DATABASE cairn_dev")
            .hasMessageContaining("CREATEDB")
            .hasMessageContaining("embedded:postgres:17")
            .hasMessageNotContaining(r.password())
            .satisfies(
                e ->
                    assertThat(((DevDatabaseNotCleanException) e).objects())
                        .containsExactly("schema app", "table public.users", "extension pg_trgm"));
      }
    } finally {
      dropRole(db, r.role());
    }
  }

  @Test
  void aCleanDatabaseUsedDirectlyIsCleanedAfterEachUse(PostgresServer server, ScratchDatabase db)
      throws SQLException {
    Restricted r = restricted(server, db);
    try {
      String url =
          "postgres://"
              + r.role()
              + ":"
              + r.password()
              + "@localhost:"
              + server.port()
              + "/"
              + db.name();
      try (DevDatabase dev = DevDatabases.open(url)) {
        assertThat(dev.description()).contains(db.name()).doesNotContain(r.password());
        for (int round = 0; round < 2; round++) {
          try (CleanDatabase lease = dev.acquire()) {
            assertThat(lease.name()).isEqualTo(db.name());
            assertThatThrownBy(dev::acquire)
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("already in use");
            try (Connection c = lease.connect();
                Statement st = c.createStatement()) {
              st.execute(
                  "CREATE SCHEMA app; CREATE TYPE app.mood AS ENUM ('ok');"
                      + " CREATE TABLE public.t (id serial PRIMARY KEY, m app.mood);"
                      + " CREATE VIEW public.v AS SELECT id FROM public.t;"
                      + " CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                      + " CREATE TYPE public.color AS ENUM ('red');"
                      + " CREATE DOMAIN public.pos AS int CHECK (VALUE > 0);"
                      + " CREATE SEQUENCE public.s");
            }
          }
          try (Connection c = db.connect()) {
            assertThat(
                    Cleanliness.objects(CatalogInspector.inspect(c, InspectOptions.everything())))
                .isEmpty();
          }
        }
      }
    } finally {
      dropRole(db, r.role());
    }
  }
}
