/**
 * The pot engine: commands, parsers, runners, inventory, sandbox and service. Never imports JavaFX (an ArchUnit test
 * holds it to that). Each package is exported only to the modules that use it: the runner contract and what a
 * transport returns to everyone; the rest to the console (and to the SSH transport where its tests use it).
 */
module potconsole.engine {
    requires com.fasterxml.jackson.databind;
    requires org.bouncycastle.provider;
    requires org.tukaani.xz;
    requires com.sun.jna;
    requires java.net.http;

    // What a transport implements and returns: used by the SSH transport and the console.
    exports potconsole.engine.exec;
    exports potconsole.engine.host;
    exports potconsole.engine.inventory;
    exports potconsole.engine.model;
    exports potconsole.engine.service;
    // pot's vocabulary: the console builds commands and reads failures; the SSH transport's tests do too.
    exports potconsole.engine.command to
            potconsole.app,
            potconsole.ssh;
    exports potconsole.engine.error to
            potconsole.app,
            potconsole.ssh;
    exports potconsole.engine.image to
            potconsole.app,
            potconsole.ssh;
    // The console's alone.
    exports potconsole.engine.flavour to
            potconsole.app;
    exports potconsole.engine.doctor to
            potconsole.app;
    exports potconsole.engine.fleet to
            potconsole.app;
    exports potconsole.engine.build to
            potconsole.app;
    exports potconsole.engine.ascode to
            potconsole.app;
    exports potconsole.engine.audit to
            potconsole.app;
    exports potconsole.engine.job to
            potconsole.app;
    exports potconsole.engine.journal to
            potconsole.app;
    exports potconsole.engine.nomad to
            potconsole.app;
    exports potconsole.engine.parse to
            potconsole.app;
    exports potconsole.engine.sandbox to
            potconsole.app;
    exports potconsole.engine.secret to
            potconsole.app,
            potconsole.ssh;
    exports potconsole.engine.io to
            potconsole.app,
            potconsole.ssh;
    // Setting a host up for pot (issue 20); the SSH transport's tests write pot.conf over loopback.
    exports potconsole.engine.setup to
            potconsole.app,
            potconsole.ssh;

    // Jackson binds the saved hosts and the journal's lines, and serialises the model for potctl inventory --json.
    opens potconsole.engine.host to
            com.fasterxml.jackson.databind;
    opens potconsole.engine.journal to
            com.fasterxml.jackson.databind;
    opens potconsole.engine.model to
            com.fasterxml.jackson.databind;
    // JNA reads the liblzma structs' fields and proxies the library interface by reflection.
    opens potconsole.engine.image.xz to
            com.sun.jna;
}
