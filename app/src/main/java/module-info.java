module potconsole.app {
    requires potconsole.engine;
    requires potconsole.ssh;
    requires potconsole.resources;
    requires javafx.controls;
    requires atlantafx.base;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
}
