/** The engine's CommandRunner over SSH (JSch). Filled in by the SSH transport issue. */
module potconsole.ssh {
    requires transitive potconsole.engine;
    requires com.jcraft.jsch;
}
