package potconsole.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine's boundaries (docs/ARCHITECTURE.md, "Rules the build enforces"): its packages form no cycle, it never
 * touches JavaFX, the transport contract knows nothing of pot, and the model is the bottom layer.
 */
@AnalyzeClasses(packages = "potconsole.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {
    @ArchTest
    static final ArchRule packagesFormNoCycle =
            slices().matching("potconsole.engine.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noJavaFx = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
            .because("the engine runs headless under potctl and in tests; pixels belong to the app");

    @ArchTest
    static final ArchRule theTransportKnowsNoPot = classes()
            .that()
            .resideInAPackage("potconsole.engine.exec..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "potconsole.engine.exec..")
            .because("a CommandRunner runs argv and scripts; PotService turns a PotCommand into an ExecRequest");

    @ArchTest
    static final ArchRule theModelIsTheBottomLayer = classes()
            .that()
            .resideInAPackage("potconsole.engine.model..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "potconsole.engine.model..", "com.fasterxml.jackson.annotation..")
            .because("every other package reads the model; the model reads none of them");

    @ArchTest
    static final ArchRule potFailuresLiveInError = classes()
            .that()
            .areAssignableTo("potconsole.engine.error.PotException")
            .should()
            .resideInAPackage("potconsole.engine.error")
            .because("the PotException family is what callers catch, not a detail of the parsers");
}
