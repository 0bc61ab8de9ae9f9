package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON map, adjacency and RecBole formats on the command line, and the delimited warning. */
class DataFormatsCliTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void everyNewFormatIsDetectedAndCounted() throws IOException {
        Path map = write("Beauty.json", "{\n  \"u1\": [\"a\", \"b\"],\n  \"u2\": [\"b\"]\n}\n");
        Path adjacency = write("Gowalla.txt", "0 1 2 3\n1 2\n2\n");
        Path inter = write("Movies.inter", "user_id:token\titem_id:token\trating:float\n1\t10\t5.0\n2\t10\t3.0\n2\t11\t4.0\n");

        CliRun run = CliRun.of("data", "stats", map.toString(), adjacency.toString(), inter.toString(),
                "--min-user", "0", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode domains = new ObjectMapper().readTree(run.out()).get("domains");
        assertThat(domains.get(0).get("format").asText()).isEqualTo("json-map");
        assertThat(domains.get(0).get("interactions").asInt()).isEqualTo(3);
        assertThat(domains.get(1).get("format").asText()).isEqualTo("adjacency");
        assertThat(domains.get(1).get("users").asInt()).isEqualTo(2);
        assertThat(domains.get(1).get("interactions").asInt()).isEqualTo(4);
        assertThat(domains.get(2).get("format").asText()).isEqualTo("recbole");
        assertThat(domains.get(2).get("interactions").asInt()).isEqualTo(3);
    }

    @Test
    void delimitedOnAJsonMapExitsZeroButWarnsOnStderr() throws IOException {
        Path file = write("seq.json", "{\"A\": [\"x\"], \"B\": [\"y\"]}\n");

        CliRun run = CliRun.of("data", "stats", file.toString(), "--format", "delimited", "--min-user", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("warning: " + file + ": read as delimited, only 1 of 1 data line")
                .contains("try --format json-map");
    }

    @Test
    void invalidJsonIsExitTwoWithOneLineNamingFileAndLine() throws IOException {
        Path file = write("bad.json", "{\n  \"u1\": [\"a\",, \"b\"]\n}\n");

        CliRun run = CliRun.of("data", "stats", file.toString(), "--format", "json-map");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("bad.json:2: invalid JSON").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpListsEveryFormat() {
        CliRun run = CliRun.of("data", "stats", "--help");

        // Compared without blanks: the help wraps its lines wherever they are long.
        assertThat(run.out().replaceAll("\\s+", "")).contains("auto,amazon-json,amazon-csv,delimited,json-map,adjacencyorrecbole");
    }
}
