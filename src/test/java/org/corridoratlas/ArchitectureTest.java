package org.corridoratlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain core knows nothing of HTTP or the command line; packages form no cycles. */
@AnalyzeClasses(packages = "org.corridoratlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule javalinStaysInHttp = noClasses()
      .that().resideOutsideOfPackage("org.corridoratlas.http..")
      .should().dependOnClassesThat().resideInAPackage("io.javalin..");

  @ArchTest
  static final ArchRule picocliStaysInCli = noClasses()
      .that().resideOutsideOfPackages("org.corridoratlas.cli..")
      .and().doNotHaveFullyQualifiedName("org.corridoratlas.Main")
      .should().dependOnClassesThat().resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule noCycles = slices().matching("org.corridoratlas.(*)..").should().beFreeOfCycles();
}
