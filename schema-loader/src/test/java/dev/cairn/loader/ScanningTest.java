package dev.cairn.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.loader.support.Catalog;
import dev.cairn.loader.support.GeneratedModel;
import dev.cairn.loader.support.HibernateValidation;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classpath scanning over directories and jars of a class loader the test class path cannot see.
 */
@WithPostgres
class ScanningTest {
  private static final int ENTITIES = 30;
  @TempDir static Path work;
  private static GeneratedModel model;

  @BeforeAll
  static void generate() {
    model = GeneratedModel.create(work.resolve("model"), ENTITIES);
  }

  @Test
  void scansADirectoryAndValidatesWithHibernate(ScratchDatabase db) throws IOException {
    try (URLClassLoader loader = model.classLoader()) {
      LoaderOptions options =
          LoaderOptions.builder().classLoader(loader).packages(GeneratedModel.ROOT_PACKAGE).build();
      LoadedSchema schema = SchemaLoader.load(options);

      assertThat(schema.summary().entities()).hasSize(ENTITIES);
      new Catalog(db).apply(schema);
      HibernateValidation.validate(options, db);
      assertThat(new Catalog(db).tables("public"))
          .contains("entity0", "entity29", "entity20_related", "entity25_tags");
    }
  }

  @ParameterizedTest(name = "directory entries in the jar: {0}")
  @ValueSource(booleans = {true, false})
  void scansJarsWithAndWithoutDirectoryEntries(boolean directoryEntries) throws IOException {
    Path jar = model.jar(work.resolve("model-" + directoryEntries + ".jar"), directoryEntries);
    String fromDirectory;
    try (URLClassLoader loader = model.classLoader()) {
      fromDirectory =
          SchemaLoader.load(
                  LoaderOptions.builder()
                      .classLoader(loader)
                      .packages(GeneratedModel.ROOT_PACKAGE)
                      .build())
              .ddl();
    }
    try (URLClassLoader loader = GeneratedModel.classLoader(jar)) {
      LoadedSchema fromJar =
          SchemaLoader.load(
              LoaderOptions.builder()
                  .classLoader(loader)
                  .packages(GeneratedModel.ROOT_PACKAGE)
                  .build());

      assertThat(fromJar.summary().entities()).hasSize(ENTITIES);
      assertThat(fromJar.ddl()).isEqualTo(fromDirectory);
    }
  }

  @Test
  void subpackagesAreScannedButSiblingPrefixesAreNot() {
    LoadedSchema schema =
        SchemaLoader.load(
            LoaderOptions.builder().packages("dev.cairn.loader.models.inheritance").build());

    assertThat(schema.summary().entities())
        .extracting(EntitySummary::className)
        .allMatch(n -> n.startsWith("dev.cairn.loader.models.inheritance."))
        .contains(
            "dev.cairn.loader.models.inheritance.joined.CardPayment",
            "dev.cairn.loader.models.inheritance.single.Car",
            "dev.cairn.loader.models.inheritance.tablePerClass.Dog");
  }
}
