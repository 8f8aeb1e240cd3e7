package potconsole.engine.setup;

/** What the person chose for the steps that need a choice: the pot.conf values and the base's release. */
public record SetupInputs(PotConf conf, String release) {}
