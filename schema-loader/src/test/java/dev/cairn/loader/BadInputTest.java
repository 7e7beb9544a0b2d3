package dev.cairn.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.loader.badmodels.NotAnEntity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input ends in a {@link LoaderException} that says what and where. */
class BadInputTest {
  @TempDir Path dir;

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad(
            "class not found",
            () -> opts().classNames("com.example.Missing"),
            "Class com.example.Missing",
            "was not found on the class path"),
        bad(
            "not an entity",
            () -> opts().classes(NotAnEntity.class),
            NotAnEntity.class.getName() + " is not an entity",
            "@Entity"),
        bad(
            "mappedBy names a missing attribute",
            () -> opts().packages("dev.cairn.loader.badmodels.mappedby"),
            "Parent.children",
            "mother"),
        bad(
            "association to a class that is not an entity",
            () -> opts().packages("dev.cairn.loader.badmodels.target"),
            "Holder.thing",
            "NotAnEntity"),
        bad(
            "two entities, one table, conflicting columns",
            () -> opts().packages("dev.cairn.loader.badmodels.conflict"),
            "column tracking_code of table shipment",
            "ShipmentView.tracking as bigint",
            "Shipment.trackingCode as varchar(20)"),
        bad(
            "package without entities",
            () -> opts().packages("dev.cairn.loader.nothing.here"),
            "No entity found in packages [dev.cairn.loader.nothing.here]"),
        bad("no source at all", BadInputTest::opts, "No entity source was given"),
        bad(
            "dialect not for PostgreSQL",
            () ->
                opts()
                    .packages("dev.cairn.loader.models.naming")
                    .dialect("org.hibernate.dialect.H2Dialect"),
            "org.hibernate.dialect.H2Dialect is not a PostgreSQL dialect"),
        bad(
            "dialect class missing",
            () ->
                opts().packages("dev.cairn.loader.models.naming").dialect("com.example.MyDialect"),
            "dialect class com.example.MyDialect is not on the class path"),
        bad(
            "naming strategy class missing",
            () ->
                opts()
                    .packages("dev.cairn.loader.models.naming")
                    .physicalNamingStrategy("com.example.Naming"),
            "physical naming strategy class com.example.Naming is not on the class path"),
        bad(
            "naming strategy of the wrong kind",
            () ->
                opts()
                    .packages("dev.cairn.loader.models.naming")
                    .implicitNamingStrategy("java.lang.String"),
            "implicit naming strategy java.lang.String does not implement org.hibernate.boot.model.naming.ImplicitNamingStrategy"),
        bad(
            "persistence unit missing",
            () -> opts().persistenceUnit("nope"),
            "No persistence unit named 'nope'",
            "shop-unit"),
        bad(
            "mapping file missing",
            () -> opts().mappingFiles("META-INF/missing-orm.xml"),
            "mapping file META-INF/missing-orm.xml is not on the class path"),
        bad(
            "supplemental SQL missing",
            () ->
                opts()
                    .packages("dev.cairn.loader.models.naming")
                    .supplementalSql(Path.of("no/such/dir")),
            "supplemental SQL path",
            "does not exist"));
  }

  private static Arguments bad(
      String name, Supplier<LoaderOptions.Builder> options, String... messageParts) {
    return Arguments.of(name, options, messageParts);
  }

  private static LoaderOptions.Builder opts() {
    return LoaderOptions.builder();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void failsClearlyAndWritesNothing(
      String name, Supplier<LoaderOptions.Builder> options, String[] messageParts) {
    Path out = dir.resolve("desired.sql");

    assertThatThrownBy(() -> SchemaLoader.load(options.get().build()).writeTo(out))
        .isInstanceOf(LoaderException.class)
        .message()
        .contains(messageParts);
    assertThat(Files.exists(out)).isFalse();
  }

  @ParameterizedTest(name = "PostgreSQL {0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {9, 14, 19, 100})
  void unsupportedDatabaseVersionsAreRejected(int version) {
    assertThatThrownBy(() -> LoaderOptions.builder().databaseVersion(version))
        .isInstanceOf(LoaderException.class)
        .hasMessageContaining("PostgreSQL " + version + " is not supported")
        .hasMessageContaining("from 15 to 18");
  }

  @Test
  void hibernatesOwnExceptionIsKeptAsTheCause() {
    assertThatThrownBy(
            () -> SchemaLoader.load(opts().packages("dev.cairn.loader.badmodels.mappedby").build()))
        .isInstanceOf(LoaderException.class)
        .hasRootCauseInstanceOf(org.hibernate.AnnotationException.class)
        .hasMessageStartingWith(
            "Hibernate "
                + org.hibernate.Version.getVersionString()
                + " could not map the entity model");
  }
}
