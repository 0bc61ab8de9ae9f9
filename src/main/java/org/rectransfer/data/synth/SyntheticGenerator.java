package org.rectransfer.data.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates synthetic domains from {@link DomainRecipe}s. Every random number comes from a
 * stream derived from (seed, domain name, purpose), so the output depends on the seed and the
 * recipes only: the same seed gives byte-identical files, in any order and on any platform.
 */
public final class SyntheticGenerator {
    /** The name of the description written next to the domain files. */
    public static final String README = "README.md";

    private final List<DomainRecipe> recipes;

    /** A generator for the 18 sample domains of {@link SampleDomains#recipes()}. */
    public SyntheticGenerator() {
        this(SampleDomains.recipes());
    }

    /** @param recipes the domains to generate; names must be unique */
    public SyntheticGenerator(List<DomainRecipe> recipes) {
        Set<String> names = new HashSet<>();
        for (DomainRecipe recipe : recipes) {
            if (!names.add(recipe.name())) throw new IllegalArgumentException("duplicate domain " + recipe.name());
        }
        this.recipes = List.copyOf(recipes);
    }

    /** @return the recipes, in output order */
    public List<DomainRecipe> recipes() { return recipes; }

    /** @return the domain {@code recipe} describes, drawn under {@code seed} */
    public SyntheticDomain generate(DomainRecipe recipe, long seed) {
        DomainModel model = DomainModel.create(recipe, seed);
        SplittableRandom activity = Seeds.stream(seed, "domain:" + recipe.name() + "/activity");
        SplittableRandom picks = Seeds.stream(seed, "domain:" + recipe.name() + "/picks");
        SplittableRandom order = Seeds.stream(seed, "domain:" + recipe.name() + "/order");
        double[] logits = new double[recipe.items()];
        int[][] sequences = new int[recipe.users()][];
        for (int u = 0; u < recipe.users(); u++) {
            int count = recipe.activity().sample(activity, recipe.maxPerUser());
            int[] picked = PickSampler.pick(model.logits(u, logits), count, recipe.noise(), picks);
            // The picks carry no order of their own; a random sequence makes "latest" as
            // uninformative as a random hold-out, rather than biased towards weak preferences.
            sequences[u] = Shuffle.inPlace(picked, order);
        }
        return new SyntheticDomain(recipe, sequences);
    }

    /** @return every domain, in recipe order (generated in parallel; the result does not depend on it) */
    public List<SyntheticDomain> generateAll(long seed) {
        return recipes.parallelStream().map(recipe -> generate(recipe, seed)).toList();
    }

    /**
     * Writes one {@link DomainRecipe#fileName()} per domain and a {@value #README} describing
     * them into {@code outDir} (created if missing; other files there are left alone).
     *
     * @return the domain files, in recipe order
     * @throws UncheckedIOException if a file cannot be written
     */
    public List<Path> writeAll(Path outDir, long seed) {
        return writeAll(outDir, seed, "./rectransfer data synth --out sample-data");
    }

    /**
     * As {@link #writeAll(Path, long)}, with the command the README gives for regenerating the files.
     *
     * @return the domain files, in recipe order
     */
    public List<Path> writeAll(Path outDir, long seed, String regenerateCommand) {
        List<SyntheticDomain> domains = generateAll(seed);
        try {
            Files.createDirectories(outDir);
            List<Path> files = new ArrayList<>();
            for (SyntheticDomain domain : domains) {
                Path file = outDir.resolve(domain.recipe().fileName());
                TsvWriter.write(domain, file);
                files.add(file);
            }
            String readme = SampleReadme.render(domains, seed, regenerateCommand);
            Files.write(outDir.resolve(README), readme.getBytes(StandardCharsets.UTF_8));
            return List.copyOf(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write synthetic data to " + outDir + ": " + e.getMessage(), e);
        }
    }
}
