package org.rectransfer.experiment;

/**
 * The gain of one configuration on one target (paper, Tables 3-5):
 * {@code (HR - HR_baseline) / HR_baseline x 100}, from HRs averaged over seeds.
 *
 * @param config   the preset
 * @param hr       mean HR@k over seeds
 * @param gain     gain in percent against the baseline's mean HR
 * @param gainStd  standard deviation over seeds of the per-seed gains (NaN with one seed)
 * @param seeds    the number of seeds
 * @param pSeeds   paired t-test over seeds of HR against the baseline (NaN with fewer than 2 seeds)
 * @param pUsers   McNemar test over users' hits (pooled over seeds) against the baseline
 * @param collapsed how many of the configuration's runs collapsed (a constant scorer: HR 0 because
 *                  nothing was learned, not because of what was transferred)
 */
public record GainCell(String config, double hr, double gain, double gainStd, int seeds, double pSeeds, double pUsers,
                       int collapsed) {

    /** @return whether either test puts the difference below {@code alpha} */
    public boolean significant(double alpha) {
        return pSeeds < alpha || pUsers < alpha;
    }
}
