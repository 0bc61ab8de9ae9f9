package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.store.V3Workspace;

/** {@code report gains} on a workspace written by schema version 3 gives its numbers, upgraded or not yet. */
class OldWorkspaceReportTest {
    @TempDir
    Path root;

    @Test
    void gainsOfAVersionThreeSweepAreThoseOfItsStoredHrsAndStayTheSame() throws Exception {
        Path dir = V3Workspace.create(root.resolve("ws"));
        String[] args = {"report", "gains", "--workspace", dir.toString(), "--sweep", V3Workspace.SWEEP, "--format", "json"};
        CliRun first = CliRun.of(args);   // opening it upgrades it to schema 4
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode office = new ObjectMapper().readTree(first.out()).path("sources").path("Book").path("Office");
        // Baseline HR 0.4 and 0.4, config-6 0.6 and 0.8 (the legacy columns): +75 % on the means, per seed +50 % and +100 %.
        assertThat(office.path("config-6").asDouble()).isCloseTo(75.0, within(1e-9));
        assertThat(office.path("bestHr").asDouble()).isCloseTo(0.7, within(1e-12));
        assertThat(office.path("baselineHr").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(office.path("baselineSeeds").asInt()).isEqualTo(2);
        JsonNode cell = new ObjectMapper().readTree(first.out()).path("cells").path("Book").path("Office").path("config-6");
        assertThat(cell.path("sd").asDouble()).isCloseTo(Math.sqrt(1250), within(1e-9));

        CliRun again = CliRun.of(args);   // already upgraded: nothing changes
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(first.out());
    }
}
