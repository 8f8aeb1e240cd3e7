/** Bundled non-code content: icons, flavour templates, the sandbox seed. */
module potconsole.resources {
    exports potconsole.resources;
}
