package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plans applied to tables that hold rows: renames, widening type changes, enum changes and the
 * online-safe steps must keep the data (round trips alone run on empty tables).
 */
class DataPreservationTest {
  private static RoundTrip roundTrip;

  @BeforeAll
  static void open() {
    roundTrip = new RoundTrip(PostgresServer.shared());
  }

  @AfterAll
  static void close() {
    roundTrip.close();
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          sb.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  @Test
  void shopReleaseKeepsCustomersAndOrders() throws SQLException {
    roundTrip.reset();
    Connection a = roundTrip.currentConnection();
    RoundTrip.exec(a, SqlScripts.resource("/roundtrip/shop_v1.sql"));
    RoundTrip.exec(
        a,
        """
        INSERT INTO public.customer (mail, full_name) VALUES ('a@x.org', 'Ann'), ('b@x.org', 'Bob');
        INSERT INTO public.product (sku, title, price) VALUES ('SKU-1', 'Pen', 2.50);
        INSERT INTO public.orders (customer_id, status, priority, total)
          VALUES (1, 'paid', 'high', 12.34), (2, 'new', 'low', 99.99);
        INSERT INTO public.order_line VALUES (1, 1, 3);
        """);
    RoundTrip.exec(roundTrip.desiredConnection(), SqlScripts.resource("/roundtrip/shop_v2.sql"));

    roundTrip.check(
        RenameHints.none().parse("public.customer=customers").parse("public.customers.mail=email"),
        PlanOptions.defaults());

    assertThat(rows(a, "SELECT id, email, full_name FROM public.customers ORDER BY id"))
        .containsExactly("1|a@x.org|Ann", "2|b@x.org|Bob");
    assertThat(
            rows(a, "SELECT customer_id, status, priority, total FROM public.orders ORDER BY id"))
        .containsExactly("1|paid|high|12.34", "2|new|low|99.99");
    assertThat(rows(a, "SELECT price, price_cents FROM public.product"))
        .containsExactly("2.50|250");
    // The serial sequence followed its table: new rows do not collide with old ones.
    RoundTrip.exec(a, "INSERT INTO public.customers (email, full_name) VALUES ('c@x.org', 'Cy')");
    assertThat(rows(a, "SELECT max(id) FROM public.customers")).containsExactly("3");
  }

  @Test
  void recreatedEnumConvertsTheRowsItStillAllows() throws SQLException {
    roundTrip.reset();
    Connection a = roundTrip.currentConnection();
    RoundTrip.exec(
        a,
        """
        CREATE TYPE public.state AS ENUM ('new', 'obsolete', 'done');
        CREATE TABLE public.job (id int PRIMARY KEY, state public.state DEFAULT 'new',
                                 history public.state[]);
        CREATE VIEW public.open_job AS SELECT id FROM public.job WHERE state <> 'done';
        INSERT INTO public.job VALUES (1, 'new', '{new,done}'), (2, 'done', NULL);
        """);
    RoundTrip.exec(
        roundTrip.desiredConnection(),
        """
        CREATE TYPE public.state AS ENUM ('done', 'new');
        CREATE TABLE public.job (id int PRIMARY KEY, state public.state DEFAULT 'new',
                                 history public.state[]);
        CREATE VIEW public.open_job AS SELECT id FROM public.job WHERE state <> 'done';
        """);
    RoundTrip.Result r = roundTrip.check(RenameHints.none(), PlanOptions.defaults());
    assertThat(r.plan().warnings())
        .anySatisfy(w -> assertThat(w).contains("NEEDS A DATA MIGRATION"));
    assertThat(rows(a, "SELECT id, state, history FROM public.job ORDER BY id"))
        .containsExactly("1|new|{new,done}", "2|done|null");
    assertThat(rows(a, "SELECT id FROM public.open_job")).containsExactly("1");
  }

  @Test
  void onlineSafeStepsWorkOnPopulatedTables() throws SQLException {
    roundTrip.reset();
    Connection a = roundTrip.currentConnection();
    RoundTrip.exec(
        a,
        """
        CREATE TABLE public.parent (id int PRIMARY KEY);
        CREATE TABLE public.child (id int, parent_id int, name text, code text);
        INSERT INTO public.parent SELECT g FROM generate_series(1, 50) g;
        INSERT INTO public.child SELECT g, g, 'n' || g, 'c' || g FROM generate_series(1, 50) g;
        """);
    RoundTrip.exec(
        roundTrip.desiredConnection(),
        """
        CREATE TABLE public.parent (id int PRIMARY KEY);
        CREATE TABLE public.child (id int PRIMARY KEY, parent_id int REFERENCES public.parent,
                                   name text NOT NULL, code text UNIQUE);
        CREATE INDEX child_name_idx ON public.child (name);
        """);
    RoundTrip.Result r = roundTrip.check(RenameHints.none(), PlanOptions.defaults());
    assertThat(r.plan().stage(PlannedStatement.Stage.ONLINE))
        .extracting(PlannedStatement::sql)
        .anySatisfy(s -> assertThat(s).startsWith("CREATE UNIQUE INDEX CONCURRENTLY child_pkey"))
        .anySatisfy(s -> assertThat(s).contains("VALIDATE CONSTRAINT child_parent_id_fkey"))
        .anySatisfy(
            s ->
                assertThat(s).isEqualTo("ALTER TABLE public.child ALTER COLUMN name SET NOT NULL"));
    assertThat(rows(a, "SELECT count(*) FROM public.child")).containsExactly("50");
  }
}
