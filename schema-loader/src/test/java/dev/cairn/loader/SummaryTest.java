package dev.cairn.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {
  @Test
  void jsonMatchesTheGoldenFile() throws IOException {
    LoadedSchema schema =
        SchemaLoader.load(
            LoaderOptions.builder()
                .packages("dev.cairn.loader.models.inheritance.joined")
                .databaseVersion(16)
                .build());

    assertThat(schema.summary().toJson())
        .isEqualTo(
            golden("joined-summary.json")
                .replace("${hibernateVersion}", Version.getVersionString()));
  }

  @Test
  void entitiesAreFoundBySimpleOrFullName() {
    SchemaSummary summary =
        SchemaLoader.load(
                LoaderOptions.builder()
                    .packages("dev.cairn.loader.models.inheritance.single")
                    .build())
            .summary();

    assertThat(summary.entity("Car").className())
        .isEqualTo("dev.cairn.loader.models.inheritance.single.Car");
    assertThat(summary.entity("dev.cairn.loader.models.inheritance.single.Truck").table())
        .isEqualTo("vehicle");
    assertThatThrownBy(() -> summary.entity("Boat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Boat");
  }

  @Test
  void theDatabaseVersionReachesHibernatesDialect() {
    for (int version = LoaderOptions.MIN_DATABASE_VERSION;
        version <= LoaderOptions.MAX_DATABASE_VERSION;
        version++) {
      SchemaSummary summary =
          SchemaLoader.load(
                  LoaderOptions.builder()
                      .packages("dev.cairn.loader.models.naming")
                      .databaseVersion(version)
                      .build())
              .summary();
      assertThat(summary.databaseVersion()).isEqualTo(version);
    }
  }

  @Test
  void writeToReplacesTheFileWithTheDdl(@TempDir Path dir) throws IOException {
    LoadedSchema schema =
        SchemaLoader.load(
            LoaderOptions.builder().packages("dev.cairn.loader.models.naming").build());
    Path file = dir.resolve("nested/desired.sql");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old content that is longer than nothing");

    schema.writeTo(file);

    assertThat(Files.readString(file)).isEqualTo(schema.ddl());
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = SummaryTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
