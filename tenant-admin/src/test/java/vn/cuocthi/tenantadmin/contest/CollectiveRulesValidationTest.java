package vn.cuocthi.tenantadmin.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cuocthi.platformcore.contest.CollectiveRules;
import vn.cuocthi.platformcore.contest.CollectiveRules.Block;
import vn.cuocthi.platformcore.contest.CollectiveRules.Threshold;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

class CollectiveRulesValidationTest {

    @Test
    void tiersMustBePositiveAndDistinctAndThePopulationTargetAPercentage() {
        Block block = new Block("XA", List.of(new Threshold(50, 30.0), new Threshold(50, 25.0), new Threshold(0, 20.0),
                new Threshold(null, 10.0), new Threshold(null, 5.0)), 0.5, 0.5, 1, 0, 0, 0, true, 140.0);
        assertThat(problems(block)).containsExactlyInAnyOrder(
                "collective.blocks[0].thresholds[1].belowHeadcount contest.collective.tierTwice",
                "collective.blocks[0].thresholds[2].belowHeadcount contest.collective.tierSize",
                "collective.blocks[0].thresholds[4].belowHeadcount contest.collective.tierTwice",
                "collective.blocks[0].minPopulationRatePercent contest.collective.rate");
    }

    @Test
    void theSeedContestsRulesPass() {
        Block block = new Block("SO_NGANH", List.of(new Threshold(50, 30.0), new Threshold(100, 25.0),
                new Threshold(null, 20.0)), 0.6, 0.4, 1, 1, 1, 2, null, null);
        assertThat(problems(block)).isEmpty();
    }

    private static List<String> problems(Block block) {
        ContestDefinition contest = ContestDefinition.empty().withName("Cuộc thi")
                .withCollective(new CollectiveRules(List.of(block)));
        return ContestValidator.checkDraft(contest).stream().map(CollectiveRulesValidationTest::describe).toList();
    }

    private static String describe(FieldError error) {
        return error.field() + " " + error.key();
    }
}
