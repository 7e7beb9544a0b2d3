package dev.cairn.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real Maven builds of the sample project {@code src/it/shop}, goal by goal. The dev database of
 * most builds is this JVM's embedded server (passed as {@code cairn.devUrl}), to save starting one
 * per build; {@link #checkPassesWhenTheMigrationsMatchTheEntities} uses the default, an embedded
 * server inside the Maven JVM.
 */
@WithPostgres
class CairnMavenPluginIT {
  private static final String HIBERNATE_7 = "7.4.1.Final";
  private static final String HIBERNATE_66 = "6.6.0.Final";
  private static final String MIGRATIONS = "src/main/resources/db/migrations";
  private static final String CUSTOMER = "src/main/java/com/example/shop/Customer.java";

  private static MavenBuild shop(String name, String hibernate) throws IOException {
    return MavenBuild.copy("shop", name, Map.of("hibernate.version", hibernate));
  }

  /** This JVM's embedded server as the builds' dev database (Cairn makes scratch databases). */
  private static String devUrl() {
    PostgresServer server = PostgresServer.shared();
    return "-Dcairn.devUrl=" + server.jdbcUrl("postgres") + "?user=" + server.user();
  }

  @Test
  void checkPassesWhenTheMigrationsMatchTheEntities() throws Exception {
    MavenBuild.Result r = shop("check-ok", HIBERNATE_7).mvn("compile", "cairn:check").succeeded();
    assertThat(r.log())
        .contains("Entities: 2 mapped to 2 tables by Hibernate " + HIBERNATE_7 + " (the project's)")
        .contains("Dev database: embedded PostgreSQL 17")
        .contains("valid, atlas.sum matches")
        .contains("No drift: the migrations produce the schema the entities describe")
        .contains("lint: 1 files, 0 errors, 0 warnings")
        .contains("cairn:check passed")
        // Neither Hibernate's nor the embedded server's chatter reaches the build log.
        .doesNotContain("HHH")
        .doesNotContain("initdb");
  }

  @Test
  void theProjectsHibernateVersionGeneratesTheSchema() throws Exception {
    // Hibernate 6.6 leaves a @Version column nullable; 7 makes it NOT NULL, as the migration does.
    MavenBuild.Result r =
        shop("hibernate66", HIBERNATE_66).mvn("compile", "cairn:check", devUrl()).failed();
    assertThat(r.log())
        .contains("by Hibernate " + HIBERNATE_66 + " (the project's)")
        .contains("The entities changed, but the migrations did not follow:")
        .containsPattern("(?i)public\\.customer.*version")
        .contains("ALTER TABLE public.customer ALTER COLUMN version DROP NOT NULL")
        .contains("cairn:check failed: 1 change between the entities and the migrations");
  }

  @Test
  void checkFailsWhenAnEntityChangedWithoutAMigration() throws Exception {
    MavenBuild build = shop("drift", HIBERNATE_7);
    build.replace(
        CUSTOMER,
        "@Version private Integer version;",
        "@Version private Integer version;\n\n  private String phone;");
    MavenBuild.Result r = build.mvn("compile", "cairn:check", devUrl()).failed();
    assertThat(r.log())
        .contains("The entities changed, but the migrations did not follow:")
        .contains("ALTER TABLE public.customer ADD COLUMN phone character varying(255)")
        .contains("write the migration with 'mvn compile cairn:diff -Dcairn.name=NAME'");
  }

  @Test
  void diffWritesTheMissingMigrationAndCheckThenPasses() throws Exception {
    MavenBuild build = shop("diff", HIBERNATE_7);
    build.replace(
        CUSTOMER,
        "@Version private Integer version;",
        "@Version private Integer version;\n\n  private String phone;");
    MavenBuild.Result r =
        build
            .mvn(
                "compile",
                "cairn:diff",
                "cairn:diff",
                "cairn:check",
                "-Dcairn.name=add_phone",
                devUrl())
            .succeeded();
    assertThat(r.log())
        .contains("No changes: ")
        .contains("already produces the schema the entities describe. Nothing written.")
        .contains("cairn:check passed");
    try (Stream<Path> files = Files.list(build.file(MIGRATIONS))) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).hasSize(3).contains("20240101000000_initial.sql", "atlas.sum");
      String added = names.get(1);
      assertThat(added).matches("\\d{14}_add_phone\\.sql");
      assertThat(Files.readString(build.file(MIGRATIONS + "/" + added)))
          .contains("ALTER TABLE public.customer ADD COLUMN phone character varying(255)");
      assertThat(Files.readString(build.file(MIGRATIONS + "/atlas.sum"))).contains(added + " h1:");
    }
  }

  @Test
  void validateFailsOnAnEditedMigrationUnlessSkipped() throws Exception {
    MavenBuild build = shop("edited", HIBERNATE_7);
    build.replace(MIGRATIONS + "/20240101000000_initial.sql", "varchar(100)", "varchar(120)");
    MavenBuild.Result r = build.mvn("cairn:validate").failed();
    assertThat(r.log())
        .contains("migration file 20240101000000_initial.sql was edited")
        .contains("1 problem in ");
    MavenBuild.Result skipped = build.mvn("cairn:validate", "-Dcairn.skip").succeeded();
    assertThat(skipped.log()).contains("Skipping (cairn.skip=true)");
  }

  @Test
  void lintFailsOnADestructiveMigrationAndWritesTheReport() throws Exception {
    MavenBuild build = shop("lint", HIBERNATE_7);
    build.write(
        MIGRATIONS + "/20240201000000_drop_email.sql", "ALTER TABLE customer DROP COLUMN email;\n");
    AtlasSum.write(MigrationDirectory.of(build.file(MIGRATIONS)));
    MavenBuild.Result r =
        build
            .mvn(
                "cairn:lint",
                devUrl(),
                "-Dcairn.latest=1",
                "-Dcairn.lintFormat=sarif",
                "-Dcairn.lintOutput=target/lint.sarif")
            .failed();
    assertThat(r.log()).contains("lint: 1 files, 1 errors").contains("lint found errors in");
    assertThat(Files.readString(build.file("target/lint.sarif")))
        .contains("\"ruleId\": \"DS103\"")
        .contains("20240201000000_drop_email.sql");
  }

  @Test
  void applyAppliesPendingFilesThenHasNothingToDo(ScratchDatabase db) throws Exception {
    MavenBuild build = shop("apply", HIBERNATE_7);
    String hostAndDb = db.jdbcUrl().substring("jdbc:postgresql://".length());
    // Credentials through the environment, as a deploy job would pass them.
    Map<String, String> env = Map.of("CAIRN_URL", "postgres://" + db.user() + "@" + hostAndDb);

    MavenBuild.Result pending = build.mvn(env, "cairn:status", "-Dcairn.failOnPending").failed();
    assertThat(pending.log())
        .contains("Migration status: PENDING")
        .contains("Pending:         1")
        .contains("the database is not up to date (PENDING, 1 pending)");

    MavenBuild.Result applied = build.mvn(env, "cairn:apply").succeeded();
    assertThat(applied.log())
        .containsPattern("applied +20240101000000_initial.sql \\(3 statements")
        .contains("Applied 1 file; the database is at version 20240101000000");

    MavenBuild.Result again =
        build.mvn(env, "cairn:apply", "cairn:status", "-Dcairn.failOnPending").succeeded();
    assertThat(again.log())
        .contains("Nothing to apply: the database is at version 20240101000000")
        .contains("Migration status: UP_TO_DATE");

    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM customer) + (SELECT count(*) FROM purchase_order),"
                    + " (SELECT count(*) FROM atlas_schema_revisions.atlas_schema_revisions)")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
      assertThat(rs.getInt(2)).isEqualTo(1);
    }
  }

  @Test
  void driftFailsTheBuildNamingEachChangedObjectWithoutShowingThePassword(ScratchDatabase db)
      throws Exception {
    MavenBuild build = shop("drift-live", HIBERNATE_7);
    String hostAndDb = db.jdbcUrl().substring("jdbc:postgresql://".length());
    // The embedded server trusts local connections, so any password works; it must never show.
    Map<String, String> env =
        Map.of(
            "CAIRN_URL",
            "postgres://" + db.user() + "@" + hostAndDb,
            "CAIRN_PASSWORD",
            "drift-secret-42");
    build.mvn(env, "cairn:apply").succeeded();

    MavenBuild.Result clean =
        build.mvn(env, "cairn:drift", devUrl(), "-Dcairn.driftOutput=target/drift.txt").succeeded();
    assertThat(clean.log())
        .contains("No drift: ")
        .contains("matches the 1 applied file of ")
        .contains("(version 20240101000000)")
        .doesNotContain("drift-secret-42");
    assertThat(Files.readString(build.file("target/drift.txt"))).startsWith("No drift: ");

    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute("ALTER TABLE customer ADD COLUMN nickname text");
      st.execute("CREATE INDEX customer_email_idx ON customer (email)");
    }
    MavenBuild.Result drifted = build.mvn(env, "cairn:drift", devUrl()).failed();
    assertThat(drifted.log())
        .contains("differs from the 1 applied file of ")
        .contains("extra column public.customer.nickname")
        .contains("extra index public.customer.customer_email_idx")
        .contains("ALTER TABLE public.customer DROP COLUMN nickname")
        .contains("has drifted from its applied migrations in 2 objects")
        .doesNotContain("drift-secret-42");

    MavenBuild.Result reported =
        build.mvn(env, "cairn:drift", devUrl(), "-Dcairn.failOnDrift=false").succeeded();
    assertThat(reported.log())
        .contains("[WARNING] cairn:drift: ")
        .contains("extra column public.customer.nickname");
  }

  @Test
  void anUnreachableDatabaseFailsAfterTheRetryBudgetWithoutShowingThePassword() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    MavenBuild.Result r =
        shop("unreachable", HIBERNATE_7)
            .mvn(
                Map.of("CAIRN_PASSWORD", "hunter2-from-env"),
                "cairn:status",
                "-Dcairn.url=postgres://app:hunter2-in-url@127.0.0.1:" + port + "/app",
                "-Dcairn.connectRetry=1s");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.log())
        .contains("Database: jdbc:postgresql://127.0.0.1:" + port + "/app (user app)")
        .contains("Cannot reach the database at jdbc:postgresql://127.0.0.1:" + port)
        .doesNotContain("hunter2");
  }
}
