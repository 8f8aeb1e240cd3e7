/** The engine's CommandRunner over SSH (JSch): one session per host, OpenSSH-style trust, SFTP transfers. */
module potconsole.ssh {
    requires transitive potconsole.engine;
    requires com.jcraft.jsch;

    // Only the console composes connections from it.
    exports potconsole.ssh to
            potconsole.app;
}
