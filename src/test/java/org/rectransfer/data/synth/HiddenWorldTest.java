package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hidden function carries real signal: knowing it ranks held-out items far better than
 * popularity does, and an unrelated target is not explained by the sources' world.
 */
class HiddenWorldTest {
    private static final long SEED = SampleDomains.DEFAULT_SEED;
    private final SyntheticGenerator generator = new SyntheticGenerator();

    @Test
    void theTrueLogitsRankHeldOutItemsBetterThanPopularity() {
        for (SyntheticDomain domain : generator.generateAll(SEED)) {
            DomainModel model = DomainModel.create(domain.recipe(), SEED);
            double withWorld = hitRatio(domain, (u, i) -> model.affinity(u, i) / domain.recipe().temperature()
                    + model.popularity(i));
            double popularityOnly = hitRatio(domain, (u, i) -> model.popularity(i));
            assertThat(withWorld - popularityOnly).as(domain.name()).isGreaterThan(0.1);
        }
    }

    @Test
    void theSourcesWorldDoesNotExplainAnUnrelatedTarget() {
        for (DomainRecipe recipe : generator.recipes()) {
            if (!SampleDomains.UNRELATED_TARGETS.contains(recipe.name())) continue;
            SyntheticDomain domain = generator.generate(recipe, SEED);
            DomainModel own = DomainModel.create(recipe, SEED);
            // Same name, so the same latent vectors: only g changes.
            DomainModel shared = DomainModel.create(withWorld(recipe, SampleDomains.SHARED), SEED);
            double ownHr = hitRatio(domain, own::affinity);
            double sharedHr = hitRatio(domain, shared::affinity);
            assertThat(ownHr - sharedHr).as(recipe.name()).isGreaterThan(0.15);
        }
    }

    private static DomainRecipe withWorld(DomainRecipe r, World world) {
        return new DomainRecipe(r.name(), r.role(), r.users(), r.items(), r.activity(), r.popularitySkew(),
                r.temperature(), r.noise(), world, r.idBase());
    }

    /** Leave-one-out HR@10 among the held-out item and 99 unseen items, ties counting against it. */
    static double hitRatio(SyntheticDomain domain, Scorer scorer) {
        SplittableRandom rng = new SplittableRandom(42);
        int items = domain.recipe().items();
        int hits = 0;
        for (int u = 0; u < domain.users(); u++) {
            int[] seen = domain.sequence(u);
            int held = seen[rng.nextInt(seen.length)];
            boolean[] excluded = new boolean[items];
            for (int i : seen) excluded[i] = true;
            double heldScore = scorer.score(u, held);
            int better = 0;
            for (int drawn = 0; drawn < 99; ) {
                int candidate = rng.nextInt(items);
                if (excluded[candidate]) continue;
                excluded[candidate] = true;
                drawn++;
                if (scorer.score(u, candidate) >= heldScore) better++;
            }
            if (better < 10) hits++;
        }
        return hits / (double) domain.users();
    }

    /** A score for (user, item). */
    interface Scorer {
        double score(int user, int item);
    }
}
