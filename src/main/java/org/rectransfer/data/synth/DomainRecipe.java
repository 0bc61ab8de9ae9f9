package org.rectransfer.data.synth;

import java.util.Objects;

/**
 * Everything that defines one synthetic domain. A user u picks n_u distinct items
 * (n_u from {@code activity}) by sampling without replacement from
 * <pre>  P(i | u) proportional to exp( a(p_u, q_i) / temperature - popularitySkew * log rank_i + noise * eps_ui )</pre>
 * where a = g - m is the {@code world}'s interaction function with each item's average appeal
 * taken out, rank_i the item's Zipf popularity rank
 * and eps_ui a standard normal drawn once per (user, item). See {@code docs/synthetic-data.md}.
 *
 * @param name           the domain name, e.g. {@code Book}; also the file name's prefix
 * @param role           source or target of the transfer study
 * @param users          number of users generated (before any filter)
 * @param items          size of the item catalogue (items nobody picks do not appear in the file)
 * @param activity       the distribution of interactions per user
 * @param popularitySkew the Zipf exponent alpha of item popularity; 0 = no popularity effect
 * @param temperature    T: lower makes the hidden function g more decisive
 * @param noise          sigma: standard deviation of the idiosyncratic (user, item) noise
 * @param world          the hidden interaction function; related domains share it
 * @param idBase         user ids are {@code idBase+1..idBase+users} and item ids
 *                       {@code idBase+1..idBase+items}, so no id is shared across domains
 */
public record DomainRecipe(String name, Role role, int users, int items, ActivityDistribution activity,
                           double popularitySkew, double temperature, double noise, World world, int idBase) {
    /** Validates the recipe. */
    public DomainRecipe {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(world, "world");
        if (name.isEmpty() || name.contains(".") || name.contains("-")) {
            throw new IllegalArgumentException("a domain name must be non-empty without '.' or '-': " + name);
        }
        if (users < 1 || items < 2) throw new IllegalArgumentException("need users >= 1 and items >= 2: " + name);
        if (popularitySkew < 0 || !(temperature > 0) || noise < 0 || idBase < 0) {
            throw new IllegalArgumentException("need skew >= 0, temperature > 0, noise >= 0, idBase >= 0: " + name);
        }
    }

    /** @return the largest n_u allowed: half the catalogue, so every pick is still a real choice */
    public int maxPerUser() {
        return items / 2;
    }

    /** @return the file name the domain is written to, e.g. {@code Book-synthetic.tsv} */
    public String fileName() {
        return name + "-synthetic.tsv";
    }
}
