package dev.cairn.diff;

import static dev.cairn.diff.M.check;
import static dev.cairn.diff.M.col;
import static dev.cairn.diff.M.db;
import static dev.cairn.diff.M.def;
import static dev.cairn.diff.M.enumType;
import static dev.cairn.diff.M.fk;
import static dev.cairn.diff.M.function;
import static dev.cairn.diff.M.generated;
import static dev.cairn.diff.M.identity;
import static dev.cairn.diff.M.index;
import static dev.cairn.diff.M.nn;
import static dev.cairn.diff.M.notValid;
import static dev.cairn.diff.M.pk;
import static dev.cairn.diff.M.qn;
import static dev.cairn.diff.M.schema;
import static dev.cairn.diff.M.sequence;
import static dev.cairn.diff.M.table;
import static dev.cairn.diff.M.trigger;
import static dev.cairn.diff.M.unique;
import static dev.cairn.diff.M.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.PlannedStatement.Stage;
import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.CompositeType;
import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Domain;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.Index;
import dev.cairn.diff.model.Policy;
import dev.cairn.diff.model.Routine;
import dev.cairn.diff.model.Sequence;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.Trigger;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact SQL planned for each change kind, written by hand from PostgreSQL's grammar. Each case
 * also runs on a real database: the "from" model is created there first, then the expected
 * statements must execute without error — so every golden statement is valid SQL against that
 * state.
 */
class PlannerGoldenTest {
  private static ScratchDatabase database;
  private static Connection connection;

  @BeforeAll
  static void open() throws SQLException {
    database = PostgresServer.shared().createDatabase("golden");
    connection = database.connect();
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
    database.close();
  }

  record Case(
      String name,
      Database from,
      Database to,
      RenameHints hints,
      boolean online,
      int version,
      String sql) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Table customers(Object... extra) {
    List<Object> parts = new ArrayList<>();
    parts.add(nn(col("id", "bigint")));
    parts.add(nn(col("email", "text")));
    parts.add(col("name", "text"));
    parts.add(pk("customers_pkey", "id"));
    parts.addAll(List.of(extra));
    return table("public.customers", parts.toArray());
  }

  static Table orders(Object... extra) {
    List<Object> parts = new ArrayList<>();
    parts.add(nn(col("id", "bigint")));
    parts.add(nn(col("customer_id", "bigint")));
    parts.add(nn(def(col("total", "numeric(12,2)"), "0")));
    parts.add(pk("orders_pkey", "id"));
    parts.addAll(List.of(extra));
    return table("public.orders", parts.toArray());
  }

  static Table partitioned(String name) {
    Table t = table(name, nn(col("id", "bigint")), nn(col("day", "date")));
    return new Table(
        t.name(),
        t.columns(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        false,
        false,
        "RANGE (day)",
        null,
        null,
        false,
        null);
  }

  static Table partition(String name, String parent, String year) {
    Table t = table(name, nn(col("id", "bigint")), nn(col("day", "date")));
    int y = Integer.parseInt(year);
    return new Table(
        t.name(),
        t.columns(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        false,
        false,
        null,
        qn(parent),
        "FOR VALUES FROM ('" + y + "-01-01') TO ('" + (y + 1) + "-01-01')",
        false,
        null);
  }

  static Constraint ordersFk() {
    return fk("orders_customer_id_fkey", "customer_id", "public.customers", "id", "");
  }

  static Case c(String name, Database from, Database to, String sql) {
    return new Case(name, from, to, RenameHints.none(), true, 15, sql);
  }

  static Case on17(String name, Database from, Database to, String sql) {
    return new Case(name, from, to, RenameHints.none(), true, 17, sql);
  }

  static Case offline(String name, Database from, Database to, String sql) {
    return new Case(name, from, to, RenameHints.none(), false, 15, sql);
  }

  static Case hinted(String name, Database from, Database to, RenameHints hints, String sql) {
    return new Case(name, from, to, hints, true, 15, sql);
  }

  static Database pub(Object... objects) {
    return db(schema("public", objects));
  }

  static Stream<Case> cases() {
    Table ordersFull =
        M.comment(
            table(
                "public.orders",
                identity(col("id", "bigint"), Column.Identity.ALWAYS),
                nn(col("customer_id", "bigint")),
                nn(def(col("total", "numeric(12,2)"), "0")),
                M.comment(col("note", "text"), "free text"),
                pk("orders_pkey", "id"),
                check("orders_total_check", "CHECK ((total >= (0)::numeric))", "total"),
                fk(
                    "orders_customer_id_fkey",
                    "customer_id",
                    "public.customers",
                    "id",
                    "ON DELETE CASCADE"),
                index("orders_customer_id_idx", "public.orders", "customer_id", "customer_id")),
            "Orders placed");
    Table a =
        table(
            "public.a",
            nn(col("id", "integer")),
            col("b_id", "integer"),
            pk("a_pkey", "id"),
            fk("a_b_id_fkey", "b_id", "public.b", "id", ""));
    Table b =
        table(
            "public.b",
            nn(col("id", "integer")),
            col("a_id", "integer"),
            pk("b_pkey", "id"),
            fk("b_a_id_fkey", "a_id", "public.a", "id", ""));
    Index nameIdx = index("customers_name_idx", "public.customers", "name", "name");
    Sequence itemsSeq =
        new Sequence(
            qn("public.items_id_seq"),
            "integer",
            1,
            1,
            1,
            Integer.MAX_VALUE,
            1,
            false,
            new Sequence.ColumnRef(qn("public.items"), "id"),
            null);
    Table items =
        table(
            "public.items",
            nn(def(col("id", "integer"), "nextval('items_id_seq'::regclass)")),
            pk("items_pkey", "id"));
    Routine touch = function("public.touch", "", "trigger", "begin return new; end;");
    Table docs = table("public.docs", nn(col("id", "integer")), nn(col("owner", "name")));
    Policy owner =
        new Policy("p_owner", true, "SELECT", List.of("public"), "(owner = CURRENT_USER)", null);
    Domain positive =
        new Domain(
            qn("public.positive_int"),
            "integer",
            true,
            "1",
            null,
            List.of(check("positive_int_check", "CHECK ((VALUE > 0))")),
            null);
    CompositeType address =
        new CompositeType(
            qn("public.address"),
            List.of(
                new CompositeType.Attribute("street", "text", null),
                new CompositeType.Attribute("zip", "character varying(10)", null)),
            null);
    String bigOrdersDef =
        " SELECT id,\n    total\n   FROM orders\n  WHERE (total > (100)::numeric);";
    Table statusTable =
        table("public.t", nn(col("id", "integer")), def(col("s", "status"), "'a'::status"));
    Table customersUnique = customers(unique("customers_email_key", "email"));
    Table ordersByEmail =
        orders(
            nn(col("customer_email", "text")),
            fk("orders_customer_email_fkey", "customer_email", "public.customers", "email", ""));

    Table events = partitioned("public.events");
    Table events2024 = table("public.events_2024", nn(col("id", "bigint")), nn(col("day", "date")));
    Table events2025 = table("public.events_2025", nn(col("id", "bigint")), nn(col("day", "date")));
    Table eventsIndexed =
        new Table(
            events.name(),
            events.columns(),
            List.of(),
            List.of(
                new Index(
                    "events_day_idx",
                    "CREATE INDEX events_day_idx ON ONLY public.events USING btree (day)",
                    false,
                    List.of("day"),
                    true,
                    null)),
            List.of(),
            List.of(),
            false,
            false,
            "RANGE (day)",
            null,
            null,
            false,
            null);
    return Stream.of(
        c(
            "create table with constraints, index, identity and comments",
            pub(customers()),
            pub(customers(), ordersFull),
            """
            CREATE TABLE public.orders (
                id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                customer_id bigint NOT NULL,
                total numeric(12,2) DEFAULT 0 NOT NULL,
                note text,
                CONSTRAINT orders_pkey PRIMARY KEY (id),
                CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
            );
            CREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id);
            ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;
            COMMENT ON TABLE public.orders IS 'Orders placed';
            COMMENT ON COLUMN public.orders.note IS 'free text';
            """),
        c(
            "drop table",
            pub(customers(), orders(ordersFk())),
            pub(customers()),
            """
            DROP TABLE public.orders;
            """),
        c(
            "drop tables referencing each other",
            pub(a, b),
            pub(),
            """
            ALTER TABLE public.a DROP CONSTRAINT a_b_id_fkey;
            ALTER TABLE public.b DROP CONSTRAINT b_a_id_fkey;
            DROP TABLE public.a;
            DROP TABLE public.b;
            """),
        hinted(
            "rename table by hint, primary key follows by definition",
            pub(table("public.customer", nn(col("id", "bigint")), pk("customer_pkey", "id"))),
            pub(table("public.customers", nn(col("id", "bigint")), pk("customers_pkey", "id"))),
            RenameHints.none().table("public", "customer", "customers"),
            """
            ALTER TABLE public.customer RENAME TO customers;
            ALTER TABLE public.customers RENAME CONSTRAINT customer_pkey TO customers_pkey;
            """),
        hinted(
            "rename column by hint, unique key follows",
            pub(
                table(
                    "public.customers",
                    nn(col("id", "bigint")),
                    col("mail", "text"),
                    unique("customers_mail_key", "mail"))),
            pub(
                table(
                    "public.customers",
                    nn(col("id", "bigint")),
                    col("email", "text"),
                    unique("customers_email_key", "email"))),
            RenameHints.none().parse("public.customers.mail=email"),
            """
            ALTER TABLE public.customers RENAME COLUMN mail TO email;
            ALTER TABLE public.customers RENAME CONSTRAINT customers_mail_key TO customers_email_key;
            """),
        c(
            "add columns in desired order",
            pub(customers()),
            pub(
                customers(
                    col("phone", "text"),
                    nn(def(col("created_at", "timestamp with time zone"), "now()")),
                    nn(col("tier", "integer")))),
            """
            ALTER TABLE public.customers ADD COLUMN phone text;
            ALTER TABLE public.customers ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;
            ALTER TABLE public.customers ADD COLUMN tier integer NOT NULL;
            """),
        c(
            "drop column",
            pub(customers()),
            pub(
                table(
                    "public.customers",
                    nn(col("id", "bigint")),
                    nn(col("email", "text")),
                    pk("customers_pkey", "id"))),
            """
            ALTER TABLE public.customers DROP COLUMN name;
            """),
        c(
            "widen numeric column keeping its default",
            pub(orders()),
            pub(
                table(
                    "public.orders",
                    nn(col("id", "bigint")),
                    nn(col("customer_id", "bigint")),
                    nn(def(col("total", "numeric(14,2)"), "0")),
                    pk("orders_pkey", "id"))),
            """
            ALTER TABLE public.orders ALTER COLUMN total DROP DEFAULT;
            ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(14,2);
            ALTER TABLE public.orders ALTER COLUMN total SET DEFAULT 0;
            """),
        c(
            "text to integer needs an explicit conversion",
            pub(table("public.codes", col("code", "text"))),
            pub(table("public.codes", col("code", "integer"))),
            """
            ALTER TABLE public.codes ALTER COLUMN code TYPE integer USING code::integer;
            """),
        c(
            "a dropped table's foreign key into a retyped column goes before the type change",
            pub(
                table("public.codes", nn(col("code", "text")), pk("codes_pkey", "code")),
                table(
                    "public.uses",
                    col("code", "text"),
                    fk("uses_code_fkey", "code", "public.codes", "code", ""))),
            pub(table("public.codes", nn(col("code", "integer")), pk("codes_pkey", "code"))),
            """
            ALTER TABLE public.uses DROP CONSTRAINT uses_code_fkey;
            ALTER TABLE public.codes ALTER COLUMN code TYPE integer USING code::integer;
            DROP TABLE public.uses;
            """),
        c(
            "set not null through a validated check",
            pub(customers()),
            pub(
                table(
                    "public.customers",
                    nn(col("id", "bigint")),
                    nn(col("email", "text")),
                    nn(col("name", "text")),
                    pk("customers_pkey", "id"))),
            """
            ALTER TABLE public.customers ADD CONSTRAINT name_not_null_cairn CHECK (name IS NOT NULL) NOT VALID;
            -- ONLINE
            ALTER TABLE public.customers VALIDATE CONSTRAINT name_not_null_cairn;
            ALTER TABLE public.customers ALTER COLUMN name SET NOT NULL;
            ALTER TABLE public.customers DROP CONSTRAINT name_not_null_cairn;
            """),
        offline(
            "set not null, plain",
            pub(customers()),
            pub(
                table(
                    "public.customers",
                    nn(col("id", "bigint")),
                    nn(col("email", "text")),
                    nn(col("name", "text")),
                    pk("customers_pkey", "id"))),
            """
            ALTER TABLE public.customers ALTER COLUMN name SET NOT NULL;
            """),
        c(
            "drop not null, set and drop defaults",
            pub(customers()),
            pub(
                table(
                    "public.customers",
                    nn(col("id", "bigint")),
                    col("email", "text"),
                    def(col("name", "text"), "'anonymous'::text"),
                    pk("customers_pkey", "id"))),
            """
            ALTER TABLE public.customers ALTER COLUMN email DROP NOT NULL;
            ALTER TABLE public.customers ALTER COLUMN name SET DEFAULT 'anonymous'::text;
            """),
        c(
            "identity added to a nullable column",
            pub(table("public.t", col("id", "bigint"))),
            pub(table("public.t", identity(col("id", "bigint"), Column.Identity.BY_DEFAULT))),
            """
            ALTER TABLE public.t ALTER COLUMN id SET NOT NULL;
            ALTER TABLE public.t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
            """),
        c(
            "identity kind changes, identity dropped",
            pub(
                table(
                    "public.t",
                    identity(col("a", "bigint"), Column.Identity.BY_DEFAULT),
                    identity(col("b", "bigint"), Column.Identity.ALWAYS))),
            pub(
                table(
                    "public.t",
                    identity(col("a", "bigint"), Column.Identity.ALWAYS),
                    nn(col("b", "bigint")))),
            """
            ALTER TABLE public.t ALTER COLUMN b DROP IDENTITY;
            ALTER TABLE public.t ALTER COLUMN a SET GENERATED ALWAYS;
            """),
        c(
            "generated column expression changes, another stops being generated",
            pub(
                table(
                    "public.p",
                    col("price", "numeric"),
                    generated(col("cents", "bigint"), "(price * (100)::numeric)"),
                    generated(col("doubled", "numeric"), "(price * (2)::numeric)"))),
            pub(
                table(
                    "public.p",
                    col("price", "numeric"),
                    generated(col("cents", "bigint"), "round((price * (100)::numeric))"),
                    col("doubled", "numeric"))),
            """
            ALTER TABLE public.p ALTER COLUMN doubled DROP EXPRESSION;
            ALTER TABLE public.p DROP COLUMN cents;
            ALTER TABLE public.p ADD COLUMN cents bigint GENERATED ALWAYS AS (round((price * (100)::numeric))) STORED;
            """),
        on17(
            "generated column expression set in place on PostgreSQL 17",
            pub(
                table(
                    "public.p",
                    col("price", "numeric"),
                    generated(col("cents", "bigint"), "(price * (100)::numeric)"),
                    generated(col("doubled", "numeric"), "(price * (2)::numeric)"))),
            pub(
                table(
                    "public.p",
                    col("price", "numeric"),
                    generated(col("cents", "bigint"), "round((price * (100)::numeric))"),
                    col("doubled", "numeric"))),
            """
            ALTER TABLE public.p ALTER COLUMN doubled DROP EXPRESSION;
            ALTER TABLE public.p ALTER COLUMN cents SET EXPRESSION AS (round((price * (100)::numeric)));
            """),
        c(
            "foreign key on an existing table: not valid, then validate",
            pub(customers(), orders()),
            pub(customers(), orders(ordersFk())),
            """
            ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;
            -- ONLINE
            ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_id_fkey;
            """),
        offline(
            "foreign key on an existing table, plain",
            pub(customers(), orders()),
            pub(customers(), orders(ordersFk())),
            """
            ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
            """),
        c(
            "check constraint changes",
            pub(orders(check("orders_total_check", "CHECK ((total >= (0)::numeric))", "total"))),
            pub(orders(check("orders_total_check", "CHECK ((total > (0)::numeric))", "total"))),
            """
            ALTER TABLE public.orders DROP CONSTRAINT orders_total_check;
            ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK ((total > (0)::numeric)) NOT VALID;
            -- ONLINE
            ALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_check;
            """),
        c(
            "unique constraint through a concurrent index",
            pub(customers()),
            pub(customersUnique),
            """
            -- ONLINE
            CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON public.customers USING btree (email);
            ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key;
            """),
        offline(
            "unique constraint, plain",
            pub(customers()),
            pub(customersUnique),
            """
            ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE (email);
            """),
        c(
            "primary key through a concurrent index",
            pub(table("public.t", nn(col("id", "integer")))),
            pub(table("public.t", nn(col("id", "integer")), pk("t_pkey", "id"))),
            """
            -- ONLINE
            CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON public.t USING btree (id);
            ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey;
            """),
        c(
            "drop constraint",
            pub(customersUnique),
            pub(customers()),
            """
            ALTER TABLE public.customers DROP CONSTRAINT customers_email_key;
            """),
        c(
            "validate a constraint added not valid",
            pub(customers(), orders(notValid(ordersFk()))),
            pub(customers(), orders(ordersFk())),
            """
            -- ONLINE
            ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_id_fkey;
            """),
        c(
            "foreign key over a rebuilt unique key is dropped and re-added",
            pub(customersUnique, ordersByEmail),
            pub(
                customers(
                    new Constraint(
                        "customers_email_key",
                        Constraint.Kind.UNIQUE,
                        "UNIQUE NULLS NOT DISTINCT (email)",
                        List.of("email"),
                        null,
                        true,
                        null)),
                ordersByEmail),
            """
            ALTER TABLE public.orders DROP CONSTRAINT orders_customer_email_fkey;
            ALTER TABLE public.customers DROP CONSTRAINT customers_email_key;
            -- ONLINE
            CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON public.customers USING btree (email) NULLS NOT DISTINCT;
            ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key;
            ALTER TABLE public.orders ADD CONSTRAINT orders_customer_email_fkey FOREIGN KEY (customer_email) REFERENCES public.customers(email) NOT VALID;
            ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_email_fkey;
            """),
        c(
            "create index concurrently",
            pub(customers()),
            pub(customers(nameIdx)),
            """
            -- ONLINE
            CREATE INDEX CONCURRENTLY customers_name_idx ON public.customers USING btree (name);
            """),
        offline(
            "create index, plain",
            pub(customers()),
            pub(customers(nameIdx)),
            """
            CREATE INDEX customers_name_idx ON public.customers USING btree (name);
            """),
        c(
            "drop index concurrently",
            pub(customers(nameIdx)),
            pub(customers()),
            """
            -- ONLINE
            DROP INDEX CONCURRENTLY public.customers_name_idx;
            """),
        c(
            "index on a dropped column is dropped in the transaction",
            pub(customers(nameIdx)),
            pub(
                table(
                    "public.customers",
                    nn(col("id", "bigint")),
                    nn(col("email", "text")),
                    pk("customers_pkey", "id"))),
            """
            DROP INDEX public.customers_name_idx;
            ALTER TABLE public.customers DROP COLUMN name;
            """),
        c(
            "index definition changes: build, swap, rename",
            pub(customers(nameIdx)),
            pub(
                customers(
                    index(
                        "customers_name_idx", "public.customers", "name, email", "name", "email"))),
            """
            -- ONLINE
            CREATE INDEX CONCURRENTLY customers_name_idx_cairn_new ON public.customers USING btree (name, email);
            DROP INDEX CONCURRENTLY public.customers_name_idx;
            ALTER INDEX public.customers_name_idx_cairn_new RENAME TO customers_name_idx;
            """),
        c(
            "index renamed (same definition)",
            pub(customers(nameIdx)),
            pub(customers(index("customers_by_name", "public.customers", "name", "name"))),
            """
            ALTER INDEX public.customers_name_idx RENAME TO customers_by_name;
            """),
        c(
            "sequences: create, alter, drop",
            pub(sequence("public.old_seq", 1, null), sequence("public.invoice_seq", 1, null)),
            pub(
                new Sequence(
                    qn("public.invoice_seq"),
                    "bigint",
                    1,
                    10,
                    1,
                    Long.MAX_VALUE,
                    20,
                    false,
                    null,
                    null),
                sequence("public.ticket_seq", 1000, null)),
            """
            CREATE SEQUENCE public.ticket_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1 NO CYCLE;
            ALTER SEQUENCE public.invoice_seq INCREMENT BY 10 CACHE 20;
            DROP SEQUENCE public.old_seq;
            """),
        c(
            "serial table: sequence, table, ownership",
            pub(),
            pub(itemsSeq, items),
            """
            CREATE SEQUENCE public.items_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;
            CREATE TABLE public.items (
                id integer DEFAULT nextval('items_id_seq'::regclass) NOT NULL,
                CONSTRAINT items_pkey PRIMARY KEY (id)
            );
            ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;
            """),
        c(
            "drop serial table: its sequence goes with it",
            pub(itemsSeq, items),
            pub(),
            """
            DROP TABLE public.items;
            DROP SEQUENCE IF EXISTS public.items_id_seq;
            """),
        c(
            "enum values added in place, committed before use",
            pub(enumType("public.status", "new", "paid"), table("public.t", col("id", "integer"))),
            pub(
                enumType("public.status", "draft", "new", "paid", "shipped", "void"),
                table(
                    "public.t", col("id", "integer"), def(col("s", "status"), "'draft'::status"))),
            """
            -- ENUM_VALUES
            ALTER TYPE public.status ADD VALUE 'draft' BEFORE 'new';
            ALTER TYPE public.status ADD VALUE 'shipped' AFTER 'paid';
            ALTER TYPE public.status ADD VALUE 'void';
            -- MAIN
            ALTER TABLE public.t ADD COLUMN s status DEFAULT 'draft'::status;
            """),
        c(
            "several new leading enum labels all go before the first existing one",
            pub(enumType("public.status", "paid")),
            pub(enumType("public.status", "draft", "new", "paid", "void")),
            """
            -- ENUM_VALUES
            ALTER TYPE public.status ADD VALUE 'draft' BEFORE 'paid';
            ALTER TYPE public.status ADD VALUE 'new' BEFORE 'paid';
            ALTER TYPE public.status ADD VALUE 'void';
            """),
        hinted(
            "enum re-created while the table using it is renamed: the renamed column is converted",
            pub(enumType("public.status", "a", "b", "c"), statusTable),
            pub(
                enumType("public.status", "a", "c"),
                table(
                    "public.t2",
                    nn(col("id", "integer")),
                    def(col("s2", "status"), "'a'::status"))),
            RenameHints.none().parse("public.t=t2").parse("public.t2.s=s2"),
            """
            ALTER TABLE public.t RENAME TO t2;
            ALTER TABLE public.t2 RENAME COLUMN s TO s2;
            ALTER TYPE public.status RENAME TO status_cairn_old;
            CREATE TYPE public.status AS ENUM ('a', 'c');
            ALTER TABLE public.t2 ALTER COLUMN s2 DROP DEFAULT;
            ALTER TABLE public.t2 ALTER COLUMN s2 TYPE status USING s2::text::status;
            ALTER TABLE public.t2 ALTER COLUMN s2 SET DEFAULT 'a'::status;
            DROP TYPE public.status_cairn_old;
            """),
        hinted(
            "enum value renamed by hint",
            pub(enumType("public.status", "new", "paid")),
            pub(enumType("public.status", "new", "settled")),
            RenameHints.none().parse("public.status.paid=settled"),
            """
            -- ENUM_VALUES
            ALTER TYPE public.status RENAME VALUE 'paid' TO 'settled';
            """),
        c(
            "enum label removed: type re-created, column converted",
            pub(enumType("public.status", "a", "b", "c"), statusTable),
            pub(enumType("public.status", "a", "c"), statusTable),
            """
            ALTER TYPE public.status RENAME TO status_cairn_old;
            CREATE TYPE public.status AS ENUM ('a', 'c');
            ALTER TABLE public.t ALTER COLUMN s DROP DEFAULT;
            ALTER TABLE public.t ALTER COLUMN s TYPE status USING s::text::status;
            ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'a'::status;
            DROP TYPE public.status_cairn_old;
            """),
        c(
            "domain created",
            pub(),
            pub(positive),
            """
            CREATE DOMAIN public.positive_int AS integer DEFAULT 1 NOT NULL CONSTRAINT positive_int_check CHECK ((VALUE > 0));
            """),
        c(
            "domain altered",
            pub(positive),
            pub(
                new Domain(
                    qn("public.positive_int"),
                    "integer",
                    false,
                    null,
                    null,
                    List.of(check("positive_int_check", "CHECK ((VALUE >= 0))")),
                    null)),
            """
            ALTER DOMAIN public.positive_int DROP CONSTRAINT positive_int_check;
            ALTER DOMAIN public.positive_int ADD CONSTRAINT positive_int_check CHECK ((VALUE >= 0));
            ALTER DOMAIN public.positive_int DROP DEFAULT;
            ALTER DOMAIN public.positive_int DROP NOT NULL;
            """),
        c(
            "composite type created",
            pub(),
            pub(address),
            """
            CREATE TYPE public.address AS (street text, zip character varying(10));
            """),
        c(
            "composite type altered",
            pub(address),
            pub(
                new CompositeType(
                    qn("public.address"),
                    List.of(
                        new CompositeType.Attribute("street", "character varying(200)", null),
                        new CompositeType.Attribute("city", "text", null)),
                    null)),
            """
            ALTER TYPE public.address ALTER ATTRIBUTE street TYPE character varying(200);
            ALTER TYPE public.address ADD ATTRIBUTE city text;
            ALTER TYPE public.address DROP ATTRIBUTE zip;
            """),
        c(
            "view created",
            pub(orders()),
            pub(
                orders(),
                view("public.big_orders", bigOrdersDef, List.of("id", "total"), "public.orders")),
            """
            CREATE VIEW public.big_orders AS
             SELECT id,
                total
               FROM orders
              WHERE (total > (100)::numeric);
            """),
        c(
            "view dropped and re-created around a column type change",
            pub(
                orders(),
                view("public.big_orders", bigOrdersDef, List.of("id", "total"), "public.orders")),
            pub(
                table(
                    "public.orders",
                    nn(col("id", "bigint")),
                    nn(col("customer_id", "bigint")),
                    nn(def(col("total", "numeric(14,2)"), "0")),
                    pk("orders_pkey", "id")),
                view("public.big_orders", bigOrdersDef, List.of("id", "total"), "public.orders")),
            """
            DROP VIEW public.big_orders;
            ALTER TABLE public.orders ALTER COLUMN total DROP DEFAULT;
            ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(14,2);
            ALTER TABLE public.orders ALTER COLUMN total SET DEFAULT 0;
            CREATE VIEW public.big_orders AS
             SELECT id,
                total
               FROM orders
              WHERE (total > (100)::numeric);
            """),
        c(
            "function body replaced in place",
            pub(function("public.f", "x integer", "integer", "begin return x; end;")),
            pub(function("public.f", "x integer", "integer", "begin return x + 1; end;")),
            """
            CREATE OR REPLACE FUNCTION public.f(x integer)
             RETURNS integer
             LANGUAGE plpgsql
            AS $function$begin return x + 1; end;$function$;
            """),
        c(
            "function result type changes: dropped and re-created",
            pub(function("public.f", "x integer", "integer", "begin return x; end;")),
            pub(function("public.f", "x integer", "bigint", "begin return x; end;")),
            """
            DROP FUNCTION public.f(x integer);
            CREATE OR REPLACE FUNCTION public.f(x integer)
             RETURNS bigint
             LANGUAGE plpgsql
            AS $function$begin return x; end;$function$;
            """),
        c(
            "trigger function and trigger created, another trigger disabled",
            pub(
                table(
                    "public.t",
                    col("id", "integer"),
                    trigger("t_a", "public.t", "BEFORE INSERT", "public.touch")),
                touch),
            pub(
                table(
                    "public.t",
                    col("id", "integer"),
                    new Trigger(
                        "t_a",
                        trigger("t_a", "public.t", "BEFORE INSERT", "public.touch").definition(),
                        qn("public.touch"),
                        'D',
                        null),
                    trigger("t_b", "public.t", "BEFORE UPDATE", "public.touch2")),
                touch,
                function("public.touch2", "", "trigger", "begin return new; end;")),
            """
            CREATE OR REPLACE FUNCTION public.touch2()
             RETURNS trigger
             LANGUAGE plpgsql
            AS $function$begin return new; end;$function$;
            CREATE TRIGGER t_b BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch2();
            ALTER TABLE public.t DISABLE TRIGGER t_a;
            """),
        c(
            "trigger and its function dropped",
            pub(
                table(
                    "public.t",
                    col("id", "integer"),
                    trigger("t_a", "public.t", "BEFORE INSERT", "public.touch")),
                touch),
            pub(table("public.t", col("id", "integer"))),
            """
            DROP TRIGGER t_a ON public.t;
            DROP FUNCTION public.touch();
            """),
        c(
            "row level security and a policy",
            pub(docs),
            pub(
                M.rls(
                    table("public.docs", nn(col("id", "integer")), nn(col("owner", "name")), owner),
                    true,
                    true)),
            """
            ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
            CREATE POLICY p_owner ON public.docs AS PERMISSIVE FOR SELECT TO PUBLIC USING ((owner = CURRENT_USER));
            """),
        c(
            "policy altered in place",
            pub(table("public.docs", nn(col("id", "integer")), nn(col("owner", "name")), owner)),
            pub(
                table(
                    "public.docs",
                    nn(col("id", "integer")),
                    nn(col("owner", "name")),
                    new Policy(
                        "p_owner",
                        true,
                        "SELECT",
                        List.of("public"),
                        "(owner = SESSION_USER)",
                        null))),
            """
            ALTER POLICY p_owner ON public.docs TO PUBLIC USING ((owner = SESSION_USER));
            """),
        c(
            "policy command changes: dropped and re-created",
            pub(table("public.docs", nn(col("id", "integer")), nn(col("owner", "name")), owner)),
            pub(
                table(
                    "public.docs",
                    nn(col("id", "integer")),
                    nn(col("owner", "name")),
                    new Policy(
                        "p_owner",
                        false,
                        "UPDATE",
                        List.of("public"),
                        "(owner = CURRENT_USER)",
                        "(owner = CURRENT_USER)"))),
            """
            DROP POLICY p_owner ON public.docs;
            CREATE POLICY p_owner ON public.docs AS RESTRICTIVE FOR UPDATE TO PUBLIC USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER));
            """),
        c(
            "comments",
            pub(customers(M.comment(col("phone", "text"), "E.164"))),
            pub(M.comment(customers(col("phone", "text")), "People who buy it's")),
            """
            COMMENT ON COLUMN public.customers.phone IS NULL;
            COMMENT ON TABLE public.customers IS 'People who buy it''s';
            """),
        c(
            "schema with a table created",
            pub(),
            db(
                schema("public"),
                schema("billing", table("billing.invoices", nn(col("id", "bigint"))))),
            """
            CREATE SCHEMA billing;
            CREATE TABLE billing.invoices (
                id bigint NOT NULL
            );
            """),
        c(
            "schema with a table dropped",
            db(
                schema("public"),
                schema("billing", table("billing.invoices", nn(col("id", "bigint"))))),
            pub(),
            """
            DROP TABLE billing.invoices;
            DROP SCHEMA billing;
            """),
        c(
            "extension moved to another schema",
            db(schema("public"), schema("ext"), new Extension("pg_trgm", "public", "1.6")),
            db(schema("public"), schema("ext"), new Extension("pg_trgm", "ext", "1.6")),
            """
            ALTER EXTENSION pg_trgm SET SCHEMA ext;
            """),
        c(
            "partition detached and another attached",
            pub(events, partition("public.events_2024", "public.events", "2024"), events2025),
            pub(events, events2024, partition("public.events_2025", "public.events", "2025")),
            """
            ALTER TABLE public.events DETACH PARTITION public.events_2024;
            ALTER TABLE public.events ATTACH PARTITION public.events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            """),
        c(
            "partitioned table with a partition and an index created",
            pub(),
            pub(eventsIndexed, partition("public.events_2024", "public.events", "2024")),
            """
            CREATE TABLE public.events (
                id bigint NOT NULL,
                day date NOT NULL
            ) PARTITION BY RANGE (day);
            CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE INDEX events_day_idx ON public.events USING btree (day);
            """),
        c(
            "extension created",
            pub(),
            db(schema("public"), new Extension("pg_trgm", "public", "1.6")),
            """
            CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void plansExactlyThisSql(Case c) throws SQLException {
    DiffResult diff =
        SchemaDiffer.diff(c.from(), c.to(), DiffOptions.defaults().withRenames(c.hints()));
    Plan plan =
        Planner.plan(
            diff.changes(),
            c.from(),
            c.to(),
            PlanOptions.defaults().onlineSafe(c.online()).targetMajorVersion(c.version()));
    assertThat(render(plan)).isEqualTo(c.sql());

    // The golden SQL is valid on a real database holding the "from" state.
    DiffResult setup = SchemaDiffer.diff(Database.empty(), c.from(), DiffOptions.defaults());
    Plan create =
        Planner.plan(
            setup.changes(), Database.empty(), c.from(), PlanOptions.defaults().onlineSafe(false));
    RoundTrip.exec(connection, RoundTrip.RESET);
    execute(create.statements().stream().map(PlannedStatement::sql).toList());
    execute(plan.statements().stream().map(PlannedStatement::sql).toList());
  }

  static String render(Plan plan) {
    StringBuilder sb = new StringBuilder();
    Stage stage = Stage.MAIN;
    for (PlannedStatement s : plan.statements()) {
      if (s.stage() != stage) {
        stage = s.stage();
        sb.append("-- ").append(stage).append('\n');
      }
      sb.append(s.sql()).append(";\n");
    }
    return sb.toString();
  }

  static void execute(List<String> statements) throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String sql : statements) {
        try {
          st.execute(sql);
        } catch (SQLException e) {
          throw new SQLException("Failed: " + sql + "\n" + e.getMessage(), e);
        }
      }
    }
  }
}
