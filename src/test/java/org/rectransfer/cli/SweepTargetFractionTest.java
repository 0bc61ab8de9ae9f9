package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.Filters;
import org.rectransfer.data.io.DomainLoader;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;

/** {@code sweep --target-fraction}: scarcer copies of a target, their users drawn per seed, studied as targets of their own. */
class SweepTargetFractionTest {
    private static final String OFFICE = "sample-data/Office-synthetic.tsv";

    @TempDir
    Path workspace;

    @Test
    void aShareOfATargetTrainsOnThatShareOfItsUsersDrawnPerSeedAndReportsAsItsOwnRow() throws Exception {
        String[] sweep = {"sweep", "--sources", "sample-data/Art-synthetic.tsv", "--targets", OFFICE, "--configs", "config-7",
                "--seeds", "2", "--epochs", "1", "--early-stopping", "0", "--parallel", "1", "--target-fraction", "0.5,1",
                "--name", "scarce", "--workspace", workspace.toString(), "--json"};
        CliRun run = CliRun.of(sweep);
        assertThat(run.exitCode()).as(run.err()).isZero();
        // 2 sources (one per seed), 2 x 2 baselines, 2 x 2 transfers.
        assertThat(new ObjectMapper().readTree(run.out()).path("ran").asInt()).isEqualTo(10);

        Dataset whole = Filters.apply(DomainLoader.load(DomainSource.parse(OFFICE), ReadOptions.DEFAULT).dataset(), FilterSpec.DEFAULT);
        Map<String, Integer> users = trainedUsers();
        assertThat(users).containsEntry("baseline:Office:s1", whole.users());
        long half = Math.round(whole.users() * 0.5);
        for (String key : new String[] {"baseline:Office@50%:s1", "baseline:Office@50%:s2", "transfer:Art>Office@50%:config-7:s1"}) {
            assertThat(users).as(key).containsEntry(key, (int) half);
        }

        JsonNode gains = new ObjectMapper().readTree(CliRun.of("report", "gains", "--sweep", "scarce", "--workspace",
                workspace.toString(), "--format", "json").out());
        assertThat(gains.toString()).contains("Office@50%");

        // The same command resumes: nothing left to train.
        CliRun again = CliRun.of(sweep);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(new ObjectMapper().readTree(again.out()).path("ran").asInt()).isZero();
    }

    /** @return the users each sweep task's run trained on, from the settings stored with the run (the data rebuilt from them) */
    private Map<String, Integer> trainedUsers() throws Exception {
        Map<String, Integer> users = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet rows = db.createStatement().executeQuery(
                     "SELECT s.task_key, r.settings_json, r.data_file, r.users FROM sweep_runs s JOIN runs r ON r.id = s.run_id")) {
            while (rows.next()) {
                JsonNode filter = json.readTree(rows.getString(2)).path("filter");
                FilterSpec spec = json.treeToValue(filter, FilterSpec.class);
                if (rows.getString(1).contains("@50%")) {
                    assertThat(spec.userFraction()).isEqualTo(0.5);
                    assertThat(spec.sampleSeed()).isEqualTo(Long.parseLong(rows.getString(1).replaceAll(".*:s", "")));
                } else {
                    assertThat(filter.has("userFraction")).as("a whole target's settings read as before").isFalse();
                }
                DomainSource source = DomainSource.parse(rows.getString(3));
                int rebuilt = Filters.apply(DomainLoader.load(source, ReadOptions.DEFAULT).dataset(), spec).users();
                assertThat(rows.getInt(4)).as("users the run recorded").isEqualTo(rebuilt);
                users.put(rows.getString(1), rebuilt);
            }
        }
        return users;
    }
}
