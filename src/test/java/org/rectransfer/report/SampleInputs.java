package org.rectransfer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;

/** Made-up inputs shaped like the paper's: Table 3 gains, Fig. 2 importances, Fig. 3 scatter. */
public final class SampleInputs {
    public static final List<String> TARGETS = List.of("Sport", "Clothing", "CD", "Pet", "DigitalMusic", "Home",
            "Toy", "Videogame", "Art", "Automotive", "Cellphone", "Food", "Instrument", "Office", "Garden");
    public static final List<String> CONFIGS = List.of("config-1", "config-2", "config-3", "config-4",
            "config-5", "config-6", "config-7");

    /** Table 3 of the paper (source Book). */
    private static final double[][] BOOK_GAINS = {
        {-11.40, -32.20, -30.68, -13.15, 2.64, 3.17, 1.44}, {19.90, -14.81, -19.21, -9.99, 4.59, 4.26, 0.61},
        {-1.78, -26.51, -28.66, -11.96, -2.15, 0.14, -1.03}, {-4.41, -26.28, -24.14, -9.26, 0.02, -0.65, -0.30},
        {-10.74, -11.92, -11.49, -6.17, -0.43, -6.06, -9.53}, {1.80, -11.67, -12.68, -4.10, 10.89, 8.59, 3.81},
        {-8.31, -25.06, -23.68, -9.18, -0.88, -1.47, 0.38}, {-0.43, -28.77, -27.38, -11.52, 0.97, 1.07, 1.58},
        {2.80, -20.51, -26.08, -4.78, 6.47, 9.05, 8.48}, {-4.59, -17.01, -19.35, -5.25, 1.85, 2.74, 0.24},
        {-19.85, -10.03, -21.30, -17.75, -12.58, -7.75, -9.36}, {0.35, -26.52, -22.33, -9.76, 4.51, 0.30, -1.15},
        {-13.61, -7.38, -10.14, 0.66, -3.24, -4.63, -7.38}, {-0.52, -13.22, -16.68, -5.52, -2.98, -0.80, -2.47},
        {-8.29, -14.23, -16.00, -6.65, -4.51, -7.52, -0.80}};

    private SampleInputs() { }

    /** Two runs over 30 epochs, HR evaluated every third epoch (NaN otherwise). */
    public static TrainingCurves curves() {
        List<CurveSeries> loss = new ArrayList<>();
        List<CurveSeries> hr = new ArrayList<>();
        String[] runs = {"baseline", "config-5 from Book"};
        for (int r = 0; r < runs.length; r++) {
            int n = 30;
            double[] epochs = new double[n];
            double[] l = new double[n];
            double[] h = new double[n];
            for (int e = 0; e < n; e++) {
                epochs[e] = e + 1;
                l[e] = 0.25 + (0.45 - 0.05 * r) * Math.exp(-e / (6.0 - 2 * r));
                h[e] = e % 3 == 2 ? 0.42 + 0.2 * (1 - Math.exp(-e / (8.0 - 3 * r))) + 0.02 * r : Double.NaN;
            }
            loss.add(new CurveSeries(runs[r], epochs, l));
            hr.add(new CurveSeries(runs[r], epochs, h));
        }
        return new TrainingCurves("Training on Office", "HR@10", loss, hr);
    }

    /** The paper's Table 3, significance where |gain| > 3, made-up baselines. */
    public static GainMatrix gains() {
        boolean[][] significant = new boolean[TARGETS.size()][CONFIGS.size()];
        double[] baseline = new double[TARGETS.size()];
        for (int t = 0; t < TARGETS.size(); t++) {
            for (int c = 0; c < CONFIGS.size(); c++) significant[t][c] = Math.abs(BOOK_GAINS[t][c]) > 3;
            baseline[t] = (15 + 2 * (t % 7)) / 100.0;
        }
        return new GainMatrix("Book", TARGETS, CONFIGS, BOOK_GAINS, significant, baseline);
    }

    /** Fifteen targets whose gain falls with KLD, fitted by least squares with a 95% band. */
    public static KldScatter scatter(String config, long seed) {
        Random random = new Random(seed);
        int n = TARGETS.size();
        double[] kld = new double[n];
        double[] gain = new double[n];
        for (int i = 0; i < n; i++) {
            kld[i] = 0.05 + 1.2 * random.nextDouble();
            gain[i] = 6 - 8 * kld[i] + 3 * random.nextGaussian();
        }
        return new KldScatter("Book", config, TARGETS, kld, gain, fit(kld, gain));
    }

    /** Ordinary least squares with the 95% confidence band of the mean; what analysis will compute. */
    public static RegressionFit fit(double[] x, double[] y) {
        int n = x.length;
        double mx = mean(x);
        double my = mean(y);
        double sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double r = sxy / Math.sqrt(sxx * syy);
        TDistribution t = new TDistribution(n - 2);
        double tStat = r * Math.sqrt((n - 2) / (1 - r * r));
        double p = 2 * t.cumulativeProbability(-Math.abs(tStat));
        double s = Math.sqrt((syy - slope * sxy) / (n - 2));
        double q = t.inverseCumulativeProbability(0.975);
        double lo = min(x);
        double hi = max(x);
        int m = 50;
        double[] bx = new double[m];
        double[] lower = new double[m];
        double[] upper = new double[m];
        for (int i = 0; i < m; i++) {
            bx[i] = lo + (hi - lo) * i / (m - 1);
            double se = s * Math.sqrt(1.0 / n + (bx[i] - mx) * (bx[i] - mx) / sxx);
            double f = intercept + slope * bx[i];
            lower[i] = f - q * se;
            upper[i] = f + q * se;
        }
        return new RegressionFit(intercept, slope, r, p, bx, lower, upper);
    }

    /** FC-1..FC-4 of 64, 32, 16 and 8 neurons, importance growing towards the output as in Fig. 2. */
    public static NeuronImportance importance() {
        Random random = new Random(7);
        int[] sizes = {64, 32, 16, 8};
        double[] scale = {0.004, 0.009, 0.02, 0.045};
        List<LayerImportance> layers = new ArrayList<>();
        for (int l = 0; l < sizes.length; l++) {
            double[] v = new double[sizes[l]];
            for (int i = 0; i < v.length; i++) v[i] = scale[l] * -Math.log(1 - random.nextDouble()) - 0.1 * scale[l];
            layers.add(new LayerImportance("FC-" + (l + 1), v));
        }
        return new NeuronImportance("Neuron importance, source: Book", layers);
    }

    /** Log-spaced bins from 20 to 500 interactions; the source more active than the target. */
    public static HistogramOverlay histogram() {
        double[] edges = {20, 25, 30, 40, 50, 70, 100, 150, 200, 300, 500};
        double[] source = normalised(edges, 1.1);
        double[] target = normalised(edges, 1.9);
        double kld = 0;
        for (int i = 0; i < source.length; i++) kld += source[i] * Math.log(source[i] / target[i]);
        return new HistogramOverlay("Book", "Office", edges, source, target, kld);
    }

    private static double[] normalised(double[] edges, double exponent) {
        double[] share = new double[edges.length - 1];
        double sum = 0;
        for (int i = 0; i < share.length; i++) {
            share[i] = Math.pow(edges[i], -exponent) - Math.pow(edges[i + 1], -exponent);
            sum += share[i];
        }
        for (int i = 0; i < share.length; i++) share[i] /= sum;
        return share;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) s += d;
        return s / v.length;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) m = Math.min(m, d);
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) m = Math.max(m, d);
        return m;
    }
}
