package org.rectransfer.analysis;

import java.util.Objects;

/**
 * The outcome of a significance test. When the data do not define it, the statistic and p are
 * NaN and {@code undefinedReason} says why; otherwise the reason is empty.
 *
 * @param method          the test, e.g. "paired t"
 * @param statistic       the test statistic
 * @param p               the two-sided p-value
 * @param n               number of pairs
 * @param undefinedReason why the test is undefined, empty when it is defined
 */
public record TestResult(String method, double statistic, double p, int n, String undefinedReason) {

    /** Checks that the texts are present. */
    public TestResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(undefinedReason, "undefinedReason");
    }

    /** @return an undefined result of {@code method} on {@code n} pairs, for {@code reason} */
    public static TestResult undefined(String method, int n, String reason) {
        return new TestResult(method, Double.NaN, Double.NaN, n, reason);
    }

    /** @return true if the p-value is a number */
    public boolean isDefined() {
        return undefinedReason.isEmpty();
    }
}
