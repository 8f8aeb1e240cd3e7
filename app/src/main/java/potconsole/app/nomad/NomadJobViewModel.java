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
    public final StringProperty job = new SimpleStringProperty("");
    public final StringProperty datacenters = new SimpleStringProperty("dc1");
    public final StringProperty group = new SimpleStringProperty("");
    public final StringProperty task = new SimpleStringProperty("");
    public final IntegerProperty count = new SimpleIntegerProperty(1);
    public final StringProperty image = new SimpleStringProperty("");
    public final StringProperty pot = new SimpleStringProperty("");
    public final StringProperty tag = new SimpleStringProperty("");
    public final StringProperty command = new SimpleStringProperty("");
    /** One argument per line, so nothing is split behind the user's back. */
    public final StringProperty args = new SimpleStringProperty("");

    public final StringProperty networkMode = new SimpleStringProperty(NomadJob.PUBLIC_BRIDGE);
    /** One {@code LABEL = PORT-IN-POT} per line. */
    public final StringProperty portMap = new SimpleStringProperty("");

    public final StringProperty copy = new SimpleStringProperty("");
    public final StringProperty mount = new SimpleStringProperty("");
    public final StringProperty mountReadOnly = new SimpleStringProperty("");
    public final StringProperty extraHosts = new SimpleStringProperty("");
    public final StringProperty attributes = new SimpleStringProperty("");
    public final IntegerProperty cpu = new SimpleIntegerProperty(200);
    public final IntegerProperty memory = new SimpleIntegerProperty(64);

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
}
