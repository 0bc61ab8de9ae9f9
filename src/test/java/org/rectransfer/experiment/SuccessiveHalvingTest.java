package org.rectransfer.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuccessiveHalvingTest {
    /** Quality grows with epochs; config-6 is best in the long run, config-2 looks best early. */
    private static final Map<String, double[]> CURVES = Map.of(
            "baseline", new double[] {0.10, 0.20, 0.30},
            "config-1", new double[] {0.12, 0.18, 0.25},
            "config-2", new double[] {0.30, 0.31, 0.32},
            "config-5", new double[] {0.20, 0.33, 0.40},
            "config-6", new double[] {0.25, 0.35, 0.45},
            "config-7", new double[] {0.05, 0.10, 0.20});

    private static double hr(String config, int epochs) {
        return CURVES.get(config)[epochs <= 1 ? 0 : epochs <= 3 ? 1 : 2];
    }

    @Test
    void halvesByEtaUntilOneIsLeftAndCountsTheEpochs() {
        List<String> tried = new ArrayList<>();
        SuccessiveHalving.Result result = SuccessiveHalving.search(
                List.of("baseline", "config-1", "config-2", "config-5", "config-6", "config-7"), 1, 9, 3,
                (config, epochs) -> {
                    tried.add(config + "@" + epochs);
                    return hr(config, epochs);
                });
        // Rung 1 (1 epoch): 6 candidates, keep 2 (config-2 0.30, config-6 0.25).
        // Rung 2 (3 epochs): config-6 0.35 beats config-2 0.31: one left, chosen.
        assertThat(result.rungs()).hasSize(2);
        assertThat(result.rungs().get(0).kept()).containsExactly("config-2", "config-6");
        assertThat(result.rungs().get(1).epochs()).isEqualTo(3);
        assertThat(result.rungs().get(1).kept()).containsExactly("config-6");
        assertThat(result.chosen()).isEqualTo("config-6");
        assertThat(result.epochsSpent()).isEqualTo(6 * 1 + 2 * 3);
        assertThat(tried).hasSize(8).contains("config-6@3", "config-2@3");
    }

    @Test
    void stopsAtTheMaximumEpochsWithTheBestThere() {
        SuccessiveHalving.Result result = SuccessiveHalving.search(
                List.of("config-5", "config-6", "config-2", "config-1"), 2, 4, 2, SuccessiveHalvingTest::hr);
        // Rung 1 (2 epochs): keep 2 of 4: config-6 0.35, config-5 0.33. Rung 2 (4 epochs = max): config-6 0.45.
        assertThat(result.rungs()).extracting(SuccessiveHalving.Rung::epochs).containsExactly(2, 4);
        assertThat(result.chosen()).isEqualTo("config-6");
        assertThat(result.epochsSpent()).isEqualTo(4 * 2 + 2 * 4);
    }

    @Test
    void tiesGoToTheCandidateListedFirstAndBadArgumentsAreRefused() {
        SuccessiveHalving.Result tie = SuccessiveHalving.search(List.of("config-7", "config-1"), 1, 1, 2, (c, e) -> 0.5);
        assertThat(tie.chosen()).isEqualTo("config-7");
        assertThatThrownBy(() -> SuccessiveHalving.search(List.of(), 1, 2, 2, (c, e) -> 0)).hasMessageContaining("no configuration");
        assertThatThrownBy(() -> SuccessiveHalving.search(List.of("a"), 3, 2, 2, (c, e) -> 0)).hasMessageContaining("min epochs");
        assertThatThrownBy(() -> SuccessiveHalving.search(List.of("a"), 1, 2, 1, (c, e) -> 0)).hasMessageContaining("eta");
    }
}
