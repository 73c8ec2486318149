package vn.cuocthi.tenantadmin.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.cuocthi.platformcore.contest.CollectiveRules;
import vn.cuocthi.platformcore.contest.ContestDefinition;

/** The prizes step's collective thresholds are rows of two fields per block, read back into the block's tiers. */
class ThresholdRowsTest {

    private static final ContestDefinition EMPTY = ContestDefinition.empty();

    @Test
    void eachBlocksThresholdRowsBecomeItsTiersAndBlankRowsAreDropped() {
        MultiValueMap<String, String> params = block("Sở, ngành");
        params.put("blocks[0].below", List.of("50", "", ""));
        params.put("blocks[0].rate", List.of("30", "20 %", ""));
        ContestFormReader reader = reader(params);
        ContestForm form = ContestFormReader.withoutBlankRows(reader.read(WizardStep.PRIZES, ContestForm.of(EMPTY, 2026)));
        CollectiveRules rules = reader.apply(WizardStep.PRIZES, form, EMPTY).collective();

        assertThat(reader.problems()).isEmpty();
        assertThat(rules.blocks().getFirst().thresholds()).containsExactly(
                new CollectiveRules.Threshold(50, 30.0), new CollectiveRules.Threshold(null, 20.0));
        assertThat(ContestForm.of(EMPTY.withCollective(rules), 2026).blocks().getFirst().thresholds())
                .containsExactly(new ContestForm.ThresholdRow("50", "30"), new ContestForm.ThresholdRow("", "20"));
    }

    @Test
    void aRateThatIsNotANumberIsReportedAtItsField() {
        MultiValueMap<String, String> params = block("Huyện");
        params.put("blocks[0].below", List.of("50"));
        params.put("blocks[0].rate", List.of("ba mươi"));
        ContestFormReader reader = reader(params);
        reader.apply(WizardStep.PRIZES, reader.read(WizardStep.PRIZES, ContestForm.of(EMPTY, 2026)), EMPTY);

        assertThat(reader.problems()).extracting(p -> p.field()).containsExactly("collective.blocks[0].thresholds[0].minRatePercent");
    }

    @Test
    void rowButtonsAddAndRemoveThresholdsAndAForgedOneIsIgnored() {
        MultiValueMap<String, String> params = block("Xã");
        params.put("blocks[0].below", List.of("50", "100"));
        params.put("blocks[0].rate", List.of("30", "25"));
        params.add("remove", "thresholds:0:0");
        ContestForm removed = reader(params).read(WizardStep.PRIZES, ContestForm.of(EMPTY, 2026));
        assertThat(removed.blocks().getFirst().thresholds()).containsExactly(new ContestForm.ThresholdRow("100", "25"));

        params.set("remove", "thresholds:0:x");
        params.add("add", "thresholds:0");
        ContestForm added = reader(params).read(WizardStep.PRIZES, ContestForm.of(EMPTY, 2026));
        assertThat(added.blocks().getFirst().thresholds()).hasSize(3).last().isEqualTo(new ContestForm.ThresholdRow("", ""));
    }

    private static MultiValueMap<String, String> block(String name) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("blocks.block", name);
        for (String field : List.of("participationWeight", "scoreWeight", "first", "second", "third", "consolation")) {
            params.add("blocks." + field, "");
        }
        return params;
    }

    private static ContestFormReader reader(MultiValueMap<String, String> params) {
        return new ContestFormReader(params, (key, argument) -> key + ":" + argument);
    }
}
