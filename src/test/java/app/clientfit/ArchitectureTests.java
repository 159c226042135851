package app.clientfit;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house as drawn in the README's "where is X": packages by capability, every dependency pointing one way,
 * facts ← spreadsheet ← rules ← evaluation ← explanation ← audit ← impact, web (and evaluation ← security) ← console, with the
 * cluster (several instances) above rules and below console, the
 * batch (client lists, over HTTP and from the command line) above evaluation and security and below console, and the
 * problem details below them all; the storage's forms of values (storage) below the audit and the cluster.
 * The rules' analysis (rules.lint) sits below rules and reads only facts; the audit answers its questions about history.
 * A sub-package (rules.sandbox, rules.problem, rules.lint) is a package of its own here, so a cycle between it and its
 * parent counts too.
 */
@AnalyzeClasses(packagesOf = ClientFitApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule noPackageDependsOnItselfThroughOthers = slices().matching("app.clientfit.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependenciesPointFromCapabilitiesDownToFacts = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Application").definedBy("app.clientfit")
            .layer("Bench").definedBy("app.clientfit.bench..")
            .layer("Console").definedBy("app.clientfit.console..")
            .layer("Impact").definedBy("app.clientfit.impact..")
            .layer("Cluster").definedBy("app.clientfit.cluster..")
            .layer("Batch").definedBy("app.clientfit.batch..")
            .layer("Audit").definedBy("app.clientfit.audit..")
            .layer("Web").definedBy("app.clientfit.web..")
            .layer("Security").definedBy("app.clientfit.security..")
            .layer("Explanation").definedBy("app.clientfit.explanation..")
            .layer("Evaluation").definedBy("app.clientfit.evaluation..")
            .layer("Rules").definedBy("app.clientfit.rules")
            .layer("Sandbox").definedBy("app.clientfit.rules.sandbox..")
            .layer("Rule problems").definedBy("app.clientfit.rules.problem..")
            .layer("Lint").definedBy("app.clientfit.rules.lint..")
            .layer("Spreadsheet").definedBy("app.clientfit.spreadsheet..")
            .layer("Facts").definedBy("app.clientfit.facts..")
            .layer("Storage").definedBy("app.clientfit.storage..")
            .layer("Problem details").definedBy("app.clientfit.problem..")

            .whereLayer("Bench").mayNotBeAccessedByAnyLayer()
            .whereLayer("Console").mayNotBeAccessedByAnyLayer()
            .whereLayer("Impact").mayOnlyBeAccessedByLayers("Console")
            .whereLayer("Cluster").mayOnlyBeAccessedByLayers("Console")
            .whereLayer("Batch").mayOnlyBeAccessedByLayers("Console", "Application")
            .whereLayer("Audit").mayOnlyBeAccessedByLayers("Impact", "Console")
            .whereLayer("Web").mayNotBeAccessedByAnyLayer()
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Bench", "Batch")
            .whereLayer("Explanation").mayOnlyBeAccessedByLayers("Impact", "Audit", "Web", "Console", "Application")
            .whereLayer("Evaluation").mayOnlyBeAccessedByLayers("Impact", "Explanation", "Audit", "Web", "Security", "Batch", "Console", "Bench",
                    "Application")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Impact", "Cluster", "Explanation", "Evaluation", "Audit", "Web", "Security", "Batch",
                    "Console", "Bench", "Application")
            .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("Rules", "Evaluation", "Audit", "Web", "Security", "Bench",
                    "Application")
            .whereLayer("Lint").mayOnlyBeAccessedByLayers("Rules", "Audit", "Web", "Console", "Bench", "Application")
            .whereLayer("Rule problems").mayOnlyBeAccessedByLayers("Impact", "Cluster", "Explanation", "Sandbox", "Rules", "Evaluation", "Audit", "Web",
                    "Security", "Batch", "Console", "Bench", "Application")
            .whereLayer("Spreadsheet").mayOnlyBeAccessedByLayers("Explanation", "Rule problems", "Sandbox", "Rules", "Evaluation",
                    "Audit", "Web", "Security", "Batch", "Console", "Bench", "Application")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("Audit", "Cluster")
            .whereLayer("Facts").mayOnlyBeAccessedByLayers("Impact", "Explanation", "Spreadsheet", "Lint", "Rule problems", "Sandbox", "Rules",
                    "Evaluation", "Audit", "Web", "Security", "Batch", "Console", "Bench", "Application");
}
