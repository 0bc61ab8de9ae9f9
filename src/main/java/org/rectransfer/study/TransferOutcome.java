package org.rectransfer.study;

import java.util.List;

/**
 * The result of a transfer-lab run: the runs of every seed, in seed order.
 *
 * @param seeds one entry per seed
 */
public record TransferOutcome(List<SeedTransfer> seeds) {
    /** Freezes the list. */
    public TransferOutcome {
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) throw new IllegalArgumentException("no seed");
    }

    /** @return the gain, the HRs and the test over the seeds */
    public SeedSummary summary() {
        return new SeedSummary(seeds);
    }

    /** @return the run ids, seed by seed, for messages */
    public List<String> runIds() {
        return seeds.stream().flatMap(s -> java.util.stream.Stream.of(s.sourceRun(), s.baselineRun(), s.transferRun()))
                .toList();
    }
}
