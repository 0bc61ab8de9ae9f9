package org.rectransfer.data.synth;

import java.util.Arrays;

/**
 * One generated domain: for each user, the picked items (dense indices into the catalogue) in
 * sequence order. File ids are {@code idBase + index + 1} for users and items alike.
 */
public final class SyntheticDomain {
    private final DomainRecipe recipe;
    private final int[][] sequences;

    SyntheticDomain(DomainRecipe recipe, int[][] sequences) {
        this.recipe = recipe;
        this.sequences = sequences;
    }

    /** @return the recipe the domain was generated from */
    public DomainRecipe recipe() { return recipe; }

    /** @return the domain name */
    public String name() { return recipe.name(); }

    /** @return the number of users (every generated user has at least one interaction) */
    public int users() { return sequences.length; }

    /** @return the catalogue indices user {@code u} picked, in sequence order (a copy) */
    public int[] sequence(int u) { return sequences[u].clone(); }

    /** @return the number of interactions of every user */
    public int[] degrees() {
        return Arrays.stream(sequences).mapToInt(s -> s.length).toArray();
    }

    /** @return the total number of interactions */
    public int interactions() {
        return Arrays.stream(sequences).mapToInt(s -> s.length).sum();
    }

    /** @return the number of distinct items picked by at least one user */
    public int observedItems() {
        boolean[] seen = new boolean[recipe.items()];
        for (int[] sequence : sequences) for (int item : sequence) seen[item] = true;
        int count = 0;
        for (boolean s : seen) if (s) count++;
        return count;
    }

    /** @return the number of users with at least {@code minimum} interactions */
    public int usersWithAtLeast(int minimum) {
        return (int) Arrays.stream(sequences).filter(s -> s.length >= minimum).count();
    }

    /** @return the id written to files for user {@code u} */
    public long userId(int u) { return (long) recipe.idBase() + u + 1; }

    /** @return the id written to files for catalogue item {@code i} */
    public long itemId(int i) { return (long) recipe.idBase() + i + 1; }
}
