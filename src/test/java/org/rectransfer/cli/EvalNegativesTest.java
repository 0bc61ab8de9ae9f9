package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More evaluation negatives than any user has unseen items is refused before training, not capped without a word. */
class EvalNegativesTest {
    @TempDir
    Path workspace;

    @Test
    void moreNegativesThanAnyUserCanBeGivenIsBadInputBeforeAnyTraining() {
        CliRun run = CliRun.of("train", "--data", "sample-data/Instrument-synthetic.tsv", "--eval-negatives", "1000000",
                "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").contains("--eval-negatives 1000000 is more than Instrument can give any user")
                .contains("of 600").contains("use at most --eval-negatives ");
        assertThat(Files.exists(workspace.resolve("models")) ? workspace.resolve("models").toFile().list() : new String[0]).isEmpty();
    }

    @Test
    void theLargestNumberTheMessageOffersIsAccepted() {
        CliRun refused = CliRun.of("train", "--data", "sample-data/Instrument-synthetic.tsv", "--eval-negatives", "1000000",
                "--workspace", workspace.toString());
        String most = refused.err().replaceAll("(?s).*use at most --eval-negatives (\\d+).*", "$1");
        CliRun accepted = CliRun.of("train", "--data", "sample-data/Instrument-synthetic.tsv", "--eval-negatives", most,
                "--epochs", "1", "--paper-schedule", "--workspace", workspace.toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
    }
}
