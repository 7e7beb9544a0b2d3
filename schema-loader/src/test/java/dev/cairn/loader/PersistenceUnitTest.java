package dev.cairn.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.loader.support.Catalog;
import dev.cairn.loader.support.GeneratedModel;
import dev.cairn.loader.support.HibernateValidation;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Persistence units: listed classes, orm.xml mappings, properties, and root scanning. */
@WithPostgres
class PersistenceUnitTest {
  @Test
  void readsListedClassesMappingFilesAndProperties(ScratchDatabase db) {
    LoaderOptions options = LoaderOptions.builder().persistenceUnit("shop-unit").build();
    LoadedSchema schema = SchemaLoader.load(options);
    Catalog catalog = new Catalog(db);
    catalog.apply(schema);

    // The unit's physical naming strategy (Hibernate's standard one) replaces the Spring preset's.
    assertThat(schema.summary().physicalNamingStrategy())
        .isEqualTo("org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");
    assertThat(catalog.tables("public"))
        .containsExactly(
            "homebranch",
            "librarymember",
            "librarymember_favouritebranches",
            "librarymember_visitedbranches",
            "notes");
    assertThat(catalog.columns("notes")).contains("body character varying(500) not null");
    assertThat(catalog.sequence("note_seq")).containsExactly("3", "1");
    HibernateValidation.validate(
        LoaderOptions.builder()
            .classNames(
                "dev.cairn.loader.models.naming.LibraryMember",
                "dev.cairn.loader.models.naming.HomeBranch")
            .mappingFiles("META-INF/cairn-test-orm.xml")
            .physicalNamingStrategy(
                "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")
            .build(),
        db);
  }

  @Test
  void aClassListedInTheUnitMustExist() {
    assertThatThrownBy(
            () ->
                SchemaLoader.load(
                    LoaderOptions.builder().persistenceUnit("missing-class-unit").build()))
        .isInstanceOf(LoaderException.class)
        .hasMessageContaining(
            "Class com.example.Gone (listed in persistence unit 'missing-class-unit'")
        .hasMessageContaining("persistence.xml");
  }

  @Test
  void scansTheUnitRootUnlessUnlistedClassesAreExcluded(@TempDir Path work) throws IOException {
    GeneratedModel model = GeneratedModel.create(work.resolve("model"), 12);
    Path metaInf = Files.createDirectories(model.classesDir().resolve("META-INF"));
    Files.writeString(
        metaInf.resolve("persistence.xml"),
        """
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
          <persistence-unit name="generated">
            <properties>
              <property name="hibernate.default_schema" value="gen"/>
            </properties>
          </persistence-unit>
        </persistence>
        """);
    Path jar = model.jar(work.resolve("model.jar"), true);

    try (URLClassLoader fromDirectory = model.classLoader();
        URLClassLoader fromJar = GeneratedModel.classLoader(jar)) {
      LoadedSchema a =
          SchemaLoader.load(
              LoaderOptions.builder()
                  .classLoader(fromDirectory)
                  .persistenceUnit("generated")
                  .build());
      LoadedSchema b =
          SchemaLoader.load(
              LoaderOptions.builder().classLoader(fromJar).persistenceUnit("generated").build());

      assertThat(a.summary().entities()).hasSize(12);
      assertThat(a.summary().entity("Entity11").table()).isEqualTo("gen.entity11");
      assertThat(a.ddl()).startsWith("create schema if not exists gen;").isEqualTo(b.ddl());
    }
  }

  @Test
  void credentialsFromTheUnitNeverShowInOptions() {
    LoaderOptions options =
        LoaderOptions.builder().property("hibernate.connection.password", "s3cret").build();

    assertThat(options.toString())
        .doesNotContain("s3cret")
        .contains("hibernate.connection.password");
  }
}
