package potconsole.app.nomad;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import potconsole.engine.nomad.NomadHcl;
import potconsole.engine.nomad.NomadJob;
import potconsole.engine.nomad.NomadJobCheck;
import potconsole.engine.nomad.NomadJson;

/**
 * The Nomad job form: every driver parameter as text (lists one entry per line, port_map as LABEL = PORT lines), the
 * HCL and JSON kept up to date as you type, and the problems that stop the job from being used.
 */
public final class NomadJobViewModel {
    private final StringProperty job = new SimpleStringProperty("");
    private final StringProperty datacenters = new SimpleStringProperty("dc1");
    private final StringProperty group = new SimpleStringProperty("");
    private final StringProperty task = new SimpleStringProperty("");
    private final IntegerProperty count = new SimpleIntegerProperty(1);
    private final StringProperty image = new SimpleStringProperty("");
    private final StringProperty pot = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty command = new SimpleStringProperty("");
    /** One argument per line, so nothing is split behind the user's back. */
    private final StringProperty args = new SimpleStringProperty("");

    private final StringProperty networkMode = new SimpleStringProperty(NomadJob.PUBLIC_BRIDGE);
    /** One {@code LABEL = PORT-IN-POT} per line. */
    private final StringProperty portMap = new SimpleStringProperty("");

    private final StringProperty copy = new SimpleStringProperty("");
    private final StringProperty mount = new SimpleStringProperty("");
    private final StringProperty mountReadOnly = new SimpleStringProperty("");
    private final StringProperty extraHosts = new SimpleStringProperty("");
    private final StringProperty attributes = new SimpleStringProperty("");
    private final IntegerProperty cpu = new SimpleIntegerProperty(200);
    private final IntegerProperty memory = new SimpleIntegerProperty(64);

    private final ObjectBinding<NomadJob> spec;
    private final ObjectBinding<List<NomadJobCheck.Problem>> problems;
    private final ObjectBinding<List<NomadJobCheck.Problem>> notes;
    private final StringBinding hcl;
    private final StringBinding json;
    private final StringBinding portsBothWays;

    public NomadJobViewModel(NomadJob initial) {
        load(initial);
        Observable[] all = {
            job,
            datacenters,
            group,
            task,
            count,
            image,
            pot,
            tag,
            command,
            args,
            networkMode,
            portMap,
            copy,
            mount,
            mountReadOnly,
            extraHosts,
            attributes,
            cpu,
            memory
        };
        spec = Bindings.createObjectBinding(this::build, all);
        problems = Bindings.createObjectBinding(() -> problemsOf(spec.get()), spec);
        notes = Bindings.createObjectBinding(() -> NomadJobCheck.notes(spec.get()), spec);
        hcl = Bindings.createStringBinding(() -> NomadHcl.render(spec.get()), spec);
        json = Bindings.createStringBinding(() -> NomadJson.render(spec.get()), spec);
        portsBothWays = Bindings.createStringBinding(this::describePorts, spec);
    }

    public ObjectBinding<List<NomadJobCheck.Problem>> problemsProperty() {
        return problems;
    }

    /** The problems of one driver parameter (named as {@link NomadJobCheck} names it), for its field's mark. */
    public Optional<String> problemOf(String field) {
        List<String> mine = problems.get().stream()
                .filter(p -> p.field().equals(field))
                .map(NomadJobCheck.Problem::message)
                .toList();
        return mine.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", mine));
    }

    /** What is worth knowing but does not stop the job (e.g. an args element of several words). */
    public ObjectBinding<List<NomadJobCheck.Problem>> notesProperty() {
        return notes;
    }

    public StringBinding hclProperty() {
        return hcl;
    }

    public StringBinding jsonProperty() {
        return json;
    }

    /** The port map read in both directions, so nobody reverses it. */
    public StringBinding portsProperty() {
        return portsBothWays;
    }

    public NomadJob job() {
        return spec.get();
    }

    private void load(NomadJob j) {
        job.set(j.job());
        datacenters.set(String.join(", ", j.datacenters()));
        group.set(j.group());
        task.set(j.task());
        count.set(j.count());
        image.set(j.image());
        pot.set(j.pot());
        tag.set(j.tag());
        command.set(j.command().orElse(""));
        args.set(String.join("\n", j.args()));
        networkMode.set(j.networkMode());
        StringBuilder ports = new StringBuilder();
        j.portMap()
                .forEach((label, port) ->
                        ports.append(label).append(" = ").append(port).append('\n'));
        portMap.set(ports.toString());
        copy.set(String.join("\n", j.copy()));
        mount.set(String.join("\n", j.mount()));
        mountReadOnly.set(String.join("\n", j.mountReadOnly()));
        extraHosts.set(String.join("\n", j.extraHosts()));
        attributes.set(String.join("\n", j.attributes()));
        cpu.set(j.cpuMhz());
        memory.set(j.memoryMb());
    }

    private NomadJob build() {
        return new NomadJob(
                job.get().strip(),
                List.of(datacenters.get().split("[,\\s]+")).stream()
                        .filter(s -> !s.isBlank())
                        .toList(),
                group.get().strip(),
                count.get(),
                task.get().strip(),
                image.get().strip(),
                pot.get().strip(),
                tag.get().strip(),
                command.get().isBlank()
                        ? Optional.empty()
                        : Optional.of(command.get().strip()),
                lines(args.get()),
                networkMode.get(),
                ports(),
                lines(copy.get()),
                lines(mount.get()),
                lines(mountReadOnly.get()),
                lines(extraHosts.get()),
                lines(attributes.get()),
                cpu.get(),
                memory.get());
    }

    /** Lines that do not read as LABEL = PORT become a problem of their own rather than vanishing. */
    private Map<String, String> ports() {
        Map<String, String> ports = new LinkedHashMap<>();
        for (String line : lines(portMap.get())) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                ports.put(line.strip(), "");
            } else {
                ports.put(
                        line.substring(0, eq).strip(),
                        line.substring(eq + 1).strip().replace("\"", ""));
            }
        }
        return ports;
    }

    private static List<NomadJobCheck.Problem> problemsOf(NomadJob j) {
        return new ArrayList<>(NomadJobCheck.problems(j));
    }

    private String describePorts() {
        NomadJob j = spec.get();
        if (j.portMap().isEmpty()) {
            return "No ports: the task is reachable only from inside the host.";
        }
        StringBuilder b = new StringBuilder();
        j.portMap()
                .forEach((label, port) -> b.append("host port ${NOMAD_HOST_PORT_")
                        .append(label)
                        .append("} (dynamic, label ")
                        .append(label)
                        .append(")  →  port ")
                        .append(port.isBlank() ? "?" : port)
                        .append(" inside the pot\n"));
        return b.toString().strip();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // The form's fields, for the view to bind.

    public StringProperty jobProperty() {
        return job;
    }

    public StringProperty datacentersProperty() {
        return datacenters;
    }

    public StringProperty groupProperty() {
        return group;
    }

    public StringProperty taskProperty() {
        return task;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public StringProperty imageProperty() {
        return image;
    }

    public StringProperty potProperty() {
        return pot;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty commandProperty() {
        return command;
    }

    public StringProperty argsProperty() {
        return args;
    }

    public StringProperty networkModeProperty() {
        return networkMode;
    }

    public StringProperty portMapProperty() {
        return portMap;
    }

    public StringProperty copyProperty() {
        return copy;
    }

    public StringProperty mountProperty() {
        return mount;
    }

    public StringProperty mountReadOnlyProperty() {
        return mountReadOnly;
    }

    public StringProperty extraHostsProperty() {
        return extraHosts;
    }

    public StringProperty attributesProperty() {
        return attributes;
    }

    public IntegerProperty cpuProperty() {
        return cpu;
    }

    public IntegerProperty memoryProperty() {
        return memory;
    }
}
