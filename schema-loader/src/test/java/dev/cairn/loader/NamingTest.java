package dev.cairn.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Naming strategies are part of the schema: the presets differ, and SPRING equals Spring Boot. */
class NamingTest {
  private static final String SPRING_BOOT_IMPLICIT =
      "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
  private static final String SNAKE_CASE =
      "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

  @Test
  void springAndHibernateNamingGiveDifferentNames() {
    LoadedSchema spring =
        SchemaLoader.load(
            LoaderOptions.builder().packages("dev.cairn.loader.models.naming").build());
    LoadedSchema hibernate =
        SchemaLoader.load(
            LoaderOptions.builder()
                .packages("dev.cairn.loader.models.naming")
                .naming(NamingPreset.HIBERNATE)
                .build());

    assertThat(spring.summary().tables())
        .containsExactly(
            "home_branch",
            "library_member",
            "library_member_favourite_branches",
            "library_member_visited_branches");
    assertThat(spring.ddl()).contains("full_name varchar(255)", "home_branch_id bigint");
    // JPA's default join table name depends only on the two entities, so both associations share
    // one table: a trap Spring's naming avoids.
    assertThat(hibernate.summary().tables())
        .containsExactly("HomeBranch", "LibraryMember", "LibraryMember_HomeBranch");
    assertThat(hibernate.ddl()).contains("fullName varchar(255)", "homeBranch_id bigint");
    // Foreign key names hash the physical names, so they differ too.
    assertThat(foreignKeyNames(spring)).doesNotContainAnyElementsOf(foreignKeyNames(hibernate));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "dev.cairn.loader.models.shop",
        "dev.cairn.loader.models.collections",
        "dev.cairn.loader.models.naming",
        "dev.cairn.loader.models.inheritance",
        "dev.cairn.loader.models.quoted"
      })
  void springPresetEqualsSpringBootsOwnStrategies(String pkg) {
    LoadedSchema preset = SchemaLoader.load(LoaderOptions.builder().packages(pkg).build());
    LoadedSchema springBoot =
        SchemaLoader.load(
            LoaderOptions.builder()
                .packages(pkg)
                .naming(NamingPreset.HIBERNATE)
                .physicalNamingStrategy(SNAKE_CASE)
                .implicitNamingStrategy(SPRING_BOOT_IMPLICIT)
                .build());

    assertThat(springBoot.summary().implicitNamingStrategy()).isEqualTo(SPRING_BOOT_IMPLICIT);
    assertThat(preset.summary().implicitNamingStrategy())
        .isEqualTo("dev.cairn.loader.internal.SpringCompatibleImplicitNamingStrategy");
    assertThat(preset.ddl()).isEqualTo(springBoot.ddl());
  }

  @Test
  void theDeprecatedCamelCaseAliasNamesLikeTheSnakeCaseStrategy() {
    LoadedSchema alias =
        SchemaLoader.load(
            LoaderOptions.builder()
                .packages("dev.cairn.loader.models.naming")
                .physicalNamingStrategy(
                    "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
                .build());
    LoadedSchema preset =
        SchemaLoader.load(
            LoaderOptions.builder().packages("dev.cairn.loader.models.naming").build());

    assertThat(alias.ddl()).isEqualTo(preset.ddl());
  }

  @Test
  void springBootsClassNameWorksWithoutSpringBootOnTheClassPath() throws IOException {
    try (URLClassLoader withoutSpring =
        new HidingClassLoader(getClass().getClassLoader(), "org.springframework.")) {
      LoadedSchema schema =
          SchemaLoader.load(
              LoaderOptions.builder()
                  .classLoader(withoutSpring)
                  .packages("dev.cairn.loader.models.naming")
                  .implicitNamingStrategy(SPRING_BOOT_IMPLICIT)
                  .build());

      assertThat(schema.summary().implicitNamingStrategy())
          .isEqualTo("dev.cairn.loader.internal.SpringCompatibleImplicitNamingStrategy");
      assertThat(schema.summary().tables()).contains("library_member_visited_branches");
    }
  }

  @Test
  void hibernateShortNamesSelectItsImplicitStrategies() {
    LoadedSchema schema =
        SchemaLoader.load(
            LoaderOptions.builder()
                .packages("dev.cairn.loader.models.shop")
                .implicitNamingStrategy("component-path")
                .build());

    assertThat(schema.summary().implicitNamingStrategy())
        .isEqualTo("org.hibernate.boot.model.naming.ImplicitNamingStrategyComponentPathImpl");
    // component-path prefixes embedded columns with the attribute path
    assertThat(schema.ddl()).contains("billing_address_city varchar(60)");
  }

  private static List<String> foreignKeyNames(LoadedSchema schema) {
    return schema.statements().stream()
        .filter(s -> s.contains("foreign key"))
        .map(s -> s.replaceAll("(?s).*add constraint (\\S+).*", "$1"))
        .toList();
  }

  /** A class loader that pretends classes of some packages do not exist. */
  private static final class HidingClassLoader extends URLClassLoader {
    private final String hiddenPrefix;

    HidingClassLoader(ClassLoader parent, String hiddenPrefix) {
      super(new java.net.URL[0], parent);
      this.hiddenPrefix = hiddenPrefix;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith(hiddenPrefix)) {
        throw new ClassNotFoundException(name);
      }
      return super.loadClass(name, resolve);
    }
  }
}
