package org.diplograph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the stages (ARCHITECTURE.md): article → extract → importing → graph → rdf,
 * with cli on top. Each rule names the packages a stage may not reach.
 */
class ArchitectureTest {

  static JavaClasses main;

  @BeforeAll
  static void load() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.diplograph");
  }

  @Test
  void extractionKnowsNothingOfStorageExportOrCommands() {
    noClasses().that().resideInAnyPackage("org.diplograph.extract..", "org.diplograph.article..",
            "org.diplograph.gazetteer..")
        .should().dependOnClassesThat().resideInAnyPackage("org.diplograph.graph..", "org.diplograph.rdf..",
            "org.diplograph.importing..", "org.diplograph.cli..", "org.diplograph.browser..")
        .check(main);
  }

  @Test
  void theGraphKnowsNothingOfFilesTheBrowserOrCommands() {
    noClasses().that().resideInAPackage("org.diplograph.graph..")
        .should().dependOnClassesThat().resideInAnyPackage("org.diplograph.importing..", "org.diplograph.browser..",
            "org.diplograph.cli..", "org.diplograph.rdf..", "org.diplograph.evaluation..", "org.diplograph.synthetic..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.diplograph.article.ArticleReader")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.diplograph.extract.Extractor")
        .check(main);
  }

  /**
   * Until the writer takes typed rows of its own, the extraction record reaches the graph only
   * through its writer's mapping: no other class of graph may take it up.
   */
  @Test
  void onlyTheWritersMappingReadsTheExtractionRecord() {
    classes().that().resideInAPackage("org.diplograph.graph..")
        .and().haveNameNotMatching("org\\.diplograph\\.graph\\.(FactRows|GraphWriter|Resolver|Unmerger)(\\$.*)?")
        .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.diplograph.extract..", "org.diplograph.article..")
        .check(main);
  }

  @Test
  void theExportReadsTheGraphOnly() {
    noClasses().that().resideInAPackage("org.diplograph.rdf..")
        .should().dependOnClassesThat().resideInAnyPackage("org.diplograph.extract..", "org.diplograph.article..",
            "org.diplograph.importing..", "org.diplograph.cli..", "org.diplograph.browser..", "org.diplograph.evaluation..")
        .check(main);
  }

  @Test
  void onlyTheCommandsAndTheApplicationReachTheCommands() {
    noClasses().that().resideOutsideOfPackage("org.diplograph.cli..").and().doNotHaveFullyQualifiedName("org.diplograph.Diplograph")
        .should().dependOnClassesThat().resideInAPackage("org.diplograph.cli..")
        .check(main);
  }

  @Test
  void importingIsTheOnlyStageThatJoinsFilesExtractionAndTheGraph() {
    noClasses().that().resideInAnyPackage("org.diplograph.browser..", "org.diplograph.rdf..", "org.diplograph.evaluation..")
        .should().dependOnClassesThat().resideInAPackage("org.diplograph.importing..")
        .check(main);
  }
}
