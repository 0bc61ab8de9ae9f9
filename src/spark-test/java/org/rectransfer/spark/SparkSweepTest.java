package org.rectransfer.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.cli.Cli;
import org.rectransfer.experiment.SweepBackend;

/** A sweep on Spark (local mode) records exactly the runs and numbers of a local sweep, and resumes. */
class SparkSweepTest {
    private static final String[] SWEEP = {"sweep", "--sources", "sample-data/Art-synthetic.tsv", "--targets",
            "sample-data/Office-synthetic.tsv", "sample-data/Garden-synthetic.tsv", "--configs", "config-1,config-7",
            "--seeds", "2", "--epochs", "2", "--parallel", "2", "--name", "spark-test", "--json"};

    @TempDir
    Path local;
    @TempDir
    Path spark;

    @Test
    void theSparkBackendIsFoundByName() {
        assertThat(SweepBackend.named("spark")).get().isInstanceOf(SparkSweepBackend.class);
    }

    @Test
    void sparkSweepMatchesTheLocalOneAndResumes() throws Exception {
        run(local);
        Map<String, Double> expected = hitRatios(local);
        assertThat(expected).hasSize(2 + 4 + 8);   // 2 source seeds, 2 targets x 2 baselines, 2 x 2 x 2 transfers

        String first = run(spark, "--executor", "spark");
        assertThat(new ObjectMapper().readTree(first).get("ran").asInt()).isEqualTo(14);
        assertThat(hitRatios(spark)).isEqualTo(expected);

        String again = run(spark, "--executor", "spark");
        assertThat(new ObjectMapper().readTree(again).get("skipped").asInt()).isEqualTo(14);
        assertThat(new ObjectMapper().readTree(again).get("ran").asInt()).isZero();
    }

    @Test
    void aDataFileMissingOnAnExecutorFailsItsTaskWithOneLineNamingTheHostAndThePath() {
        Path missing = Path.of("/no/such/dir/Office.tsv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkSweepBackend.requireReadable(missing))
                .isInstanceOf(org.rectransfer.data.BadInputException.class)
                .hasMessageStartingWith(missing + ": not readable on executor host ")
                .hasMessageContaining("same path on every node")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aTransferTaskCarriesOnlyItsSourcesDenseLayersNotTheSourcesEmbeddings() throws Exception {
        org.rectransfer.model.NetworkSpec shape = new org.rectransfer.model.NetworkSpec(5000, 20000, 32,
                org.rectransfer.model.NetworkSpec.DEFAULT_LAYERS);
        org.rectransfer.model.NcfParameters source = org.rectransfer.model.NcfParameters.zeros(shape);
        source.weights(3)[5] = 0.25f;
        org.rectransfer.experiment.SweepTask task = new org.rectransfer.experiment.SweepTask(org.rectransfer.experiment.RunKind.TRANSFER,
                org.rectransfer.data.io.DomainSource.parse("sample-data/Office-synthetic.tsv"),
                org.rectransfer.data.io.DomainSource.parse("sample-data/Art-synthetic.tsv"), "config-7", 1, 1);
        RemoteTask remote = RemoteTask.of(task, org.rectransfer.experiment.TrainingSettings.CONVERGED, org.rectransfer.data.FilterSpec.DEFAULT,
                org.rectransfer.data.io.ReadOptions.DEFAULT, 0.001, source);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(remote);
        }
        // The source model is 25,000 x 32 floats of embeddings (3.2 MB); the dense layers are 3,300 floats.
        assertThat(bytes.size()).isLessThan(40_000);
        assertThat(remote.source().weights(3)[5]).isEqualTo(0.25f);
        assertThat(remote.source().spec().sameTower(shape)).isTrue();
    }

    private static String run(Path workspace, String... extra) {
        String[] args = new String[SWEEP.length + 2 + extra.length];
        System.arraycopy(SWEEP, 0, args, 0, SWEEP.length);
        args[SWEEP.length] = "--workspace";
        args[SWEEP.length + 1] = workspace.toString();
        System.arraycopy(extra, 0, args, SWEEP.length + 2, extra.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private static Map<String, Double> hitRatios(Path workspace) throws Exception {
        Map<String, Double> result = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet rows = db.createStatement().executeQuery(
                     "SELECT s.task_key, r.hr FROM sweep_runs s JOIN runs r ON r.id = s.run_id WHERE s.sweep_id = 'spark-test'")) {
            while (rows.next()) result.put(rows.getString(1), rows.getDouble(2));
        }
        return result;
    }
}
