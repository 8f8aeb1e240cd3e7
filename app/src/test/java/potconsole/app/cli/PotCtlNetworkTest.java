package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static potconsole.app.cli.PotCtlTest.potctl;

import org.junit.jupiter.api.Test;
import potconsole.app.cli.PotCtlTest.Run;

/** potctl refuses bridge IPs pot would refuse, before sending (issue 13 #10). */
class PotCtlNetworkTest {
    @Test
    void anIpOutsidePotNetworkOrOneAPotHasIsRefused() {
        Run outside = potctl("create", "x", "-b", "13.2", "-N", "public-bridge", "-i", "192.168.1.5");
        assertThat(outside.exit()).as(outside.err()).isEqualTo(2);
        assertThat(outside.err()).contains("The 192.168.1.5 IP is not valid: it is outside POT_NETWORK 10.192.0.0/10");

        Run taken = potctl("create", "x", "-b", "13.2", "-N", "public-bridge", "-i", "10.192.0.3");
        assertThat(taken.exit()).as(taken.err()).isEqualTo(2);
        assertThat(taken.err()).contains("pot nginx already has it");
    }
}
