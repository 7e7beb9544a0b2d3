package dev.cairn.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.cairn.archtest.CairnArchitecture;

@AnalyzeClasses(
    packages = "dev.cairn.runtime",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule publicApi = CairnArchitecture.PUBLIC_API_DOES_NOT_EXPOSE_INTERNALS;

  /** The runtime is on every production classpath: the JDK (incl. java.sql) and SLF4J only. */
  @ArchTest
  static final ArchRule onlyJdkAndSlf4j =
      classes()
          .that()
          .resideInAPackage("dev.cairn.runtime..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "javax.sql..", "org.slf4j..", "dev.cairn.runtime..");
}
