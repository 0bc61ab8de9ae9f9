package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.rectransfer.experiment.EngineBenchmark;
import org.rectransfer.model.NetworkSpec;

/** The bench command's contract (its speed is measured by running it, never asserted here). */
class BenchCommandTest {

    @Test
    void reportsEachShapeBatchAndThreadCountWithBothSidesTheirRatioAndTheShareOfPeak() throws Exception {
        CliRun run = CliRun.of("bench", "--shapes", "office", "--batches", "64,128", "--threads", "1,2", "--seconds", "0.2", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(run.out());
        JsonNode cases = out.get("cases");
        assertThat(cases).hasSize(4);
        double peak = out.get("peakFlopsPerSecond").asDouble();
        // The tests' JVM has the Vector API module (pom.xml), so the bench says which kernels it measured.
        assertThat(out.get("kernels").asText()).isIn("vector", "scalar").isEqualTo(org.rectransfer.train.NcfEngine.kernels());
        assertThat(out.get("vectorBits").asInt()).isEqualTo(out.get("kernels").asText().equals("vector") ?
                org.rectransfer.train.NcfEngine.vectorBits() : 0).isIn(0, 256, 512);
        assertThat(peak).isPositive();
        int k = 0;
        for (int batch : new int[] {64, 128}) {
            for (int threads : new int[] {1, 2}) {
                JsonNode c = cases.get(k++);
                assertThat(c.get("shape").asText()).isEqualTo("office");
                assertThat(c.get("batch").asInt()).isEqualTo(batch);
                assertThat(c.get("threads").asInt()).isEqualTo(threads);
                double engine = c.get("engineSamplesPerSecond").asDouble();
                double perCpu = c.get("engineSamplesPerCpuSecond").asDouble();
                double dl4j = c.get("dl4jSamplesPerSecond").asDouble();
                assertThat(engine).isPositive();
                assertThat(perCpu).isPositive();
                assertThat(dl4j).isPositive();
                assertThat(c.get("ratio").asDouble()).isCloseTo(engine / dl4j, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(c.get("flopsPerSample").asLong()).isEqualTo(40_752);
                assertThat(c.get("fractionOfPeak").asDouble()).isCloseTo(perCpu * 40_752 / peak, org.assertj.core.data.Offset.offset(1e-12));
                assertThat(c.get("evalShareOfEpoch").asDouble()).isPositive();
            }
        }
        // DL4J is measured once per shape and batch: the thread counts share it.
        assertThat(cases.get(0).get("dl4jSamplesPerSecond").asDouble()).isEqualTo(cases.get(1).get("dl4jSamplesPerSecond").asDouble());
    }

    @Test
    void skipDl4jLeavesItsFiguresNull() throws Exception {
        CliRun run = CliRun.of("bench", "--shapes", "office", "--batches", "64", "--threads", "1", "--seconds", "0.1", "--skip-dl4j", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode only = new ObjectMapper().readTree(run.out()).get("cases").get(0);
        assertThat(only.get("dl4jSamplesPerSecond").isNull()).isTrue();
        assertThat(only.get("ratio").isNull()).isTrue();
        assertThat(only.get("engineSamplesPerSecond").asDouble()).isPositive();
    }

    @Test
    void thePapersNetworkCosts40752FlopsPerSample() {
        // 64-64, 64-32, 32-16, 16-8, 8-1: sum of in x out = 6,792; three products of two flops each.
        assertThat(EngineBenchmark.flopsPerSample(NetworkSpec.withDefaults(599, 2420))).isEqualTo(40_752);
    }

    @Test
    void unknownShapesAndBadNumbersAreUsageErrors() {
        assertThat(CliRun.of("bench", "--shapes", "movie").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("bench", "--seconds", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("bench", "--threads", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("bench", "--batches", "256,0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
