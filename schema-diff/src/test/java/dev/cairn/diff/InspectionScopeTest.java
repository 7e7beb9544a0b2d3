package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Sequence;
import dev.cairn.diff.model.Table;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Equality across statement orders, schema/table exclusions and session handling. */
@WithPostgres
class InspectionScopeTest {

  private static Database inspect(DataSource ds, InspectOptions options) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return CatalogInspector.inspect(c, options);
    }
  }

  @Test
  void theSameSchemaBuiltInAnotherOrderInspectsEqual(DataSource a, PostgresServer server)
      throws SQLException {
    SqlScripts.run(a, SqlScripts.resource("/inspect/rich.sql"));
    Database first = inspect(a, InspectOptions.defaults());
    Database second;
    try (ScratchDatabase b = server.createDatabase("reordered")) {
      SqlScripts.run(b.dataSource(), SqlScripts.resource("/inspect/rich_reordered.sql"));
      second = inspect(b.dataSource(), InspectOptions.defaults());
    }
    for (Schema s : first.schemas()) {
      Schema other = second.schema(s.name()).orElseThrow();
      for (Table t : s.tables()) {
        assertThat(other.table(t.name().name())).as("table %s", t.name()).contains(t);
      }
      // Part by part first, so that a failure points at the object that differs.
      assertThat(other.sequences()).as("sequences").isEqualTo(s.sequences());
      assertThat(other.enums()).as("enums").isEqualTo(s.enums());
      assertThat(other.domains()).as("domains").isEqualTo(s.domains());
      assertThat(other.compositeTypes()).as("composite types").isEqualTo(s.compositeTypes());
      assertThat(other.views()).as("views").isEqualTo(s.views());
      assertThat(other.routines()).as("routines").isEqualTo(s.routines());
      assertThat(other).as("schema %s", s.name()).isEqualTo(s);
    }
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aFreshDatabaseHasOnlyThePublicSchema(DataSource ds) throws SQLException {
    Database db = inspect(ds, InspectOptions.defaults());
    assertThat(db.schemas()).extracting(Schema::name).containsExactly("public");
    Schema pub = db.schemas().get(0);
    assertThat(pub.tables()).isEmpty();
    assertThat(pub.routines()).isEmpty();
    assertThat(db.extensions()).isEmpty();
    assertThat(db.unsupported()).isEmpty();
  }

  @Test
  void revisionSchemaAndTableAreLeftOutByDefault(DataSource ds) throws SQLException {
    SqlScripts.run(
        ds,
        """
        CREATE SCHEMA atlas_schema_revisions;
        CREATE TABLE atlas_schema_revisions.atlas_schema_revisions (version text PRIMARY KEY);
        CREATE SCHEMA app;
        CREATE TABLE app.atlas_schema_revisions (version text PRIMARY KEY, n serial);
        CREATE TABLE app.t (id int PRIMARY KEY);
        """);
    Database db = inspect(ds, InspectOptions.defaults());
    assertThat(db.schemas()).extracting(Schema::name).containsExactly("app", "public");
    assertThat(db.schema("app").orElseThrow().tables())
        .extracting(t -> t.name().name())
        .containsExactly("t");
    // The serial's sequence belongs to the excluded table and goes with it.
    assertThat(db.schema("app").orElseThrow().sequences()).isEmpty();

    Database all = inspect(ds, InspectOptions.everything());
    assertThat(all.schemas())
        .extracting(Schema::name)
        .containsExactly("app", "atlas_schema_revisions", "public");
    assertThat(all.table(QualifiedName.of("app", "atlas_schema_revisions"))).isPresent();
    assertThat(all.schema("app").orElseThrow().sequences())
        .extracting(Sequence::name)
        .containsExactly(QualifiedName.of("app", "atlas_schema_revisions_n_seq"));
  }

  @Test
  void schemaAndTablePatternsSelectWhatIsRead(DataSource ds) throws SQLException {
    SqlScripts.run(
        ds,
        """
        CREATE SCHEMA app; CREATE SCHEMA audit; CREATE SCHEMA tmp_1;
        CREATE TABLE app.customer (id int PRIMARY KEY);
        CREATE TABLE app.customer_archive (id int PRIMARY KEY);
        CREATE INDEX customer_archive_idx ON app.customer_archive (id);
        CREATE TABLE app.orders (id int PRIMARY KEY, customer_id int REFERENCES app.customer);
        CREATE TABLE audit.customer (id int);
        CREATE TABLE tmp_1.x (id int);
        CREATE VIEW app.customer_view AS SELECT id FROM app.customer;
        """);
    Database onlyApp = inspect(ds, InspectOptions.defaults().withSchemas("app"));
    assertThat(onlyApp.schemas()).extracting(Schema::name).containsExactly("app");

    Database noTmp = inspect(ds, InspectOptions.defaults().excludingSchemas("tmp_*"));
    assertThat(noTmp.schemas()).extracting(Schema::name).containsExactly("app", "audit", "public");

    Database noCustomerStar =
        inspect(ds, InspectOptions.defaults().excludingTables("app.customer_*"));
    assertThat(noCustomerStar.schema("app").orElseThrow().tables())
        .extracting(t -> t.name().name())
        .containsExactly("customer", "orders");
    assertThat(noCustomerStar.schema("app").orElseThrow().views()).isEmpty();

    // Without a schema, a table pattern applies in every schema.
    Database noCustomer = inspect(ds, InspectOptions.defaults().excludingTables("customer"));
    assertThat(noCustomer.table(QualifiedName.of("app", "customer"))).isEmpty();
    assertThat(noCustomer.table(QualifiedName.of("audit", "customer"))).isEmpty();
    assertThat(noCustomer.table(QualifiedName.of("app", "customer_archive"))).isPresent();
  }

  @Test
  void definitionsDoNotDependOnTheCallersSearchPath(DataSource ds) throws SQLException {
    SqlScripts.run(
        ds,
        """
        CREATE SCHEMA app;
        CREATE TYPE app.mood AS ENUM ('ok');
        CREATE TABLE app.t (id int PRIMARY KEY, m app.mood DEFAULT 'ok');
        CREATE VIEW app.v AS SELECT id FROM app.t;
        """);
    Database plain = inspect(ds, InspectOptions.defaults());
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute("SET search_path = app, public");
      st.execute("SET IntervalStyle = 'sql_standard'");
      Database withPath = CatalogInspector.inspect(c, InspectOptions.defaults());
      assertThat(withPath).isEqualTo(plain);
      assertThat(withPath.table(QualifiedName.of("app", "t")).orElseThrow().columns().get(1).type())
          .isEqualTo("app.mood");
      // The caller's session is left as it was, and auto-commit is back on.
      assertThat(c.getAutoCommit()).isTrue();
      try (ResultSet rs = st.executeQuery("SHOW search_path")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("app, public");
      }
    }
  }

  @Test
  void inspectsInsideTheCallersTransactionAndRestoresItsSettings(DataSource ds)
      throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.execute("CREATE TABLE uncommitted (id int)");
      st.execute("SET search_path = public");
      Database db = CatalogInspector.inspect(c);
      // The caller's own uncommitted work is visible: same transaction.
      assertThat(db.table(QualifiedName.of("public", "uncommitted"))).isPresent();
      try (ResultSet rs = st.executeQuery("SHOW search_path")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("public");
      }
      c.rollback();
    }
  }

  @Test
  void aFailedReadSaysWhatHappened(DataSource ds) throws SQLException {
    Connection c = ds.getConnection();
    c.close();
    assertThatThrownBy(() -> CatalogInspector.inspect(c))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("Reading the schema from the database catalog failed")
        .satisfies(
            e -> assertThat(((CairnException) e).code()).isEqualTo(ErrorCode.INSPECTION_FAILED));
  }
}
