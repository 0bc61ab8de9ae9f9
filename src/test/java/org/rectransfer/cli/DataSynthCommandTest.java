package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSynthCommandTest {

    @Test
    void worldControlWritesFourDomainsAndAReadmeThatRegeneratesThem(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("control");
        CliRun run = CliRun.of("data", "synth", "--world-control", "--out", out.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : new String[] {"AlphaSource", "BetaSource", "AlphaTarget", "BetaTarget"}) {
            assertThat(out.resolve(name + "-synthetic.tsv")).isRegularFile();
            assertThat(run.out()).contains("\"name\" : \"" + name + "\"");
        }
        try (var files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(5);
        }
        assertThat(Files.readString(out.resolve("README.md")))
                .contains("./rectransfer data synth --world-control --out " + out)
                .contains("| AlphaTarget-synthetic.tsv | target | Alpha | 350 |");
    }
}
