package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDomainsTest {
    private final List<DomainRecipe> recipes = SampleDomains.recipes();

    @Test
    void theEighteenDomainsOfThePaperInTableTwoOrder() {
        assertThat(recipes).extracting(DomainRecipe::name).containsExactly(
                "Book", "Movie", "Kindle", "Sport", "Clothing", "CD", "Pet", "DigitalMusic", "Home", "Toy",
                "Videogame", "Art", "Automotive", "Cellphone", "Food", "Instrument", "Office", "Garden");
        assertThat(recipes.stream().filter(r -> r.role() == Role.SOURCE).map(DomainRecipe::name))
                .containsExactly("Book", "Movie", "Kindle");
    }

    @Test
    void sourcesAndRelatedTargetsShareOneWorldAndThreeTargetsDoNot() {
        Set<World> sourceWorlds = recipes.stream().filter(r -> r.role() == Role.SOURCE)
                .map(DomainRecipe::world).collect(Collectors.toSet());
        assertThat(sourceWorlds).containsExactly(SampleDomains.SHARED);
        Set<String> unrelated = recipes.stream().filter(r -> !sourceWorlds.contains(r.world()))
                .map(DomainRecipe::name).collect(Collectors.toSet());
        assertThat(unrelated).isEqualTo(SampleDomains.UNRELATED_TARGETS).hasSize(3);
        assertThat(recipes.stream().filter(r -> unrelated.contains(r.name())))
                .allMatch(r -> r.role() == Role.TARGET && r.world().equals(SampleDomains.UNRELATED));
        assertThat(SampleDomains.UNRELATED.name()).isNotEqualTo(SampleDomains.SHARED.name());
    }

    @Test
    void aWorldsFunctionDependsOnItsNameAndTheSeedOnly() {
        InteractionFunction shared = InteractionFunction.of(SampleDomains.SHARED, 5);
        InteractionFunction again = InteractionFunction.of(new World("Alpha", 4, 8), 5);
        InteractionFunction other = InteractionFunction.of(SampleDomains.UNRELATED, 5);
        SplittableRandom rng = new SplittableRandom(1);
        for (int n = 0; n < 100; n++) {
            double[] p = shared.latent(rng);
            double[] q = shared.latent(rng);
            double score = shared.score(p, q);
            assertThat(again.score(p, q)).isEqualTo(score);
            assertThat(other.score(p, q)).isNotEqualTo(score);
        }
    }

    @Test
    void idRangesAreDisjointAndNamesParseBackFromFileNames() {
        for (int k = 0; k < recipes.size(); k++) {
            DomainRecipe r = recipes.get(k);
            assertThat(r.idBase()).isEqualTo((k + 1) * SampleDomains.ID_STRIDE);
            assertThat(Math.max(r.users(), r.items())).isLessThan(SampleDomains.ID_STRIDE);
            assertThat(org.rectransfer.data.io.DomainSource.nameOf(java.nio.file.Path.of(r.fileName())))
                    .isEqualTo(r.name());
        }
    }
}
