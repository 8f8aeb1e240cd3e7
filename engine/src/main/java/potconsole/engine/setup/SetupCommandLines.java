package potconsole.engine.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.command.CreateBaseCommand;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.command.InitCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.VnetStartCommand;

/** What each step runs for a host in a given state: only what is missing, so a step run twice does nothing. */
final class SetupCommandLines {
    private SetupCommandLines() {}

    static List<String> of(SetupStep step, SetupReport r, SetupInputs in) {
        return actions(step, r, in).stream().map(SetupAction::display).toList();
    }

    static List<SetupAction> actions(SetupStep step, SetupReport r, SetupInputs in) {
        List<SetupAction> a = new ArrayList<>();
        switch (step) {
            case INSTALL_POT -> {
                if (!r.potInstalled()) {
                    a.add(new SetupAction.Host(List.of("pkg", "install", "-y", "pot")));
                }
            }
            case GROUP -> group(r, a);
            case POT_CONF -> {
                if (!in.conf().problems().isEmpty()) {
                    throw new InvalidArgumentException(
                            String.join("; ", in.conf().problems().values()));
                }
                String old = r.potConf().orElse("");
                if (r.potConf().isEmpty() || !in.conf().applyTo(old).equals(old)) {
                    a.add(new SetupAction.WriteConf(r.potConfPath(), in.conf().applyTo(old)));
                }
            }
            case KERNEL -> {
                if (!r.racct() && !r.racctAtBoot()) {
                    a.add(new SetupAction.Host(List.of("sysrc", "-f", "/boot/loader.conf", "kern.racct.enable=1")));
                }
            }
            case INIT -> {
                if (!r.initialised()) {
                    a.add(new SetupAction.Pot(InitCommand.standard()));
                }
            }
            case VNET -> {
                if (!SetupStep.VNET.done(r)) {
                    a.add(new SetupAction.Pot(VnetStartCommand.publicBridge()));
                }
            }
            case BASE -> base(r, in, a);
        }
        return a;
    }

    private static void group(SetupReport r, List<SetupAction> a) {
        String group = r.settings().getOrDefault("POT_GROUP", "pot");
        if (!r.groupExists()) {
            a.add(new SetupAction.Host(List.of("pw", "groupadd", group)));
        }
        if (!r.root() && !r.inPotGroup()) {
            if (!r.user().matches("[a-z_][a-z0-9_.-]*")) {
                throw new InvalidArgumentException("'" + r.user() + "' is not a user name pw accepts");
            }
            a.add(new SetupAction.Host(List.of("pw", "groupmod", group, "-m", r.user())));
        }
    }

    private static void base(SetupReport r, SetupInputs in, List<SetupAction> a) {
        if (r.hasCompleteBase()) {
            return;
        }
        r.interruptedBase()
                .ifPresent(b -> a.add(
                        new SetupAction.Pot(new DestroyCommand(DestroyCommand.Target.BASE, b, true, false, false))));
        a.add(new SetupAction.Pot(new CreateBaseCommand(in.release(), Optional.empty())));
    }
}
