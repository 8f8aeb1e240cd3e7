package potconsole.ssh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import potconsole.engine.testkit.MainClassesOnly;

/**
 * The SSH transport's boundaries (docs/ARCHITECTURE.md): it implements the engine's runner contract and never
 * reaches up into the console; between the engine and the transport there is no cycle.
 */
@AnalyzeClasses(packages = "potconsole", importOptions = MainClassesOnly.class)
class TransportArchitectureTest {
    @ArchTest
    static final ArchRule modulesFormNoCycle =
            slices().matching("potconsole.(*)..").should().beFreeOfCycles();

    /** One package today; this holds for the sub-packages it may grow. */
    @ArchTest
    static final ArchRule transportPackagesFormNoCycle =
            slices().matching("potconsole.ssh.(*)..").should().beFreeOfCycles().allowEmptyShould(true);

    @ArchTest
    static final ArchRule noUi = noClasses()
            .that()
            .resideInAPackage("potconsole.ssh..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "potconsole.app..")
            .because("prompts reach the user through SshPrompts, which the console implements");

    @ArchTest
    static final ArchRule usesOnlyTheEnginesTransportSide = classes()
            .that()
            .resideInAPackage("potconsole.ssh..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(
                    "potconsole.engine.sandbox..",
                    "potconsole.engine.job..",
                    "potconsole.engine.journal..",
                    "potconsole.engine.flavour..",
                    "potconsole.engine.nomad..",
                    "potconsole.engine.parse..")
            .because("a transport runs requests; jobs, the journal and pot's parsers are the console's business");
}
