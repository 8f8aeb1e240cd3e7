package potconsole.app.cli;

import potconsole.engine.image.XzEngine;

/** {@code --engine liblzma|xz-java}: which xz implementation compresses or checks here; unset, liblzma if found. */
final class EngineChoice {
    static final String DESCRIPTION =
            "xz engine here: liblzma (the library xz and pot use; default where found)" + " or xz-java (pure Java).";

    private EngineChoice() {}

    static XzEngine of(String option) {
        return option == null ? XzEngine.preferred() : XzEngine.of(XzEngine.Kind.parse(option));
    }
}
