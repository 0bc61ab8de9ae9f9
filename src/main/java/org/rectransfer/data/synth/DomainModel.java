package org.rectransfer.data.synth;

import java.util.SplittableRandom;

/**
 * The hidden state of one generated domain: latent vectors p_u and q_i drawn from N(0, I_d),
 * each item's popularity rank (a random permutation, so ids carry no popularity signal), and
 * the world's g. Gives the deterministic part of every user's logits over the catalogue.
 */
final class DomainModel {
    private final DomainRecipe recipe;
    private final InteractionFunction g;
    private final double[][] userLatents;
    private final double[][] itemLatents;
    private final double[] itemMeans;
    private final double[] popularityLogit;

    private DomainModel(DomainRecipe recipe, InteractionFunction g, SplittableRandom rng) {
        this.recipe = recipe;
        this.g = g;
        userLatents = new double[recipe.users()][];
        for (int u = 0; u < recipe.users(); u++) userLatents[u] = g.latent(rng);
        itemLatents = new double[recipe.items()][];
        for (int i = 0; i < recipe.items(); i++) itemLatents[i] = g.latent(rng);
        itemMeans = new double[recipe.items()];
        for (int i = 0; i < recipe.items(); i++) itemMeans[i] = g.itemMean(itemLatents[i]);
        popularityLogit = popularityLogits(recipe, rng);
    }

    /** @return the model of {@code recipe} under generator {@code seed} */
    static DomainModel create(DomainRecipe recipe, long seed) {
        InteractionFunction g = InteractionFunction.of(recipe.world(), seed);
        return new DomainModel(recipe, g, Seeds.stream(seed, "domain:" + recipe.name() + "/model"));
    }

    /** @return the recipe this model was drawn from */
    DomainRecipe recipe() { return recipe; }

    /**
     * @return g(p_u, q_i) - m(q_i): the world's score with the item's appeal to everybody taken
     *         out, so that how popular an item is comes from the Zipf term alone and the world
     *         speaks only about the match between this user and this item
     */
    double affinity(int u, int i) {
        return g.score(userLatents[u], itemLatents[i]) - itemMeans[i];
    }

    /** @return -alpha log rank_i, the popularity part of every user's logit for item i */
    double popularity(int i) { return popularityLogit[i]; }

    /** @return affinity(u, i) / T - alpha log rank_i for every item i, written into {@code out} */
    double[] logits(int u, double[] out) {
        double inverseTemperature = 1.0 / recipe.temperature();
        for (int i = 0; i < out.length; i++) out[i] = affinity(u, i) * inverseTemperature + popularityLogit[i];
        return out;
    }

    private static double[] popularityLogits(DomainRecipe recipe, SplittableRandom rng) {
        int[] rankOf = Shuffle.permutation(recipe.items(), rng);
        double[] logits = new double[recipe.items()];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = -recipe.popularitySkew() * DetMath.log(rankOf[i] + 1.0);
        }
        return logits;
    }
}
