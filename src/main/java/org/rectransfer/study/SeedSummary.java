package org.rectransfer.study;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rectransfer.analysis.PairedTTest;
import org.rectransfer.analysis.SignificanceRule;
import org.rectransfer.analysis.Spread;
import org.rectransfer.analysis.TestResult;

/**
 * The lab's result over seeds, in numbers and in words: the gain as mean ± sd of the per-seed
 * gains (each seed's transfer against the same seed's baseline), both models' HR@10 as mean ± sd,
 * and the paired t-test of the HRs over seeds with a plain verdict at the 5 % level. Standard
 * deviations are sample ones (n - 1); with one seed they and the test are undefined.
 */
public final class SeedSummary {

    private final List<SeedTransfer> runs;
    private final double[] baselineHr;
    private final double[] transferHr;
    private final double[] gains;
    private final TestResult test;

    /** @param runs one entry per seed */
    public SeedSummary(List<SeedTransfer> runs) {
        if (runs.isEmpty()) throw new IllegalArgumentException("no seed");
        this.runs = List.copyOf(runs);
        baselineHr = runs.stream().mapToDouble(SeedTransfer::baselineHr).toArray();
        transferHr = runs.stream().mapToDouble(SeedTransfer::transferHr).toArray();
        gains = runs.stream().mapToDouble(SeedTransfer::gainPercent).filter(Double::isFinite).toArray();
        test = PairedTTest.test(baselineHr, transferHr);
    }

    /** @return how many seeds */
    public int seeds() { return runs.size(); }

    /** @return the mean of the per-seed gains in percent (over seeds whose baseline HR is above 0) */
    public double meanGain() { return Spread.mean(gains); }

    /** @return the sample standard deviation of the per-seed gains; NaN for fewer than 2 */
    public double sdGain() { return Spread.sampleSd(gains); }

    public double meanBaselineHr() { return Spread.mean(baselineHr); }
    public double sdBaselineHr() { return Spread.sampleSd(baselineHr); }
    public double meanTransferHr() { return Spread.mean(transferHr); }
    public double sdTransferHr() { return Spread.sampleSd(transferHr); }

    /** @return the paired t-test of the transfer's HR against the baseline's over seeds */
    public TestResult test() { return test; }

    /** @return +1 when the transfer is significantly better at 5 %, -1 when significantly worse, else 0 */
    public int direction() {
        if (!test.isDefined() || !(test.p() < SignificanceRule.ALPHA)) return 0;
        return test.statistic() > 0 ? 1 : -1;
    }

    /** @return whether the transfer collapsed (scored every item alike) in any seed */
    public boolean anyCollapsed() { return runs.stream().anyMatch(SeedTransfer::collapsed); }

    /** @return the gain, e.g. "Gain +12.3 % ± 8.1 %" (mean ± sd over seeds; {@link #details()} says so) */
    public String gainText() {
        if (gains.length == 0) return "Gain n/a";
        String gain = String.format(Locale.ROOT, "Gain %+.1f %%", meanGain());
        return gains.length < 2 ? gain : gain + String.format(Locale.ROOT, " ± %.1f %%", sdGain());
    }

    /** @return the verdict of the paired t-test at {@link SignificanceRule#ALPHA}, in words, with p and the number of seeds */
    public String verdict() {
        if (seeds() == 1) return "One seed: no test. Use 3 or more seeds to tell a gain from noise.";
        if (!test.isDefined()) return "No test: " + test.undefinedReason() + ".";
        String detail = String.format(Locale.ROOT, " (%s, paired t over %d seeds)", formatP(test.p()), seeds());
        return switch (direction()) {
            case 1 -> "Transfer better" + detail;
            case -1 -> "Transfer worse" + detail;
            default -> String.format(Locale.ROOT, "No significant difference at %.0f %%", 100 * SignificanceRule.ALPHA) + detail;
        };
    }

    /** @return what the gain is over, each seed's gain and both models' HR@10, in one line */
    public String details() {
        String over = switch (gains.length) {
            case 0 -> "the baseline's HR@10 is 0";
            case 1 -> seeds() == 1 ? "one seed" : "one seed with a baseline HR@10 above 0";
            default -> "mean ± sd over " + gains.length + " seeds";
        };
        if (gains.length > 0 && gains.length < seeds()) over += " (baseline HR@10 is 0 in " + (seeds() - gains.length) + " more)";
        return seeds() == 1 ? over + " · " + hrText() : over + " · " + perSeedText() + " · " + hrText();
    }

    /** @return both models' HR@10, as mean ± sd with more than one seed */
    public String hrText() {
        if (seeds() == 1) {
            return String.format(Locale.ROOT, "HR@10 baseline %.4f, transfer %.4f", meanBaselineHr(), meanTransferHr());
        }
        return String.format(Locale.ROOT, "HR@10 (mean ± sd) baseline %.4f ± %.4f, transfer %.4f ± %.4f",
                meanBaselineHr(), sdBaselineHr(), meanTransferHr(), sdTransferHr());
    }

    /** @return each seed's gain in seed order, e.g. "per seed +1.2, -3.4, +5.6 %" */
    public String perSeedText() {
        return "per seed " + runs.stream().map(run -> Double.isFinite(run.gainPercent())
                ? String.format(Locale.ROOT, "%+.1f", run.gainPercent()) : "n/a").collect(Collectors.joining(", ")) + " %";
    }

    /** @return the collapse warning naming the seeds, or "" */
    public String collapseWarning() {
        List<String> collapsed = runs.stream().filter(SeedTransfer::collapsed).map(run -> String.valueOf(run.seed())).toList();
        if (collapsed.isEmpty()) return "";
        return "Collapsed in seed" + (collapsed.size() > 1 ? "s " : " ") + String.join(", ", collapsed)
                + ": the transfer scores every item alike";
    }

    /** @return "p = 0.031", or "p < 0.001" below a thousandth */
    static String formatP(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }

}
