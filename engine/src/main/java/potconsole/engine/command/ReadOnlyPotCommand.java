package potconsole.engine.command;

/** A command that only reads: a member of group pot may run it (pot-spec §3.3), and it may run in parallel. */
public interface ReadOnlyPotCommand extends PotCommand {
    @Override
    default boolean needsRoot() {
        return false;
    }

    @Override
    default boolean changesState() {
        return false;
    }
}
