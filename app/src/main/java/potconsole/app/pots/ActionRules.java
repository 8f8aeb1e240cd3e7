package potconsole.app.pots;

import java.util.List;
import java.util.function.Function;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;
import potconsole.engine.model.PotType;

/**
 * When each pot action can run, as pot decides it, and — when it cannot — why, in words for the tooltip and the
 * status line. Empty means it can run. Pure functions of the selected pots (as their hosts have them now).
 */
final class ActionRules {
    private ActionRules() {}

    private static String forOne(List<Pot> ps, Function<Pot, String> reason) {
        return ps.size() != 1 ? "select exactly one pot" : reason.apply(ps.get(0));
    }

    private static String names(List<Pot> ps) {
        return String.join(", ", ps.stream().map(Pot::name).toList());
    }

    static boolean startable(PotState s) {
        return s == PotState.STOPPED || s == PotState.WEDGED;
    }

    static boolean stoppable(PotState s) {
        return s == PotState.RUNNING || s == PotState.WEDGED || s == PotState.DOA || s == PotState.STARTING;
    }

    static String start(List<Pot> ps) {
        return (ps.stream().anyMatch(p -> startable(p.state()))
                ? ""
                : ps.size() == 1
                        ? ps.get(0).name() + " is " + ps.get(0).state().label() + ": nothing to start"
                        : "none of " + names(ps) + " is stopped: nothing to start");
    }

    static String stop(List<Pot> ps) {
        return (ps.stream().anyMatch(p -> stoppable(p.state()))
                ? ""
                : ps.size() == 1
                        ? ps.get(0).name() + " is " + ps.get(0).state().label() + ": nothing to stop"
                        : "none of " + names(ps) + " is running: nothing to stop");
    }

    static String restart(List<Pot> ps) {
        return forOne(
                ps,
                p -> p.state() == PotState.RUNNING || p.state() == PotState.WEDGED
                        ? ""
                        : p.name() + " is " + p.state().label() + ": restart needs a running pot");
    }

    static String snapshot(List<Pot> ps) {
        return (ps.stream().anyMatch(p -> p.state() == PotState.STOPPED)
                ? ""
                : "pot snapshots stopped pots only; stop " + names(ps) + " first");
    }

    static String revert(List<Pot> ps) {
        return forOne(
                ps,
                p -> p.state() != PotState.STOPPED
                        ? "pot reverts stopped pots only; stop " + p.name() + " first"
                        : p.snapshots().isEmpty() ? p.name() + " has no snapshot to revert to" : "");
    }

    static String purge(List<Pot> ps) {
        return forOne(ps, p -> p.snapshots().size() > 1 ? "" : p.name() + " has no older snapshot to purge");
    }

    static String export(List<Pot> ps) {
        return forOne(
                ps,
                p -> p.type() == PotType.SINGLE
                        ? ""
                        : "pot exports single pots only; " + p.name() + " is "
                                + p.type().potValue());
    }

    static String clone(List<Pot> ps) {
        return forOne(ps, p -> isLevelZeroMulti(p) ? "pot does not clone a multi level-0 pot: clone its base" : "");
    }

    static String rename(List<Pot> ps) {
        return forOne(
                ps,
                p -> p.state() == PotState.STOPPED ? "" : "pot renames stopped pots only; stop " + p.name() + " first");
    }

    static String destroy(List<Pot> ps) {
        return forOne(ps, p -> isLevelZeroMulti(p) ? "a multi level-0 pot goes with its base: destroy the base" : "");
    }

    static String exec(List<Pot> ps) {
        return forOne(
                ps,
                p -> p.state() == PotState.RUNNING
                        ? ""
                        : p.name() + " is " + p.state().label() + ": start it first");
    }

    static boolean isLevelZeroMulti(Pot p) {
        return p.type() == PotType.MULTI && p.level() == 0;
    }
}
