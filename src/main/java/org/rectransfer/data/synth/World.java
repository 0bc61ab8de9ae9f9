package org.rectransfer.data.synth;

import java.util.Objects;

/**
 * A hidden interaction function g(p, q) shared by every domain that names the same world.
 * The function's weights are drawn from the generator seed and the world's name only, so
 * related domains get the identical g and a differently named world gets an independent one.
 *
 * @param name          identifies the world; equal names mean equal functions
 * @param latentDim     size d of the user and item latent vectors p and q
 * @param hiddenUnits   width of g's single hidden layer
 */
public record World(String name, int latentDim, int hiddenUnits) {
    /** Validates the sizes. */
    public World {
        Objects.requireNonNull(name, "name");
        if (latentDim < 1 || hiddenUnits < 1) {
            throw new IllegalArgumentException("world sizes must be positive: " + latentDim + ", " + hiddenUnits);
        }
    }
}
