package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rerunning the same sweep command must find the same sweep (that is how a killed sweep resumes
 * without --name), so its id, hashed from its description, must not depend on the JVM: separate
 * processes must agree.
 */
class SweepIdTest {
    @TempDir
    Path dir;

    @Test
    void theSameCommandInSeparateProcessesNamesTheSameSweep() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < 3; k++) {
            Path workspace = dir.resolve("w" + k);
            String out = runInNewJvm("sweep", "--sources", "sample-data/Art-synthetic.tsv", "--targets",
                    "sample-data/Office-synthetic.tsv", "--configs", "config-7", "--seeds", "1", "--epochs", "1",
                    "--workspace", workspace.toString(), "--json");
            ids.add(new ObjectMapper().readTree(out).get("sweep").asText());
            // The stored description keeps its keys in a fixed order.
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
                 ResultSet rows = db.createStatement().executeQuery("SELECT spec_json FROM sweeps")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).contains("\"read\":{\"format\":\"auto\",\"minRating\":\"NaN\"}");
            }
        }
        assertThat(ids).hasSize(1);
        assertThat(ids.iterator().next()).startsWith("sw-");
    }

    private static String runInNewJvm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.rectransfer.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out.toString();
    }
}
