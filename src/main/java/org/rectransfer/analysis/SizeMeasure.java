package org.rectransfer.analysis;

import org.rectransfer.data.DomainStats;

/** What "size of the target domain" means in Table 6. The paper does not say; Table 2 lists both. */
public enum SizeMeasure {
    /** Number of (user, item) interactions (the default: the paper's "dataset size"). */
    INTERACTIONS,
    /** Number of users. */
    USERS;

    /** @return this measure of {@code stats} */
    public double of(DomainStats stats) {
        return this == INTERACTIONS ? stats.interactions() : stats.users();
    }
}
