package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.UnsupportedObject;
import dev.cairn.embedded.junit.WithPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@WithPostgres
class SchemaJsonTest {

  @Test
  void theRichSchemaRoundTrips(DataSource ds) throws SQLException {
    SqlScripts.run(ds, SqlScripts.resource("/inspect/rich.sql"));
    Database db;
    try (Connection c = ds.getConnection()) {
      db = CatalogInspector.inspect(c);
    }
    String json = SchemaJson.write(db);
    assertThat(SchemaJson.read(json)).isEqualTo(db);
    assertThat(SchemaJson.write(SchemaJson.read(json))).isEqualTo(json);
  }

  @Test
  void aSmallDatabaseRendersAsExpected() {
    Table t =
        new Table(
            QualifiedName.of("public", "t"),
            List.of(
                new Column("id", "integer", true, null, Column.Identity.ALWAYS, null, null, null),
                new Column("note", "text", false, "'a\"b'::text", null, null, null, "line\nbreak")),
            List.of(
                new Constraint(
                    "t_pkey",
                    Constraint.Kind.PRIMARY_KEY,
                    "PRIMARY KEY (id)",
                    List.of("id"),
                    null,
                    true,
                    null)),
            List.of(),
            List.of(),
            List.of(),
            false,
            false,
            null,
            null,
            null,
            false,
            null);
    Database db =
        new Database(
            List.of(
                new Schema(
                    "public",
                    null,
                    List.of(t),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of())),
            List.of(new Extension("pg_trgm", "public", "1.6")),
            List.of(new UnsupportedObject("rule", "r on public.t", "why")));
    assertThat(SchemaJson.write(db))
        .isEqualTo(
            """
            {
              "schemas": [
                {
                  "name": "public",
                  "tables": [
                    {
                      "name": {
                        "schema": "public",
                        "name": "t"
                      },
                      "columns": [
                        {
                          "name": "id",
                          "type": "integer",
                          "notNull": true,
                          "identity": "ALWAYS"
                        },
                        {
                          "name": "note",
                          "type": "text",
                          "notNull": false,
                          "defaultExpression": "'a\\"b'::text",
                          "comment": "line\\nbreak"
                        }
                      ],
                      "constraints": [
                        {
                          "name": "t_pkey",
                          "kind": "PRIMARY_KEY",
                          "definition": "PRIMARY KEY (id)",
                          "columns": ["id"],
                          "validated": true
                        }
                      ],
                      "rowSecurity": false,
                      "forceRowSecurity": false,
                      "unlogged": false
                    }
                  ]
                }
              ],
              "extensions": [
                {
                  "name": "pg_trgm",
                  "schema": "public",
                  "version": "1.6"
                }
              ],
              "unsupported": [
                {
                  "kind": "rule",
                  "identity": "r on public.t",
                  "reason": "why"
                }
              ]
            }
            """);
  }

  @Test
  void invalidJsonIsRejected() {
    assertThatThrownBy(() -> SchemaJson.read("{\"schemas\": ["))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SchemaJson.read("[]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("database");
  }
}
