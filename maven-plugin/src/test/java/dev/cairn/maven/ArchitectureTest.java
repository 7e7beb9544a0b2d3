package dev.cairn.maven;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.cairn.archtest.CairnArchitecture;

@AnalyzeClasses(packages = "dev.cairn.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule publicApi = CairnArchitecture.PUBLIC_API_DOES_NOT_EXPOSE_INTERNALS;
}
