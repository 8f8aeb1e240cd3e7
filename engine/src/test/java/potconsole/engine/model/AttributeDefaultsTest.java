package potconsole.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import potconsole.engine.parse.InfoParser;
import potconsole.engine.parse.PotInfo;
import potconsole.engine.testkit.Transcript;

class AttributeDefaultsTest {
    @Test
    void theDefaultShownIsWhatAFreshPotHasOnRealPot() {
        // 14-info-v-multi: pot info right after pot create -p multi -b 13.2, nothing changed since.
        PotInfo fresh = InfoParser.pot(Transcript.load("14-info-v-multi.txt").data());
        for (Attribute a : Attribute.values()) {
            String shown = a.scope() == Attribute.Scope.POT
                    ? fresh.attributes().get(a.potName())
                    : fresh.jailAttributes().get(a.potName());
            assertThat(a.newPotValue()).as(a.potName()).isEqualTo(shown);
        }
        assertThat(Attribute.PERSISTENT.newPotValue()).isEqualTo("YES");
    }

    @Test
    void noAttributeDescriptionPointsAtTheReferenceDocument() {
        for (Attribute a : Attribute.values()) {
            assertThat(a.description()).as(a.potName()).doesNotContain("pot-spec", "§");
        }
    }
}
