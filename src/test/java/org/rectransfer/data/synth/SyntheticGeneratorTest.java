package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.io.DomainSource;

class SyntheticGeneratorTest {
    private final SyntheticGenerator generator = new SyntheticGenerator();

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) {
        generator.writeAll(first, 7);
        generator.writeAll(second, 7);
        assertThat(SampleFiles.namesIn(first)).isEqualTo(SampleFiles.namesIn(second)).hasSize(19);
        for (String name : SampleFiles.namesIn(first)) {
            assertThat(SampleFiles.firstDifference(first.resolve(name), second.resolve(name))).as(name).isNull();
        }
    }

    @Test
    void differentSeedsWriteDifferentDomains(@TempDir Path first, @TempDir Path second) throws IOException {
        List<Path> a = generator.writeAll(first, 7);
        List<Path> b = generator.writeAll(second, 8);
        for (int k = 0; k < a.size(); k++) {
            assertThat(Files.readAllBytes(b.get(k))).as(a.get(k).toString()).isNotEqualTo(Files.readAllBytes(a.get(k)));
        }
    }

    @Test
    void writesOneFilePerDomainNamedAfterItAndAReadme(@TempDir Path dir) {
        List<Path> files = generator.writeAll(dir.resolve("new/sub"), SampleDomains.DEFAULT_SEED);
        List<String> names = files.stream().map(DomainSource::nameOf).toList();
        assertThat(names).isEqualTo(SampleDomains.recipes().stream().map(DomainRecipe::name).toList());
        assertThat(files).allSatisfy(file -> assertThat(file).isRegularFile().hasParent(dir.resolve("new/sub")));
        assertThat(dir.resolve("new/sub").resolve(SyntheticGenerator.README)).isRegularFile();
    }

    @Test
    void aDomainDoesNotDependOnWhichOtherDomainsAreGenerated() {
        DomainRecipe garden = SampleDomains.recipes().get(17);
        SyntheticDomain alone = new SyntheticGenerator(List.of(garden)).generateAll(3).get(0);
        SyntheticDomain together = generator.generateAll(3).get(17);
        assertThat(alone.name()).isEqualTo("Garden");
        for (int u = 0; u < alone.users(); u++) assertThat(alone.sequence(u)).isEqualTo(together.sequence(u));
    }

    @Test
    void everyUserPicksDistinctItemsWithinTheCap() {
        for (SyntheticDomain domain : generator.generateAll(11)) {
            int cap = domain.recipe().maxPerUser();
            for (int u = 0; u < domain.users(); u++) {
                int[] items = domain.sequence(u);
                assertThat(items).as(domain.name()).doesNotHaveDuplicates();
                assertThat(items.length).isBetween(domain.recipe().activity().shift(), cap);
            }
        }
    }
}
