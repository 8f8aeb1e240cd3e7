/** The Pot Console GUI (JavaFX, AtlantaFX) and the headless potctl CLI. */
module potconsole.app {
    requires potconsole.engine;
    requires potconsole.ssh;
    requires potconsole.resources;
    requires javafx.controls;
    requires com.techsenger.jeditermfx.ui;
    requires com.techsenger.jeditermfx.core;
    requires atlantafx.base;
    requires org.controlsfx.controls;
    requires org.fxmisc.richtext;
    requires org.fxmisc.flowless;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;

    opens potconsole.app.cli to
            info.picocli;

    exports potconsole.app.main to
            javafx.graphics;

    opens potconsole.app.theme;
}
