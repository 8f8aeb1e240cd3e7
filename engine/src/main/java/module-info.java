/** The pot engine: commands, parsers, runners, inventory, sandbox and service. Never imports JavaFX. */
module potconsole.engine {
    requires com.fasterxml.jackson.databind;
    requires org.bouncycastle.provider;
    requires org.tukaani.xz;
    requires java.net.http;

    exports potconsole.engine.model;
    exports potconsole.engine.command;
    exports potconsole.engine.exec;
    exports potconsole.engine.parse;
    exports potconsole.engine.error;
    exports potconsole.engine.inventory;
    exports potconsole.engine.sandbox;
    exports potconsole.engine.job;
    exports potconsole.engine.service;
    exports potconsole.engine.host;
    exports potconsole.engine.journal;
    exports potconsole.engine.image;
    exports potconsole.engine.flavour;
    exports potconsole.engine.nomad;

    // Jackson binds the saved hosts and the journal's lines, and serialises the model for potctl inventory --json.
    opens potconsole.engine.host to
            com.fasterxml.jackson.databind;
    opens potconsole.engine.journal to
            com.fasterxml.jackson.databind;
    opens potconsole.engine.model to
            com.fasterxml.jackson.databind;
}
