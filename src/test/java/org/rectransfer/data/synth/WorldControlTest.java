package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The world control's sources share one recipe and its targets another; each pair differs only in name, world and ids. */
class WorldControlTest {

    @Test
    void fourDomainsFromOneRecipeThatDifferOnlyInTheirWorld() {
        List<DomainRecipe> control = SampleDomains.worldControl();
        assertThat(control).extracting(DomainRecipe::name)
                .containsExactly("AlphaSource", "BetaSource", "AlphaTarget", "BetaTarget");
        assertThat(control).extracting(r -> r.world().name()).containsExactly("Alpha", "Beta", "Alpha", "Beta");
        assertThat(control).extracting(DomainRecipe::role).containsExactly(Role.SOURCE, Role.SOURCE, Role.TARGET, Role.TARGET);
        assertThat(control.get(0).world()).isEqualTo(SampleDomains.SHARED);
        assertThat(control.get(1).world()).isEqualTo(SampleDomains.UNRELATED);
        for (int k = 0; k < control.size(); k++) {
            DomainRecipe recipe = control.get(k);
            DomainRecipe first = control.get(k < 2 ? 0 : 2);
            assertThat(recipe.users()).isEqualTo(first.users());
            assertThat(recipe.items()).isEqualTo(first.items());
            assertThat(recipe.activity()).isEqualTo(first.activity());
            assertThat(recipe.popularitySkew()).isEqualTo(first.popularitySkew());
            assertThat(recipe.temperature()).isEqualTo(first.temperature());
            assertThat(recipe.noise()).isEqualTo(first.noise());
        }
    }

    @Test
    void idsDoNotOverlapTheSampleDomainsOrEachOther() {
        List<DomainRecipe> all = new java.util.ArrayList<>(SampleDomains.recipes());
        all.addAll(SampleDomains.worldControl());
        all.sort(java.util.Comparator.comparingInt(DomainRecipe::idBase));
        for (int k = 1; k < all.size(); k++) {
            DomainRecipe before = all.get(k - 1);
            assertThat(all.get(k).idBase()).isGreaterThanOrEqualTo(before.idBase() + Math.max(before.users(), before.items()));
        }
    }

    @Test
    void sourcesAreTenToFiftyTimesTheirTargets() {
        SyntheticGenerator generator = new SyntheticGenerator(SampleDomains.worldControl());
        SyntheticDomain source = generator.generate(SampleDomains.worldControl().get(0), SampleDomains.DEFAULT_SEED);
        SyntheticDomain target = generator.generate(SampleDomains.worldControl().get(2), SampleDomains.DEFAULT_SEED);
        assertThat((double) source.interactions() / target.interactions()).isBetween(10.0, 50.0);
    }

    @Test
    void theTwoTargetsGetDifferentPicksFromTheSameRecipe() {
        SyntheticGenerator generator = new SyntheticGenerator(SampleDomains.worldControl());
        SyntheticDomain alpha = generator.generate(SampleDomains.worldControl().get(2), SampleDomains.DEFAULT_SEED);
        SyntheticDomain beta = generator.generate(SampleDomains.worldControl().get(3), SampleDomains.DEFAULT_SEED);
        assertThat(alpha.users()).isEqualTo(beta.users()).isEqualTo(350);
        // Same size to within sampling noise, different content.
        assertThat((double) alpha.interactions() / beta.interactions()).isBetween(0.9, 1.1);
        assertThat(alpha.interactions()).isNotEqualTo(beta.interactions());
    }
}
