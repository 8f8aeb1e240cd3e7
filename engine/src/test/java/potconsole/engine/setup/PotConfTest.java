package potconsole.engine.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;

/** The pot.conf form's rules (pot-spec §1.1, §1.2) and how the file is edited. */
class PotConfTest {
    private static final PotConf OK = PotConf.defaults();

    @Test
    void potsDefaultsPass() {
        assertThat(OK.problems()).isEmpty();
    }

    @Test
    void eachRuleNamesItsField() {
        assertThat(new PotConf("", "/opt/pot", "em0", "10.192.0.0/10", "255.192.0.0", "10.192.0.1", "/var/cache/pot")
                        .problems())
                .containsOnlyKeys("POT_ZFS_ROOT");
        assertThat(with("/zroot/pot", "/opt/pot", "em0").problems()).containsOnlyKeys("POT_ZFS_ROOT");
        assertThat(with("zroot/pot", "opt/pot", "em0").problems()).containsOnlyKeys("POT_FS_ROOT");
        assertThat(with("zroot/pot", "/opt/my pot", "em0").problems()).containsOnlyKeys("POT_FS_ROOT");
        assertThat(with("zroot/pot", "/opt/pot", "\"em0\"").problems()).containsOnlyKeys("POT_EXTIF");
    }

    @Test
    void theNetmaskMustMatchTheNetworkAndTheGatewayLieInsideAsPotnetConfigCheckWants() {
        assertThat(net("10.192.0.0/10", "255.255.0.0", "10.192.0.1").problems())
                .containsOnlyKeys("POT_NETMASK")
                .hasValueSatisfying(new Condition<>(v -> v.contains("255.192.0.0"), "names it"));
        assertThat(net("10.192.0.0/10", "255.192.0.0", "10.0.0.1").problems()).containsOnlyKeys("POT_GATEWAY");
        assertThat(net("10.192.0.0/10", "255.192.0.0", "10.192.0.0").problems()).containsOnlyKeys("POT_GATEWAY");
        assertThat(net("10.192.0.1/10", "255.192.0.0", "10.192.0.1").problems()).containsOnlyKeys("POT_NETWORK");
        assertThat(net("10.192.0.0", "255.192.0.0", "10.192.0.1").problems()).containsKey("POT_NETWORK");
        assertThat(net("192.168.50.0/24", "255.255.255.0", "192.168.50.1").problems())
                .isEmpty();
    }

    @Test
    void applyToReplacesInPlaceDropsLaterDuplicatesAppendsTheRestAndKeepsComments() {
        String old = "# my settings\nPOT_EXTIF=em0\nPOT_DNS_NAME=dns\nPOT_EXTIF=\"igb0\"\n";
        PotConf conf = with("zroot/pot", "/opt/pot", "vtnet0");

        String text = conf.applyTo(old);

        assertThat(text)
                .startsWith("# my settings\nPOT_EXTIF=vtnet0\nPOT_DNS_NAME=dns\nPOT_ZFS_ROOT=zroot/pot\n")
                .endsWith("POT_CACHE=/var/cache/pot\n")
                .doesNotContain("igb0");
        assertThat(PotConf.from(PotConf.parse(text))).isEqualTo(conf);
        assertThat(conf.applyTo(text)).as("applying twice changes nothing").isEqualTo(text);
    }

    @Test
    void parseReadsShAssignmentsLastWinningWithoutQuotes() {
        assertThat(PotConf.parse("POT_EXTIF=\"em0\"\n#POT_EXTIF=x\nPOT_EXTIF=igb1 # the uplink\n"))
                .containsEntry("POT_EXTIF", "igb1")
                .hasSize(1);
    }

    private static PotConf with(String zfs, String fs, String extIf) {
        return new PotConf(zfs, fs, extIf, OK.network(), OK.netmask(), OK.gateway(), OK.cache());
    }

    private static PotConf net(String network, String netmask, String gateway) {
        return new PotConf(OK.zfsRoot(), OK.fsRoot(), OK.extIf(), network, netmask, gateway, OK.cache());
    }
}
