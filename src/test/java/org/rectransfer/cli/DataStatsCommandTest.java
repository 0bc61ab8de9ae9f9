package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataStatsCommandTest {
    @TempDir
    Path dir;

    /** Users u0..u{n-1}; user k has k+1 interactions with items i0..ik. */
    private Path staircase(String fileName, int users) throws IOException {
        StringBuilder text = new StringBuilder("user\titem\tseq\n");
        for (int u = 0; u < users; u++) {
            for (int i = 0; i <= u; i++) text.append("u").append(u).append("\ti").append(i).append('\t').append(i).append('\n');
        }
        Path file = dir.resolve(fileName);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void jsonHasTable2ColumnsAfterTheFilter() throws IOException {
        Path file = staircase("Office-2014.tsv", 25);
        CliRun run = CliRun.of("data", "stats", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode domain = new ObjectMapper().readTree(run.out()).get("domains").get(0);
        assertThat(domain.get("name").asText()).isEqualTo("Office");
        // Users u19..u24 have >= 20 interactions: 20+21+...+25 = 135, over items i0..i24.
        assertThat(domain.get("users").asInt()).isEqualTo(6);
        assertThat(domain.get("items").asInt()).isEqualTo(25);
        assertThat(domain.get("interactions").asInt()).isEqualTo(135);
        assertThat(domain.get("sparsity").asDouble()).isCloseTo(1 - 135.0 / (6 * 25), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(domain.get("raw").get("interactions").asInt()).isEqualTo(325);
    }

    @Test
    void minUserZeroKeepsEveryoneAndNamesComeFromNameEqualsPath() throws IOException {
        Path file = staircase("x.tsv", 5);
        CliRun run = CliRun.of("data", "stats", "Garden=" + file, "--min-user", "0", "--json");
        JsonNode domain = new ObjectMapper().readTree(run.out()).get("domains").get(0);
        assertThat(domain.get("name").asText()).isEqualTo("Garden");
        assertThat(domain.get("users").asInt()).isEqualTo(5);
        assertThat(domain.get("interactions").asInt()).isEqualTo(15);
    }

    @Test
    void textTableListsEveryFileAligned() throws IOException {
        Path a = staircase("Toy.tsv", 22);
        Path b = gzipped(staircase("Pet.tsv", 21));
        CliRun run = CliRun.of("data", "stats", a.toString(), b.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("domain");
        assertThat(lines[1]).startsWith("Toy").contains(" 3 ");
        assertThat(lines[2]).startsWith("Pet").contains(" 2 ");
    }

    @Test
    void missingFileIsExitTwoWithOneLineNamingIt() {
        CliRun run = CliRun.of("data", "stats", dir.resolve("nope.tsv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("nope.tsv").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedLineIsExitTwoNamingFileAndLine() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "user\titem\trating\nu1\ti1\t5\nu2\ti2\tfive\n");
        CliRun run = CliRun.of("data", "stats", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("bad.tsv:3");
    }

    @Test
    void skipBadLinesWarnsAndCounts() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "user\titem\trating\nu1\ti1\t5\nu2\ti2\tfive\n");
        CliRun run = CliRun.of("data", "stats", file.toString(), "--skip-bad-lines", "--min-user", "0", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("skipped 1 malformed line");
        assertThat(run.out()).contains("\"badLines\" : 1");
    }

    @Test
    void unknownOptionAndBadFormatAreUsageErrors() {
        assertThat(CliRun.of("data", "stats", "--no-such-option", "f").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun badFormat = CliRun.of("data", "stats", "f.tsv", "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badFormat.err()).contains("amazon-json");
        assertThat(CliRun.of("data", "stats", "f.tsv", "--min-user", "-3").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void helpIsAvailableForEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {"data", "--help"}, {"data", "stats", "--help"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage:");
        }
    }

    private Path gzipped(Path file) throws IOException {
        Path gz = dir.resolve(file.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readString(file).getBytes(StandardCharsets.UTF_8));
        }
        return gz;
    }
}
