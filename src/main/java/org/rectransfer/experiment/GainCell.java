package org.rectransfer.experiment;

import org.rectransfer.analysis.SignificanceRule;

/**
 * The gain of one configuration on one target (paper, Tables 3-5):
 * {@code (HR - HR_baseline) / HR_baseline x 100}, from HRs averaged over seeds.
 *
 * @param config   the preset
 * @param hr       mean HR@k over seeds
 * @param gain     gain in percent against the baseline's mean HR
 * @param gainStd  standard deviation over seeds of the per-seed gains (NaN with one seed)
 * @param seeds    the number of seeds with both a baseline and a transfer run
 * @param pPairedT paired t-test over seeds of HR against the baseline (NaN with fewer than 2 seeds
 *                 or differences of zero variance)
 * @param pMcNemar McNemar test over users' hits (pooled over seeds) against the baseline (NaN
 *                 when no user's hits were recorded for both)
 * @param collapsed how many of the configuration's runs collapsed (a constant scorer: HR 0 because
 *                  nothing was learned, not because of what was transferred)
 */
public record GainCell(String config, double hr, double gain, double gainStd, int seeds, double pPairedT, double pMcNemar,
                       int collapsed) {

    /** @return what {@link SignificanceRule} decides for this cell at {@link SignificanceRule#ALPHA} */
    public SignificanceRule.Decision significance() {
        return SignificanceRule.decide(seeds, pPairedT, pMcNemar);
    }

    /** @return whether the gain is significant by {@link SignificanceRule} */
    public boolean significant() {
        return significance().significant();
    }

    /** @return the test that decided ({@code paired-t} or {@code mcnemar}), null when neither could be computed */
    public String test() {
        return significance().test();
    }

    /** @return whether the gain is significant by {@link SignificanceRule} at another level {@code alpha} */
    public boolean significant(double alpha) {
        return SignificanceRule.decide(seeds, pPairedT, pMcNemar, alpha).significant();
    }
}
