package potconsole.engine.sandbox;

import potconsole.engine.exec.Cancellation;

/** What a simulated command runs with: the host state, its output, whether it runs as root, pacing, cancel. */
record Ctx(SandboxState state, Out out, boolean root, Pacer pacer, Cancellation cancellation, SandboxHost host) {
    /** pot's {@code _is_uid0}: prints pot's own message (and spelling) when not root. */
    boolean requireRoot() {
        if (!root) {
            out.qerror("This operation needs 'root' privilegies");
        }
        return root;
    }
}
