package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.Filters;
import org.rectransfer.data.io.DomainLoader;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.LoadedDomain;
import org.rectransfer.data.io.ReadOptions;

/** Format and size of the sample domains (default seed; the committed copy equals them). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataShapeTest {
    private Path dir;
    private List<Path> files;
    private List<SyntheticDomain> domains;

    @BeforeAll
    void generate(@TempDir Path tempDir) {
        dir = tempDir;
        SyntheticGenerator generator = new SyntheticGenerator();
        files = generator.writeAll(dir, SampleDomains.DEFAULT_SEED);
        domains = generator.generateAll(SampleDomains.DEFAULT_SEED);
    }

    @Test
    void everyFileHasTheHeaderAndContiguousSequencesWithoutDuplicatePairs() {
        for (Path file : files) {
            List<String> lines = SampleFiles.lines(file);
            assertThat(lines.get(0)).isEqualTo("user\titem\tseq");
            Set<String> pairs = new HashSet<>();
            Set<String> finishedUsers = new HashSet<>();
            String user = null;
            int expectedSeq = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", -1);
                assertThat(fields).as(line).hasSize(3).allMatch(f -> f.matches("\\d+"));
                if (!fields[0].equals(user)) {
                    assertThat(finishedUsers.add(fields[0])).as("%s: lines of user %s are contiguous", file, fields[0]).isTrue();
                    user = fields[0];
                    expectedSeq = 0;
                }
                assertThat(Integer.parseInt(fields[2])).as(line).isEqualTo(expectedSeq++);
                assertThat(pairs.add(fields[0] + "/" + fields[1])).as("duplicate pair %s in %s", line, file).isTrue();
            }
        }
    }

    @Test
    void idsAreNeverSharedAcrossDomains() {
        Map<String, String> ownerOfUser = new HashMap<>();
        Map<String, String> ownerOfItem = new HashMap<>();
        for (Path file : files) {
            String domain = DomainSource.nameOf(file);
            for (String line : SampleFiles.lines(file).subList(1, SampleFiles.lines(file).size())) {
                String[] fields = line.split("\t");
                assertThat(ownerOfUser.putIfAbsent(fields[0], domain)).isIn(null, domain);
                assertThat(ownerOfItem.putIfAbsent(fields[1], domain)).isIn(null, domain);
            }
        }
    }

    @Test
    void largeSourcesSmallTargetsAndSizesWithinTheirLimits() throws IOException {
        // Issue 9: sources of 3,000 to 10,000 users (after the default filter) with >= 100,000
        // interactions; targets of 300 to 3,000 users, far smaller, so that the target is data-scarce.
        for (SyntheticDomain d : domains) {
            int users = d.usersWithAtLeast(20);
            if (d.recipe().role() == Role.SOURCE) {
                assertThat(users).as(d.name()).isBetween(3_000, 10_000);
                assertThat(d.interactions()).as(d.name()).isGreaterThanOrEqualTo(100_000);
            } else {
                assertThat(users).as(d.name()).isBetween(300, 3_000);
            }
        }
        int smallestSource = domains.stream().filter(d -> d.recipe().role() == Role.SOURCE)
                .mapToInt(SyntheticDomain::interactions).min().orElseThrow();
        int largestTarget = domains.stream().filter(d -> d.recipe().role() == Role.TARGET)
                .mapToInt(SyntheticDomain::interactions).max().orElseThrow();
        assertThat(largestTarget).isLessThan(smallestSource);
        long bytes = 0;
        for (Path file : SampleFiles.namesIn(dir).stream().map(dir::resolve).toList()) bytes += Files.size(file);
        assertThat(bytes).as("sample-data stays under 20 MB").isLessThan(20L * 1024 * 1024);
    }

    @Test
    void mostUsersPassTheDefaultFilterButSomeDoNot() {
        for (SyntheticDomain d : domains) {
            int kept = d.usersWithAtLeast(20);
            assertThat(kept).as(d.name()).isGreaterThanOrEqualTo((int) Math.ceil(0.65 * d.users()));
            assertThat(kept).as(d.name()).isLessThan(d.users());
        }
    }

    @Test
    void theProjectsReaderLoadsEveryFileWithTheGeneratedCounts() {
        for (int k = 0; k < files.size(); k++) {
            SyntheticDomain expected = domains.get(k);
            LoadedDomain loaded = DomainLoader.load(DomainSource.parse(files.get(k).toString()), ReadOptions.DEFAULT);
            Dataset data = loaded.dataset();
            assertThat(data.name()).isEqualTo(expected.name());
            assertThat(data.users()).isEqualTo(expected.users());
            assertThat(data.items()).isEqualTo(expected.observedItems());
            assertThat(data.interactions()).isEqualTo(expected.interactions());
            assertThat(loaded.report().duplicates()).isZero();
            Dataset filtered = Filters.apply(data, FilterSpec.DEFAULT);
            assertThat(filtered.users()).isEqualTo(expected.usersWithAtLeast(20));
        }
    }
}
