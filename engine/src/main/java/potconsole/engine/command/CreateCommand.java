package potconsole.engine.command;

import java.util.List;
import java.util.Optional;
import potconsole.engine.model.PotType;

/**
 * {@code pot create -p name [-t type] [-l level] [-b base|-P potbase] [network] [-f flavour]… [-k]}: global lock,
 * may run for minutes (base fetch, flavour bootstraps). Layout rules of pot-spec §3.2 are checked here.
 */
public record CreateCommand(
        String name,
        PotType type,
        Optional<Integer> level,
        Optional<String> base,
        Optional<String> potBase,
        NetworkOptions network,
        List<String> flavours,
        boolean keepOnFailure)
        implements PotCommand {
    public CreateCommand {
        Validate.potName(name);
        potBase.ifPresent(Validate::existingPotName);
        base.ifPresent(b -> Validate.simpleName(b, "Base"));
        flavours = List.copyOf(flavours);
        flavours.forEach(f -> Validate.simpleName(f, "Flavour name"));
        if (base.isEmpty() && potBase.isEmpty()) {
            throw new InvalidArgumentException("Choose a base (-b) or a reference pot (-P)");
        }
        if (type == PotType.SINGLE && level.filter(l -> l != 0).isPresent()) {
            throw new InvalidArgumentException("A single pot is always level 0");
        }
        if (type == PotType.MULTI) {
            int l = level.orElse(1);
            if (l < 0 || l > 2) {
                throw new InvalidArgumentException("The level of a multi pot is 0, 1 or 2");
            }
            if (l == 0 && (base.isEmpty() || potBase.isPresent())) {
                throw new InvalidArgumentException("A level 0 pot needs a base (-b) and no reference pot");
            }
            if (l == 2 && potBase.isEmpty()) {
                throw new InvalidArgumentException("A level 2 pot needs a reference pot (-P) of level 1 or 2");
            }
        }
    }

    public static CreateCommand single(String name, String base, NetworkOptions network, List<String> flavours) {
        return new CreateCommand(
                name, PotType.SINGLE, Optional.empty(), Optional.of(base), Optional.empty(), network, flavours, false);
    }

    public String subcommand() {
        return "create";
    }

    public List<String> arguments() {
        Args a = Args.of().opt("-p", name);
        base.ifPresent(b -> a.opt("-b", b));
        potBase.ifPresent(p -> a.opt("-P", p));
        a.opt("-t", type.potValue());
        level.ifPresent(l -> a.opt("-l", String.valueOf(l)));
        network.appendTo(a);
        a.each("-f", flavours);
        a.flag("-k", keepOnFailure);
        return a.build();
    }

    public boolean takesGlobalLock() {
        return true;
    }

    public boolean mayBlock() {
        return true;
    }
}
