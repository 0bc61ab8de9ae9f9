package org.rectransfer.analysis;

import java.util.ArrayList;
import java.util.List;

import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

/**
 * Neuron importance by representation erasure (Li, Monroe and Jurafsky 2016, "Understanding
 * Neural Networks through Representation Erasure", arXiv:1612.08220), as the paper's Fig. 2 uses
 * it. For every neuron {@code n} of every hidden layer FC1..FCk, its post-ReLU output is set to
 * zero and the log-likelihood of each sample's correct label is recomputed:
 * {@code L_s = ln p_s} for a positive and {@code ln(1 - p_s)} for a negative, with
 * {@code p_s = sigmoid(logit)}. The drops are combined per {@link ImportanceFormula}; the default,
 * {@link ImportanceFormula#TOTAL_RELATIVE_DROP}, is the ratio of sums
 * {@code I(n) = (sum_s L_s - sum_s L_s^-n) / |sum_s L_s|}: positive when the neuron helps, 1 when
 * erasing it doubles the loss of the evaluation set. The paper's mean of per-sample ratios is
 * {@link ImportanceFormula#MEAN_RELATIVE_DROP}; it explodes on confidently right samples, which
 * {@link ImportanceResult#tinyDenominators()} counts.
 *
 * <p>OUT is not reported: its one output is the prediction itself, and erasing it would make
 * every positive's likelihood 0. Everything is computed in double from the float parameters,
 * with {@code ln sigmoid} evaluated stably from the logit. Each sample costs one forward pass
 * plus, per neuron, only the layers above it.
 */
public final class NeuronImportance {
    private NeuronImportance() {
    }

    /** A per-sample log-likelihood this close to 0 makes its relative drop at least 100 times its absolute drop. */
    public static final double TINY_LOG_LIKELIHOOD = 0.01;

    /** @return the importances with the default formula, {@link ImportanceFormula#TOTAL_RELATIVE_DROP} */
    public static ImportanceResult compute(NcfParameters params, ErasureSamples samples) {
        return compute(params, samples, ImportanceFormula.TOTAL_RELATIVE_DROP);
    }

    /**
     * @param params  the trained network
     * @param samples labelled (user, item) pairs, ids within the network's tables
     * @param formula how to combine the per-sample drops
     * @return one importance per neuron of FC1..FCk; NaN if no sample has a log-likelihood below 0
     */
    public static ImportanceResult compute(NcfParameters params, ErasureSamples samples, ImportanceFormula formula) {
        NetworkSpec spec = params.spec();
        checkIds(spec, samples);
        DoubleTower tower = new DoubleTower(params);
        int depth = spec.depth();
        double[][] sumRelative = new double[depth][];
        double[][] sumErased = new double[depth][];
        for (int k = 0; k < depth; k++) {
            sumRelative[k] = new double[spec.outputSize(k)];
            sumErased[k] = new double[spec.outputSize(k)];
        }
        double sumClean = 0;
        int used = 0;
        int tiny = 0;
        for (int s = 0; s < samples.size(); s++) {
            boolean label = samples.labels()[s];
            double clean = logLikelihood(tower.forward(samples.users()[s], samples.items()[s]), label);
            if (!(clean < 0)) {
                continue; // L_s = 0 (certain to double precision) or NaN: no relative drop exists
            }
            used++;
            if (-clean < TINY_LOG_LIKELIHOOD) tiny++;
            sumClean += clean;
            for (int k = 0; k < depth; k++) {
                for (int j = 0; j < sumRelative[k].length; j++) {
                    double erased = logLikelihood(tower.erasedLogit(k, j), label);
                    sumRelative[k][j] += (clean - erased) / -clean;
                    sumErased[k][j] += erased;
                }
            }
        }
        List<LayerImportance> layers = new ArrayList<>(depth);
        for (int k = 0; k < depth; k++) {
            double[] importance = new double[sumRelative[k].length];
            for (int j = 0; j < importance.length; j++) {
                importance[j] = formula == ImportanceFormula.MEAN_RELATIVE_DROP
                        ? sumRelative[k][j] / used
                        : (sumClean - sumErased[k][j]) / -sumClean;
            }
            layers.add(new LayerImportance(spec.denseName(k), importance));
        }
        return new ImportanceResult(formula, layers, samples.size(), used, sumClean / used, tiny);
    }

    /**
     * @param logit the network's output before the sigmoid
     * @param label the correct label
     * @return {@code ln sigmoid(logit)} for label true, {@code ln(1 - sigmoid(logit))} for false
     */
    static double logLikelihood(double logit, boolean label) {
        return -softplus(label ? -logit : logit);
    }

    /** {@code ln(1 + e^x)} without overflow for large x or loss of the tiny values for very negative x. */
    private static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    private static void checkIds(NetworkSpec spec, ErasureSamples samples) {
        for (int s = 0; s < samples.size(); s++) {
            int u = samples.users()[s];
            int i = samples.items()[s];
            if (u < 0 || u >= spec.users() || i < 0 || i >= spec.items()) {
                throw new IllegalArgumentException("sample " + s + " (user " + u + ", item " + i
                        + ") is outside the network's tables (" + spec.users() + " users, " + spec.items() + " items)");
            }
        }
    }
}
