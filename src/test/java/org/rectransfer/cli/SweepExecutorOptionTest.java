package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.experiment.SweepBackend;

/** --executor names a backend; one this build lacks is a usage error, not a crash. */
class SweepExecutorOptionTest {

    @Test
    void sparkWithoutTheSparkBuildSaysHowToGetIt(@TempDir Path workspace) {
        assumeTrue(SweepBackend.named("spark").isEmpty(), "this build has the Spark backend (mvn -Pspark)");
        CliRun run = CliRun.of("sweep", "--sources", "sample-data/Art-synthetic.tsv", "--targets", "sample-data/Office-synthetic.tsv",
                "--executor", "spark", "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("rectransfer: --executor spark is not available in this build"
                + " (build with: mvn -Pspark package); use --executor local").doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownExecutorIsAUsageError(@TempDir Path workspace) {
        CliRun run = CliRun.of("sweep", "--sources", "sample-data/Art-synthetic.tsv", "--targets", "sample-data/Office-synthetic.tsv",
                "--executor", "yarn-magic", "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--executor yarn-magic is not available in this build");
    }
}
