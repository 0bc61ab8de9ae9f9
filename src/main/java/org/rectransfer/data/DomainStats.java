package org.rectransfer.data;

/**
 * The columns of the paper's Table 2 for one domain.
 *
 * @param name         the domain name
 * @param users        number of users
 * @param items        number of items
 * @param interactions number of (user, item) interactions
 * @param sparsity     1 - interactions / (users x items)
 */
public record DomainStats(String name, int users, int items, int interactions, double sparsity) {

    /** @return the statistics of {@code data} */
    public static DomainStats of(Dataset data) {
        return new DomainStats(data.name(), data.users(), data.items(), data.interactions(), data.sparsity());
    }
}
