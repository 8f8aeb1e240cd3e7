package potconsole.app.cli;

import java.io.PrintWriter;
import potconsole.app.cli.agent.AgentClient;
import potconsole.app.cli.agent.AgentLauncher;

/**
 * The potctl launcher's entry: a run the agent can serve goes there first (JDK classes only up to here); otherwise,
 * or when no agent answers, it runs in this process.
 */
public final class PotCtlMain {
    private PotCtlMain() {}

    public static void main(String[] args) {
        int forwarded = AgentClient.forward(args);
        if (forwarded >= 0) {
            System.exit(forwarded);
        }
        int exit = PotCtl.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (forwarded == AgentClient.NO_AGENT) {
            AgentLauncher.persistIfAsked(System.getenv());
        }
        System.exit(exit);
    }
}
