package dev.cairn.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.loader.internal.ClassPathScanner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The same model gives byte-identical DDL and summaries whatever order its classes come in. */
class DeterminismTest {
  private static final List<String> PACKAGES =
      List.of(
          "dev.cairn.loader.models.shop",
          "dev.cairn.loader.models.inheritance",
          "dev.cairn.loader.models.generators",
          "dev.cairn.loader.models.collections",
          "dev.cairn.loader.models.enums",
          "dev.cairn.loader.models.naming",
          "dev.cairn.loader.models.quoted",
          "dev.cairn.loader.models.schemas",
          "dev.cairn.loader.models.types");

  @Test
  void classOrderDoesNotChangeTheOutput() {
    List<String> classes =
        new ArrayList<>(
            ClassPathScanner.scanPackages(getClass().getClassLoader(), PACKAGES).mappedClasses());
    LoadedSchema sorted = loadClasses(classes);

    List<String> reversed = new ArrayList<>(classes);
    Collections.reverse(reversed);
    List<String> shuffled = new ArrayList<>(classes);
    Collections.shuffle(shuffled, new Random(42));

    for (List<String> order : List.of(reversed, shuffled)) {
      LoadedSchema other = loadClasses(order);
      assertThat(other.ddl()).isEqualTo(sorted.ddl());
      assertThat(other.summary().toJson()).isEqualTo(sorted.summary().toJson());
    }
    assertThat(sorted.statements()).hasSizeGreaterThan(50);
  }

  @Test
  void packageOrderAndScanningVersusListingGiveTheSameOutput() {
    List<String> reversed = new ArrayList<>(PACKAGES);
    Collections.reverse(reversed);
    String scanned = SchemaLoader.load(LoaderOptions.builder().packages(PACKAGES).build()).ddl();
    String scannedReversed =
        SchemaLoader.load(LoaderOptions.builder().packages(reversed).build()).ddl();
    List<String> classes =
        new ArrayList<>(
            ClassPathScanner.scanPackages(getClass().getClassLoader(), PACKAGES).mappedClasses());

    assertThat(scannedReversed).isEqualTo(scanned);
    assertThat(loadClasses(classes).ddl()).isEqualTo(scanned);
  }

  @Test
  void twoTableGeneratorsSharingATableAlwaysSeedInTheSameOrder() {
    String ab =
        SchemaLoader.load(
                LoaderOptions.builder()
                    .classes(
                        dev.cairn.loader.models.generators.TableIdAlpha.class,
                        dev.cairn.loader.models.generators.TableIdBeta.class)
                    .build())
            .ddl();
    String ba =
        SchemaLoader.load(
                LoaderOptions.builder()
                    .classes(
                        dev.cairn.loader.models.generators.TableIdBeta.class,
                        dev.cairn.loader.models.generators.TableIdAlpha.class)
                    .build())
            .ddl();

    assertThat(ba).isEqualTo(ab);
    assertThat(ab.indexOf("values ('alpha',1000)"))
        .isPositive()
        .isLessThan(ab.indexOf("values ('beta',5)"));
  }

  private static LoadedSchema loadClasses(List<String> classNames) {
    return SchemaLoader.load(LoaderOptions.builder().classNames(classNames).build());
  }
}
