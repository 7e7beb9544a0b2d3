package dev.cairn.sample;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.cairn.archtest.CairnArchitecture;

@AnalyzeClasses(packages = "dev.cairn.sample", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule publicApi = CairnArchitecture.PUBLIC_API_DOES_NOT_EXPOSE_INTERNALS;

  /** The entities are the schema's source of truth: they know nothing of the layers above. */
  @ArchTest
  static final ArchRule entitiesStandAlone =
      noClasses()
          .that()
          .resideInAPackage("dev.cairn.sample.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.cairn.sample.repository..",
              "dev.cairn.sample.service..",
              "dev.cairn.sample.web..",
              "org.springframework..");

  /** The application never reaches into Cairn: the starter wires it, the database is the API. */
  @ArchTest
  static final ArchRule noCairnCalls =
      noClasses()
          .that()
          .resideInAPackage("dev.cairn.sample..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.cairn.runtime..", "dev.cairn.spring..");
}
