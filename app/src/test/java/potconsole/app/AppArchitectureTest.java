package potconsole.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import potconsole.engine.testkit.MainClassesOnly;

/**
 * The console's boundaries (docs/ARCHITECTURE.md, "Rules the build enforces"), checked over the main classes of
 * every module: the modules and the console's packages form no cycle, only the composition root
 * ({@code potconsole.app.connect}) and the SSH prompt adapters name transport classes, and view-models hold state and
 * commands, never scene-graph nodes.
 */
@AnalyzeClasses(packages = "potconsole", importOptions = MainClassesOnly.class)
class AppArchitectureTest {
    @ArchTest
    static final ArchRule modulesFormNoCycle =
            slices().matching("potconsole.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule appPackagesFormNoCycle =
            slices().matching("potconsole.app.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheCompositionRootNamesTheTransport = noClasses()
            .that()
            .resideInAPackage("potconsole.app..")
            .and()
            .resideOutsideOfPackage("potconsole.app.connect..")
            .and(DescribedPredicate.not(promptAdapters()))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("potconsole.ssh..")
            .because("one place turns a host profile into a CommandRunner for both the GUI and potctl"
                    + " (potconsole.app.connect); the rest of the console sees the engine's CommandRunner only");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that()
            .haveNameMatching(".*ViewModel(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx.scene..")
            .because("a view-model is state and commands, testable without a scene; its view builds the nodes");

    /** The classes that answer the SSH transport's questions (host key, passphrase), and their nested classes. */
    private static DescribedPredicate<JavaClass> promptAdapters() {
        return DescribedPredicate.describe("SSH prompt adapters (implementations of SshPrompts)", c -> {
            JavaClass outer = c;
            while (outer.getEnclosingClass().isPresent()) {
                outer = outer.getEnclosingClass().get();
            }
            return outer.isAssignableTo("potconsole.ssh.SshPrompts");
        });
    }
}
