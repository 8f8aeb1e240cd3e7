package potconsole.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.Validate;
import potconsole.engine.doctor.Doctor;
import potconsole.engine.doctor.DoctorReader;
import potconsole.engine.doctor.Finding;
import potconsole.engine.doctor.FixStep;
import potconsole.engine.doctor.RegistrySizes;
import potconsole.engine.doctor.Severity;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.model.HostInventory;

@Command(
        name = "doctor",
        description = "What is wrong on the host (or with one pot) and why: each finding with the evidence read on"
                + " the host, what it means and the known-safe fix as pot commands. Exit 0 when no problem is found,"
                + " 1 when one is.")
final class DoctorCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Only the findings about this pot.")
    String name;

    @Option(names = "--json", description = "Print the findings as JSON (docs/POTCTL-JSON.md).")
    boolean json;

    @Option(
            names = "--fix",
            description = "Run the fix of every problem and warning that has one, in order, then look again.")
    boolean fix;

    @Option(names = "--yes", description = "With --fix: confirm fixes that delete files or snapshots.")
    boolean yes;

    @Option(
            names = "--registry",
            paramLabel = "DIR|URL|HOST:/DIR",
            description = "Compare the images in POT_CACHE with this registry's sizes: a smaller cached image is a"
                    + " half download pot import never replaces.")
    String registry;

    @Override
    public Integer call() {
        Optional<String> pot = Optional.ofNullable(name).map(Validate::existingPotName);
        List<Finding> findings = examine(pot);
        if (fix) {
            List<Finding> fixable = findings.stream()
                    .filter(f -> f.fixable() && f.severity() != Severity.INFO)
                    .toList();
            Integer refused = confirm(fixable);
            if (refused != null) {
                return refused;
            }
            for (Finding f : fixable) {
                spec.commandLine()
                        .getErr()
                        .println("potctl: fixing " + f.title() + ": "
                                + String.join(
                                        "; ",
                                        f.fix().stream().map(FixStep::display).toList()));
                DoctorReader.fix(root.service(), f, Jobs.printing(spec, json).execListener(), new Cancellation());
            }
            findings = examine(pot);
        }
        if (json) {
            Json.print(
                    spec,
                    Json.obj(
                            "host",
                            root.host,
                            "pot",
                            pot,
                            "findings",
                            findings.stream().map(DoctorCmd::json).toList()));
        } else {
            print(spec.commandLine().getOut(), findings);
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.PROBLEM) ? PotCtl.POT_FAILED : 0;
    }

    private List<Finding> examine(Optional<String> pot) {
        HostInventory inv = root.service().inventory();
        if (pot.isPresent() && inv.pot(pot.get()).isEmpty()) {
            throw new IllegalArgumentException(pot.get() + " is not a pot");
        }
        var facts = DoctorReader.read(root.service(), inv, new Cancellation());
        RegistrySizes sizes = registrySizes();
        List<Finding> all = Doctor.examine(inv, facts, sizes);
        return pot.map(p -> all.stream().filter(f -> f.about(p)).toList()).orElse(all);
    }

    private RegistrySizes registrySizes() {
        if (registry == null) {
            return RegistrySizes.none();
        }
        try {
            return RegistrySizes.of(registry, root.registry(registry).list());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the registry " + registry + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the registry " + registry, e);
        }
    }

    /** Removing files or snapshots is confirmed like every destructive verb. */
    private Integer confirm(List<Finding> fixable) {
        List<String> deleting = fixable.stream()
                .flatMap(f -> f.fix().stream())
                .filter(s -> s.pot().isEmpty() || s.pot().get().subcommand().equals("purge-snapshots"))
                .map(FixStep::display)
                .toList();
        if (deleting.isEmpty()) {
            return null;
        }
        return Confirm.check(spec, yes, "the fixes delete: " + String.join("; ", deleting), "Run the fixes?");
    }

    static Map<String, Object> json(Finding f) {
        return Json.obj(
                "kind", f.kind(),
                "severity", f.severity().label(),
                "pots", f.pots(),
                "title", f.title(),
                "evidence", f.evidence(),
                "meaning", f.meaning(),
                "fix", f.fix().stream().map(FixStep::display).toList());
    }

    private static void print(PrintWriter out, List<Finding> findings) {
        if (findings.isEmpty()) {
            out.println("No findings: nothing the doctor checks is wrong.");
            return;
        }
        for (Finding f : findings) {
            out.printf("%-8s %s%n", f.severity().name(), f.title());
            block(out, "seen:", f.evidence());
            block(out, "means:", List.of(f.meaning()));
            block(
                    out,
                    "fix:",
                    f.fix().isEmpty()
                            ? List.of("(no command fixes it safely; see above)")
                            : f.fix().stream().map(FixStep::display).toList());
            out.println();
        }
        long fixable = findings.stream()
                .filter(f -> f.fixable() && f.severity() != Severity.INFO)
                .count();
        if (fixable > 0) {
            out.println(fixable + " can be fixed with: potctl doctor --fix");
        }
    }

    private static void block(PrintWriter out, String label, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            out.printf("  %-7s %s%n", i == 0 ? label : "", lines.get(i));
        }
    }
}
