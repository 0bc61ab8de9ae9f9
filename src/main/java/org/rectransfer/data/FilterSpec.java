package org.rectransfer.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which users and items to keep (docs/method.md §Task and data): the paper's Table 2 implies a user threshold of
 * 20 interactions and no item threshold. A filter can also keep a random share of the users that pass
 * the thresholds (a scarcer target: {@code sweep --target-fraction}); the share and its seed are part of
 * the filter, so a stored run rebuilds exactly the users it trained on.
 *
 * @param minUser      keep users with at least this many interactions (0 keeps all)
 * @param minItem      keep items with at least this many interactions (0 keeps all)
 * @param kcore        repeat both filters until nothing changes (an iterative k-core)
 * @param userFraction the share of the remaining users kept, in (0, 1]; 1 keeps them all
 * @param sampleSeed   the seed that draws which users are kept (unused when {@code userFraction} is 1)
 */
public record FilterSpec(int minUser, int minItem, boolean kcore,
                         // Left out of the JSON when every user is kept, so that the stored settings, the
                         // sweeps' ids and the reuse of finished models read as before the option existed.
                         @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = AllUsers.class) double userFraction,
                         @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NoSample.class) long sampleSeed)
        implements java.io.Serializable {
    /** The defaults of docs/method.md: min 20 per user, no item threshold, a single pass. */
    public static final FilterSpec DEFAULT = new FilterSpec(20, 0, false);
    /** Keeps everything. */
    public static final FilterSpec NONE = new FilterSpec(0, 0, false);

    public FilterSpec {
        if (minUser < 0 || minItem < 0) {
            throw new IllegalArgumentException("thresholds must be >= 0, got user " + minUser + ", item " + minItem);
        }
        if (!(userFraction > 0 && userFraction <= 1)) {
            throw new IllegalArgumentException("the share of users kept must be in (0, 1], got " + userFraction);
        }
        if (userFraction == 1) sampleSeed = 0;
    }

    /** A filter that keeps every user passing the thresholds. */
    public FilterSpec(int minUser, int minItem, boolean kcore) {
        this(minUser, minItem, kcore, 1, 0);
    }

    /** Reads stored JSON, where a filter that kept every user has no share and no seed. */
    @JsonCreator
    static FilterSpec fromJson(@JsonProperty("minUser") int minUser, @JsonProperty("minItem") int minItem,
                               @JsonProperty("kcore") boolean kcore, @JsonProperty("userFraction") Double userFraction,
                               @JsonProperty("sampleSeed") Long sampleSeed) {
        return new FilterSpec(minUser, minItem, kcore, userFraction == null ? 1 : userFraction, sampleSeed == null ? 0 : sampleSeed);
    }

    /** @return this filter keeping {@code fraction} of its users, drawn with {@code seed} */
    public FilterSpec sampled(double fraction, long seed) {
        return new FilterSpec(minUser, minItem, kcore, fraction, seed);
    }

    /** @return true when only a share of the users is kept */
    public boolean samplesUsers() {
        return userFraction < 1;
    }

    /** Jackson's filter for {@code userFraction}: true (leave out) when every user is kept. */
    static final class AllUsers {
        @Override
        public boolean equals(Object value) {
            return value instanceof Double fraction && fraction == 1.0;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    /** Jackson's filter for {@code sampleSeed}: true (leave out) when no sample is drawn (seed 0). */
    static final class NoSample {
        @Override
        public boolean equals(Object value) {
            return value instanceof Long seed && seed == 0L;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
