package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.CompositeType;
import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Domain;
import dev.cairn.diff.model.EnumType;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.Index;
import dev.cairn.diff.model.Policy;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Routine;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Sequence;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.Trigger;
import dev.cairn.diff.model.View;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inspects one rich schema (every modelled object kind) and checks the model field by field. */
class CatalogInspectorTest {
  private static ScratchDatabase db;
  private static Database model;

  @BeforeAll
  static void buildRichSchema() throws Exception {
    db = PostgresServer.shared().createDatabase("inspect_rich");
    SqlScripts.run(db.dataSource(), SqlScripts.resource("/inspect/rich.sql"));
    try (Connection c = db.connect()) {
      model = CatalogInspector.inspect(c);
    }
  }

  @AfterAll
  static void dropIt() {
    if (db != null) {
      db.close();
    }
  }

  private static Table table(String schema, String name) {
    return model.table(QualifiedName.of(schema, name)).orElseThrow();
  }

  private static Schema app() {
    return model.schema("app").orElseThrow();
  }

  private static QualifiedName app(String name) {
    return QualifiedName.of("app", name);
  }

  @Test
  void schemasAndExtensionsAreListedWithoutExtensionMembers() {
    assertThat(model.schemas()).extracting(Schema::name).containsExactly("app", "public");
    assertThat(app().comment()).isEqualTo("application objects");
    // plpgsql comes with every database; btree_gist and pg_trgm were installed by the script.
    assertThat(model.extensions())
        .extracting(Extension::name, Extension::schema)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("btree_gist", "public"),
            org.assertj.core.groups.Tuple.tuple("pg_trgm", "public"));
    Schema pub = model.schema("public").orElseThrow();
    // The extensions put hundreds of functions, operators and opclasses into public: none leak.
    assertThat(pub.routines()).isEmpty();
    assertThat(pub.tables()).extracting(t -> t.name().name()).containsExactly("Mixed Case", "note");
    assertThat(model.unsupported()).isEmpty();
  }

  @Test
  void columnsCarryTypeDefaultIdentityGenerationCollationAndComment() {
    assertThat(table("app", "customer").columns())
        .containsExactly(
            new Column("id", "bigint", true, null, Column.Identity.ALWAYS, null, null, null),
            new Column("email", "app.email", false, null, null, null, null, null),
            new Column(
                "name", "character varying(200)", true, null, null, null, "\"C\"", "display name"),
            new Column("status", "app.status", true, "'draft'::app.status", null, null, null, null),
            new Column("score", "numeric(5,2)", false, null, null, null, null, null),
            new Column("name_upper", "text", false, null, null, "upper((name)::text)", null, null),
            new Column(
                "created_at",
                "timestamp(3) with time zone",
                true,
                "now()",
                null,
                null,
                null,
                null));
    assertThat(table("app", "invoice").column("legacy_id").orElseThrow().defaultExpression())
        .isEqualTo("nextval('app.invoice_legacy_id_seq'::regclass)");
    assertThat(table("app", "invoice").column("tags").orElseThrow().type()).isEqualTo("text[]");
    assertThat(table("public", "Mixed Case").columns())
        .extracting(Column::name)
        .containsExactly("Id", "select");
  }

  @Test
  void constraintsKeepKeyOrderActionsAndValidity() {
    Table invoice = table("app", "invoice");
    assertThat(invoice.constraints())
        .extracting(Constraint::name)
        .containsExactly(
            "invoice_customer_fk", "invoice_no_overlap", "invoice_pkey", "invoice_region_check");
    assertThat(invoice.primaryKey().orElseThrow())
        .isEqualTo(
            new Constraint(
                "invoice_pkey",
                Constraint.Kind.PRIMARY_KEY,
                "PRIMARY KEY (region, id)",
                List.of("region", "id"),
                null,
                true,
                null));
    assertThat(invoice.foreignKeys())
        .containsExactly(
            new Constraint(
                "invoice_customer_fk",
                Constraint.Kind.FOREIGN_KEY,
                "FOREIGN KEY (customer_id) REFERENCES app.customer(id) ON UPDATE SET NULL"
                    + " ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED",
                List.of("customer_id"),
                app("customer"),
                true,
                null));
    assertThat(invoice.constraints().get(1))
        .isEqualTo(
            new Constraint(
                "invoice_no_overlap",
                Constraint.Kind.EXCLUSION,
                "EXCLUDE USING gist (region WITH =, during WITH &&)",
                List.of("region", "during"),
                null,
                true,
                null));
    Constraint notValid = invoice.constraints().get(3);
    assertThat(notValid.kind()).isEqualTo(Constraint.Kind.CHECK);
    assertThat(notValid.validated()).isFalse();
    assertThat(notValid.definition()).isEqualTo("CHECK ((region <> ''::text)) NOT VALID");

    Table customer = table("app", "customer");
    assertThat(customer.constraints())
        .extracting(Constraint::name, Constraint::kind, Constraint::comment)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "customer_email_key", Constraint.Kind.UNIQUE, "one account per address"),
            org.assertj.core.groups.Tuple.tuple("customer_pkey", Constraint.Kind.PRIMARY_KEY, null),
            org.assertj.core.groups.Tuple.tuple(
                "customer_score_check", Constraint.Kind.CHECK, null));
    // PostgreSQL rewrites BETWEEN; the model keeps what the catalog says.
    assertThat(customer.constraints().get(2).definition())
        .isEqualTo("CHECK (((score >= (0)::numeric) AND (score <= (100)::numeric)))");
    assertThat(table("public", "note").foreignKeys())
        .singleElement()
        .extracting(Constraint::name, Constraint::references)
        .containsExactly("note_customer_id_fkey", app("customer"));
  }

  @Test
  void indexesLeaveOutConstraintIndexesAndKeepTheirFullDefinition() {
    assertThat(table("app", "invoice").indexes())
        .containsExactly(
            new Index(
                "invoice_legacy_idx",
                "CREATE UNIQUE INDEX invoice_legacy_idx ON app.invoice USING btree (legacy_id)"
                    + " INCLUDE (customer_id) NULLS NOT DISTINCT",
                true,
                List.of("legacy_id"),
                true,
                null),
            new Index(
                "invoice_tags_idx",
                "CREATE INDEX invoice_tags_idx ON app.invoice USING gin (tags)",
                false,
                List.of("tags"),
                true,
                "tag search"));
    assertThat(table("app", "customer").indexes())
        .containsExactly(
            new Index(
                "customer_lower_name_idx",
                "CREATE INDEX customer_lower_name_idx ON app.customer USING btree"
                    + " (lower((name)::text) text_pattern_ops DESC NULLS LAST)"
                    + " WHERE (status <> 'done'::app.status)",
                false,
                List.of(),
                true,
                null),
            new Index(
                "customer_name_trgm_idx",
                "CREATE INDEX customer_name_trgm_idx ON app.customer USING gin"
                    + " (name public.gin_trgm_ops)",
                false,
                List.of("name"),
                true,
                null));
  }

  @Test
  void partitionsListOnlyWhatTheyDoNotInherit() {
    Table parent = table("app", "measurement");
    assertThat(parent.partitionKey()).isEqualTo("RANGE (logdate)");
    assertThat(parent.primaryKey()).isPresent();
    assertThat(parent.indexes())
        .extracting(Index::definition)
        .containsExactly(
            "CREATE INDEX measurement_peak_idx ON ONLY app.measurement USING btree (peak)");
    Table p2024 = table("app", "measurement_2024");
    assertThat(p2024.partitionOf()).isEqualTo(app("measurement"));
    assertThat(p2024.partitionBound())
        .isEqualTo("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    assertThat(p2024.partitionKey()).isNull();
    assertThat(p2024.constraints()).isEmpty();
    assertThat(p2024.indexes()).isEmpty();
    assertThat(p2024.columns())
        .extracting(Column::name)
        .containsExactly("city_id", "logdate", "peak");
    assertThat(table("app", "measurement_2025").indexes())
        .extracting(Index::name)
        .containsExactly("measurement_2025_city_idx");
  }

  @Test
  void tableFlags() {
    assertThat(table("app", "scratch").unlogged()).isTrue();
    assertThat(table("app", "customer").unlogged()).isFalse();
    Table invoice = table("app", "invoice");
    assertThat(invoice.rowSecurity()).isTrue();
    assertThat(invoice.forceRowSecurity()).isTrue();
    assertThat(table("app", "customer").rowSecurity()).isFalse();
    assertThat(table("app", "customer").comment()).isEqualTo("customers");
  }

  @Test
  void policiesTriggersAndTheirFunctions() {
    assertThat(table("app", "invoice").policies())
        .containsExactly(
            new Policy(
                "invoice_by_region",
                false,
                "SELECT",
                List.of("public"),
                "(region = current_setting('app.region'::text))",
                null),
            new Policy(
                "invoice_insert", true, "INSERT", List.of("public"), null, "(customer_id > 0)"));
    assertThat(table("app", "customer").triggers())
        .containsExactly(
            new Trigger(
                "customer_touch",
                "CREATE TRIGGER customer_touch BEFORE INSERT OR UPDATE OF name ON app.customer"
                    + " FOR EACH ROW WHEN ((new.name IS NOT NULL)) EXECUTE FUNCTION app.touch()",
                app("touch"),
                'D',
                "keeps created_at fresh"));
  }

  @Test
  void sequencesExcludeIdentitySequencesAndKnowTheirOwner() {
    assertThat(app().sequences())
        .containsExactly(
            new Sequence(
                app("invoice_legacy_id_seq"),
                "integer",
                1,
                1,
                1,
                Integer.MAX_VALUE,
                1,
                false,
                new Sequence.ColumnRef(app("invoice"), "legacy_id"),
                null),
            new Sequence(
                app("invoice_no"),
                "integer",
                1000,
                5,
                10,
                999999,
                3,
                true,
                new Sequence.ColumnRef(app("invoice"), "id"),
                "invoice numbers"));
  }

  @Test
  void typesEnumsDomainsAndComposites() {
    assertThat(app().enums())
        .containsExactly(
            new EnumType(
                app("status"), List.of("draft", "sent", "archived", "done"), "document status"));
    assertThat(app().domains())
        .containsExactly(
            new Domain(
                app("email"),
                "text",
                true,
                "'nobody@example.com'::text",
                "\"C\"",
                List.of(
                    new Constraint(
                        "email_has_at",
                        Constraint.Kind.CHECK,
                        "CHECK ((VALUE ~~ '%@%'::text))",
                        List.of(),
                        null,
                        true,
                        null)),
                "an e-mail address"));
    assertThat(app().compositeTypes())
        .containsExactly(
            new CompositeType(
                app("money_amount"),
                List.of(
                    new CompositeType.Attribute("amount", "numeric(12,2)", null),
                    new CompositeType.Attribute("currency", "character(3)", "\"C\"")),
                "amount with currency"));
  }

  @Test
  void viewsAndMaterializedViews() {
    assertThat(app().views())
        .extracting(View::name)
        .containsExactly(app("active_customer"), app("invoice_total"));
    View active = app().views().get(0);
    assertThat(active.materialized()).isFalse();
    assertThat(active.columns()).containsExactly("id", "name");
    assertThat(active.options()).containsExactly("security_barrier=true");
    assertThat(active.dependsOn()).containsExactly(app("customer"));
    assertThat(active.comment()).isEqualTo("not done");
    assertThat(active.definition())
        .isEqualTo(
            " SELECT id,\n    name\n   FROM app.customer c\n  WHERE status <> 'done'::app.status;");
    View total = app().views().get(1);
    assertThat(total.materialized()).isTrue();
    assertThat(total.dependsOn()).containsExactly(app("active_customer"), app("invoice"));
    assertThat(total.indexes())
        .extracting(Index::name, Index::unique)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("invoice_total_customer_idx", true));
  }

  @Test
  void routinesSortedByNameThenArguments() {
    assertThat(app().routines())
        .extracting(Routine::signature, Routine::procedure, Routine::resultType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("app.add(a integer, b integer)", false, "integer"),
            org.assertj.core.groups.Tuple.tuple("app.add(a numeric, b numeric)", false, "numeric"),
            org.assertj.core.groups.Tuple.tuple("app.archive(IN p_before date)", true, null),
            org.assertj.core.groups.Tuple.tuple("app.touch()", false, "trigger"));
    Routine add = app().routines().get(0);
    assertThat(add.definition())
        .startsWith("CREATE OR REPLACE FUNCTION app.add(a integer, b integer DEFAULT 1)")
        .contains("IMMUTABLE STRICT")
        .contains("$function$SELECT a + b$function$");
    assertThat(app().routines().get(3).comment()).isEqualTo("sets created_at");
  }
}
