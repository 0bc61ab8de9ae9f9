package org.rectransfer.analysis;

/**
 * How per-sample log-likelihood drops become one importance per neuron. With {@code L_s} the
 * log-likelihood of sample {@code s}'s correct label and {@code L_s^-n} the same with neuron
 * {@code n}'s output set to zero:
 */
public enum ImportanceFormula {
    /**
     * Li, Monroe and Jurafsky (2016): the mean over samples of the relative drop,
     * {@code I(n) = mean_s (L_s - L_s^-n) / |L_s|}. Li et al. divide by
     * {@code S(e, c)} itself; since a log-likelihood is negative, dividing by its magnitude keeps
     * the sign readable: positive when erasing the neuron hurts. Confidently right samples
     * (small {@code |L_s|}) weigh most, without bound: on trained recommenders one sample with
     * {@code L_s} near 0 makes the mean explode (7e26 measured on a CD-2014 model), so this form is
     * an option, not the default (docs/analysis.md).
     */
    MEAN_RELATIVE_DROP,
    /**
     * The relative drop of the total log-likelihood, {@code I(n) = (sum L_s - sum L_s^-n) / |sum L_s|}:
     * each sample weighs by its own drop, so a few near-certain samples cannot dominate. The
     * default: the denominator is the loss of the whole evaluation set, never near zero.
     */
    TOTAL_RELATIVE_DROP
}
