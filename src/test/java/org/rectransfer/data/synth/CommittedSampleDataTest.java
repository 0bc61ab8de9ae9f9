package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code sample-data/} is exactly what the generator writes with the default seed,
 * so it can never drift from the code. After a deliberate change to the generator or the recipes,
 * regenerate it: {@code ./rectransfer data synth --out sample-data}.
 */
class CommittedSampleDataTest {

    @Test
    void committedSampleDataEqualsTheGeneratorsOutput(@TempDir Path fresh) {
        new SyntheticGenerator().writeAll(fresh, SampleDomains.DEFAULT_SEED);
        assertThat(SampleFiles.COMMITTED).isDirectory();
        assertThat(SampleFiles.namesIn(SampleFiles.COMMITTED))
                .as("files in sample-data/").isEqualTo(SampleFiles.namesIn(fresh));
        for (String name : SampleFiles.namesIn(fresh)) {
            assertThat(SampleFiles.firstDifference(fresh.resolve(name), SampleFiles.COMMITTED.resolve(name)))
                    .as("sample-data/%s differs from the generator's output; if the generator changed on "
                            + "purpose, regenerate with ./rectransfer data synth --out sample-data", name)
                    .isNull();
        }
    }
}
