package dev.cairn.runtime.guard;

import static dev.cairn.runtime.guard.GuardTesting.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Least-privilege check with real roles (roles are cluster-wide: each test drops its own). */
@WithPostgres
class PrivilegeCheckTest {

  @Test
  void leastPrivilegedRoleHasNoFinding(ScratchDatabase db) throws SQLException {
    String role = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(
        db.dataSource(),
        "create table orders (id int); create role "
            + role
            + " login password 'pw'; grant usage on schema public to "
            + role
            + "; grant select, insert, update, delete on orders to "
            + role);
    try (Connection app = DriverManager.getConnection(db.jdbcUrl(), role, "pw")) {
      PrivilegeReport report = PrivilegeCheck.inspect(app);
      assertThat(report.role()).isEqualTo(role);
      assertThat(report.schemas()).containsExactly("public");
      assertThat(report.findings()).isEmpty();
      assertThat(report.leastPrivileged()).isTrue();
      assertThat(PrivilegeCheck.verify(app, GuardMode.FAIL).leastPrivileged()).isTrue();
    } finally {
      dropRole(db, role);
    }
  }

  @Test
  void roleThatCanCreateAndOwnsTablesIsReportedWithTheFix(ScratchDatabase db) throws SQLException {
    String role = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(
        db.dataSource(),
        "create role "
            + role
            + " login password 'pw'; grant create, usage on schema public to "
            + role
            + "; create schema other; create table other.ignored (id int);"
            + " alter table other.ignored owner to "
            + role);
    try (Connection app = DriverManager.getConnection(db.jdbcUrl(), role, "pw")) {
      app.createStatement().execute("create table \"Owned\" (id int); create sequence seq");
      PrivilegeReport report = PrivilegeCheck.inspect(app);
      assertThat(report.findings())
          .extracting(PrivilegeFinding::kind, PrivilegeFinding::schema, PrivilegeFinding::object)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  PrivilegeFinding.Kind.CREATE_ON_SCHEMA, "public", null),
              org.assertj.core.groups.Tuple.tuple(
                  PrivilegeFinding.Kind.OWNS_OBJECT, "public", "table public.\"Owned\""),
              org.assertj.core.groups.Tuple.tuple(
                  PrivilegeFinding.Kind.OWNS_OBJECT, "public", "sequence public.seq"));
      assertThat(report.findings().get(0).fix())
          .isEqualTo("REVOKE CREATE ON SCHEMA public FROM " + role + ";");
      assertThat(report.findings().get(1).fix())
          .isEqualTo(
              "ALTER TABLE public.\"Owned\" OWNER TO <migration_role>; GRANT SELECT, INSERT,"
                  + " UPDATE, DELETE ON public.\"Owned\" TO "
                  + role
                  + ";");
      assertThatThrownBy(() -> PrivilegeCheck.verify(app, GuardMode.FAIL))
          .isInstanceOf(ExcessivePrivilegesException.class)
          .hasMessageContaining("role " + role + " can CREATE in schema public")
          .hasMessageContaining("role " + role + " owns table public.\"Owned\"")
          .hasMessageContaining("REVOKE CREATE ON SCHEMA public FROM " + role)
          .hasMessageContaining("REASSIGN OWNED BY " + role + " TO <migration_role>")
          .satisfies(
              e ->
                  assertThat(((ExcessivePrivilegesException) e).code())
                      .isEqualTo(ErrorCode.EXCESSIVE_PRIVILEGES));
      assertThat(PrivilegeCheck.verify(app, GuardMode.WARN).findings()).hasSize(3);
      assertThat(PrivilegeCheck.verify(app, GuardMode.OFF).findings()).isEmpty();
      // Asked about schema "other" explicitly, the table owned there shows up.
      assertThat(PrivilegeCheck.inspect(app, List.of("other")).findings())
          .extracting(PrivilegeFinding::object)
          .containsExactly("table other.ignored");
      app.createStatement().execute("drop table \"Owned\"; drop sequence seq");
    } finally {
      execute(db.dataSource(), "drop schema other cascade");
      dropRole(db, role);
    }
  }

  @Test
  void superuserIsOneFinding(ScratchDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      PrivilegeReport report = PrivilegeCheck.inspect(c);
      assertThat(report.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind()).isEqualTo(PrivilegeFinding.Kind.SUPERUSER);
                assertThat(f.describe()).contains("is a superuser").contains("without SUPERUSER");
              });
    }
  }

  private static void dropRole(ScratchDatabase db, String role) throws SQLException {
    execute(db.dataSource(), "drop owned by " + role + "; drop role " + role);
  }
}
