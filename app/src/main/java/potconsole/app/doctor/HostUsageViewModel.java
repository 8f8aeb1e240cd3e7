package potconsole.app.doctor;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import potconsole.engine.doctor.UsageBands;

/**
 * The host overview: memory and CPU of all running pots of a host over the last ten minutes, the
 * {@link UsageBands#TOP} heaviest as their own bands and the rest summed as one, from the host's one sampler (shared
 * with the pots' Usage tabs), which computes the bands in its job. FX thread only.
 */
public final class HostUsageViewModel {
    private final HostUsageSampler sampler;
    private final ReadOnlyObjectWrapper<List<UsageBands.Band>> memory = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<UsageBands.Band>> cpu = new ReadOnlyObjectWrapper<>(List.of());

    public HostUsageViewModel(HostUsageSampler sampler) {
        this.sampler = sampler;
        sampler.revisionProperty().addListener(o -> update());
        update();
    }

    public String hostName() {
        return sampler.host().name();
    }

    public ReadOnlyObjectProperty<List<UsageBands.Band>> memoryProperty() {
        return memory.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<UsageBands.Band>> cpuProperty() {
        return cpu.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return sampler.statusProperty();
    }

    /** The overview is shown or hidden: the host's sampler ticks while any usage view is shown. */
    public void showing(boolean shown) {
        if (shown) {
            sampler.watch(this);
        } else {
            sampler.unwatch(this);
        }
    }

    /** Takes one sample now (the ticker does this while shown). */
    public void sample() {
        sampler.sample();
    }

    void update() {
        UsageBands bands = sampler.bands();
        memory.set(bands.memory());
        cpu.set(bands.cpu());
    }
}
