package org.rectransfer.analysis;

import java.util.List;

/**
 * One cell pair of the paper's Table 6: Pearson r (p) between the gains of one configuration
 * from one source and (a) the target domains' sizes, (b) their sparsity.
 *
 * @param withSize     correlation of gain with size
 * @param withSparsity correlation of gain with sparsity
 * @param observations the rows it was computed from
 */
public record TargetFactors(Correlation withSize, Correlation withSparsity, List<TargetObservation> observations) {

    /** Freezes the rows. */
    public TargetFactors {
        observations = List.copyOf(observations);
    }

    /**
     * @param observations one row per target domain
     * @return both correlations (undefined, with a reason, when the rows cannot define them)
     */
    public static TargetFactors of(List<TargetObservation> observations) {
        int n = observations.size();
        double[] gain = new double[n];
        double[] size = new double[n];
        double[] sparsity = new double[n];
        for (int i = 0; i < n; i++) {
            TargetObservation o = observations.get(i);
            gain[i] = o.gain();
            size[i] = o.size();
            sparsity[i] = o.sparsity();
        }
        return new TargetFactors(Pearson.of(gain, size), Pearson.of(gain, sparsity), observations);
    }
}
