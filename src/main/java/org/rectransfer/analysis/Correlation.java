package org.rectransfer.analysis;

import java.util.Objects;

/**
 * A correlation coefficient with its two-sided p-value. When the data do not define it (fewer
 * than 3 pairs, a constant variable, a non-finite value) both numbers are NaN and
 * {@code undefinedReason} says why; otherwise the reason is empty.
 *
 * @param coefficient     Pearson r or Spearman rho, in [-1, 1], or NaN
 * @param p               two-sided p-value of the null hypothesis "no correlation", or NaN
 * @param n               number of pairs
 * @param undefinedReason why the coefficient is NaN, empty when it is defined
 */
public record Correlation(double coefficient, double p, int n, String undefinedReason) {

    /** Checks that the reason is present (possibly empty). */
    public Correlation {
        Objects.requireNonNull(undefinedReason, "undefinedReason");
    }

    /** @return an undefined correlation of {@code n} pairs, for {@code reason} */
    public static Correlation undefined(int n, String reason) {
        return new Correlation(Double.NaN, Double.NaN, n, reason);
    }

    /** @return true if the coefficient is a number */
    public boolean isDefined() {
        return undefinedReason.isEmpty();
    }
}
