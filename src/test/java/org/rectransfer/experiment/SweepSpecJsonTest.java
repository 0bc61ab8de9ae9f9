package org.rectransfer.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DataFormat;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;

/** The stored description of a sweep: written once, read back by one parser, stable across versions. */
class SweepSpecJsonTest {
    private static final Path DATA = Path.of("sample-data").toAbsolutePath().normalize();

    private static SweepSpec artToOffice() {
        return new SweepSpec(List.of(new DomainSource("Art", DATA.resolve("Art-synthetic.tsv"))),
                List.of(new DomainSource("Office", DATA.resolve("Office-synthetic.tsv"))), List.of("config-7"), List.of(1L), 0,
                TrainingSettings.CONVERGED.withEpochs(1), 0.001, FilterSpec.DEFAULT, ReadOptions.DEFAULT);
    }

    @Test
    void theDescriptionKeepsTheBytesOfEarlierVersionsSoStoredSweepsKeepTheirIds() throws Exception {
        // Written by version 93b9f78 for: sweep --sources Art --targets Office --configs config-7 --seeds 1 --epochs 1
        String earlier = new String(getClass().getResourceAsStream("/sweep-spec-v1.json").readAllBytes(), StandardCharsets.UTF_8)
                .strip().replace("${DATA}", DATA.toString());
        String written = SweepSpecJson.write(artToOffice());
        assertThat(written).isEqualTo(earlier);
        assertThat(SweepSpecJson.id(written)).isEqualTo(SweepSpecJson.id(earlier)).matches("sw-[0-9a-f]{8}");
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameSweep() {
        SweepSpec spec = artToOffice();
        SweepSpec read = SweepSpecJson.read(SweepSpecJson.write(spec));
        // The description stores the settings with seed 0: the seeds are the sweep's.
        assertThat(read.settings()).isEqualTo(spec.settings().withSeed(0));
        assertThat(read.sources()).isEqualTo(spec.sources());
        assertThat(read.targets()).isEqualTo(spec.targets());
        assertThat(read.configs()).isEqualTo(spec.configs());
        assertThat(read.seeds()).isEqualTo(spec.seeds());
        assertThat(read.filter()).isEqualTo(spec.filter());
        assertThat(read.read()).isEqualTo(spec.read());
        assertThat(read.tuneLr()).isEqualTo(spec.tuneLr());
    }

    @Test
    void anOlderDescriptionWithoutLaterSettingsReadsWithTheirOldMeaning() {
        String old = "{\"sources\":[\"Book=/d/Book.tsv\"],\"targets\":[\"Toy=/d/Toy.tsv\",\"Art=/d/Art.tsv\"],"
                + "\"configs\":[\"config-7\",\"config-1\"],\"seeds\":[1,2],\"sourceSeeds\":1,"
                + "\"settings\":{\"epochs\":20,\"batch\":256,\"lr\":0.001,\"negatives\":4,\"embedding\":32,\"layers\":[64,32,16,8],"
                + "\"seed\":0,\"evalNegatives\":99,\"k\":10,\"evalEvery\":1,\"optimizer\":\"LAZY_ADAM\",\"threads\":1,\"holdOut\":\"RANDOM\"},"
                + "\"tuneLr\":0.002,\"filter\":{\"minUser\":5,\"minItem\":2,\"kcore\":true},"
                + "\"read\":{\"format\":\"delimited\",\"minRating\":\"4.0\"},\"data\":{}}";
        SweepSpec spec = SweepSpecJson.read(old);
        assertThat(spec.settings().epochs()).isEqualTo(20);
        assertThat(spec.settings().splitSeed()).as("before --split-seed, the split came from the seed").isZero();
        assertThat(spec.settings().patience()).isZero();
        assertThat(spec.sourceNames()).containsExactly("Book");
        assertThat(spec.targetNames()).containsExactly("Toy", "Art");
        assertThat(spec.sourceSeeds()).isEqualTo(1);
        assertThat(spec.tuneLr()).isEqualTo(0.002);
        assertThat(spec.filter()).isEqualTo(new FilterSpec(5, 2, true));
        assertThat(spec.read().format()).isEqualTo(DataFormat.parse("delimited"));
        assertThat(spec.read().minRating()).isEqualTo(4.0);
        // The sweep's order, not the alphabet's, for every table and figure.
        assertThat(spec.orderConfigs(List.of("config-1", "config-7"))).containsExactly("config-7", "config-1");
        assertThat(spec.orderTargets(List.of("Art", "Garden", "Toy"))).containsExactly("Toy", "Art", "Garden");
    }

    @Test
    void runsComeInTheSweepsOrderWhateverOrderTheyFinishedIn() {
        SweepSpec spec = SweepSpecJson.read("{\"sources\":[\"Book=/b\"],\"targets\":[\"Toy=/t\",\"Art=/a\"],"
                + "\"configs\":[\"config-7\",\"config-1\"],\"seeds\":[1,2],\"settings\":{},\"filter\":{},\"read\":{}}");
        boolean[] none = new boolean[0];
        List<SweepRunRecord> runs = new java.util.ArrayList<>(List.of(
                new SweepRunRecord(RunKind.TRANSFER, "Book", "Art", "config-1", 1, "t4", 0, none, false),
                new SweepRunRecord(RunKind.TRANSFER, "Book", "Toy", "config-1", 2, "t3", 0, none, false),
                new SweepRunRecord(RunKind.BASELINE, null, "Art", "baseline", 1, "b2", 0, none, false),
                new SweepRunRecord(RunKind.TRANSFER, "Book", "Toy", "config-7", 1, "t1", 0, none, false),
                new SweepRunRecord(RunKind.TRANSFER, "Book", "Toy", "config-1", 1, "t2", 0, none, false),
                new SweepRunRecord(RunKind.BASELINE, null, "Toy", "baseline", 1, "b1", 0, none, false),
                new SweepRunRecord(RunKind.SOURCE, null, "Book", "baseline", 1, "s1", 0, none, false)));
        runs.sort(spec.runOrder());
        assertThat(runs).extracting(SweepRunRecord::runId).containsExactly("s1", "b1", "b2", "t1", "t2", "t3", "t4");
        GainTable table = GainTable.of(runs);
        assertThat(table.sources().get("Book").get(0).cells()).extracting(GainCell::config).containsExactly("config-7", "config-1");
    }

    @Test
    void aTextThatIsNoDescriptionIsRefusedWithTheReason() {
        assertThatThrownBy(() -> SweepSpecJson.read("{not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a sweep description");
    }

    @Test
    void sharesOfTheTargetsAreStoredReadBackAndPlannedAsTargetsOfTheirOwn() {
        SweepSpec whole = artToOffice();
        SweepSpec spec = new SweepSpec(whole.sources(), whole.targets(), whole.configs(), List.of(1L, 2L), 0, whole.settings(),
                whole.tuneLr(), whole.filter(), whole.read(), List.of(0.1, 0.25, 1.0));
        String json = SweepSpecJson.write(spec);
        assertThat(json).contains("\"targetFractions\":[0.1,0.25,1.0]");
        assertThat(SweepSpecJson.id(json)).isNotEqualTo(SweepSpecJson.id(SweepSpecJson.write(whole)));
        SweepSpec read = SweepSpecJson.read(json);
        assertThat(read.targetFractions()).containsExactly(0.1, 0.25, 1.0);
        assertThat(read.targetNames()).containsExactly("Office@10%", "Office@25%", "Office");
        // Baselines and transfers of every share, the share's users drawn with the task's seed.
        List<SweepTask> baselines = SweepPlanner.firstWave(read).stream().filter(t -> t.kind() == RunKind.BASELINE).toList();
        assertThat(baselines).extracting(SweepTask::key).containsExactly("baseline:Office@10%:s1", "baseline:Office@25%:s1",
                "baseline:Office:s1", "baseline:Office@10%:s2", "baseline:Office@25%:s2", "baseline:Office:s2");
        assertThat(read.filterFor(baselines.get(4))).isEqualTo(FilterSpec.DEFAULT.sampled(0.25, 2));
        assertThat(read.filterFor(baselines.get(5))).isEqualTo(FilterSpec.DEFAULT);
        SweepTask transfer = SweepPlanner.secondWave(read).get(0);
        assertThat(transfer.key()).isEqualTo("transfer:Art>Office@10%:config-7:s1");
        assertThat(read.filterFor(transfer)).isEqualTo(FilterSpec.DEFAULT.sampled(0.1, 1));
        assertThat(transfer.domain().path()).isEqualTo(DATA.resolve("Office-synthetic.tsv"));
        assertThatThrownBy(() -> new SweepSpec(whole.sources(), whole.targets(), whole.configs(), whole.seeds(), 0, whole.settings(),
                whole.tuneLr(), whole.filter(), whole.read(), List.of(0.5, 0.0))).hasMessageContaining("(0, 1]");
    }
}
