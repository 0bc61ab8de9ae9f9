package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The bench command's contract (its speed is measured by running it, never asserted here). */
class BenchCommandTest {

    @Test
    void reportsBothSidesAndTheirRatioForEachShape() throws Exception {
        CliRun run = CliRun.of("bench", "--shapes", "office", "--seconds", "0.2", "--threads", "2", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode office = new ObjectMapper().readTree(run.out()).get("cases").get(0);
        assertThat(office.get("shape").asText()).isEqualTo("office");
        double engine = office.get("engineSamplesPerSecond").asDouble();
        double dl4j = office.get("dl4jSamplesPerSecond").asDouble();
        assertThat(engine).isPositive();
        assertThat(dl4j).isPositive();
        assertThat(office.get("ratio").asDouble()).isCloseTo(engine / dl4j, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(office.get("evalShareOfEpoch").asDouble()).isPositive();
    }

    @Test
    void unknownShapesAndBadNumbersAreUsageErrors() {
        assertThat(CliRun.of("bench", "--shapes", "movie").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("bench", "--seconds", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("bench", "--threads", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
