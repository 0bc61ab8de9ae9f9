package org.rectransfer.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses a transfer configuration automatically (the paper's future work) by successive
 * halving (Jamieson and Talwalkar 2016): every candidate trains for a few epochs, the best
 * 1/eta by validation HR go on with eta times the epochs, until one is left or the epochs reach
 * the maximum. Each rung trains its candidates from the start, so the cost is the sum over
 * rungs of candidates x epochs, against candidates x maximum for trying every one in full.
 */
public final class SuccessiveHalving {

    /** Trains one candidate for some epochs. */
    @FunctionalInterface
    public interface Trial {
        /** @return the candidate's validation HR after {@code epochs} epochs (higher is better) */
        double validationHr(String config, int epochs);
    }

    /**
     * One round of the search.
     *
     * @param epochs       epochs each candidate trained
     * @param configs      the candidates, in the order given
     * @param validationHr their validation HRs, same order
     * @param kept         the candidates going on (the chosen one in the last rung)
     */
    public record Rung(int epochs, List<String> configs, List<Double> validationHr, List<String> kept) {
        public Rung {
            configs = List.copyOf(configs);
            validationHr = List.copyOf(validationHr);
            kept = List.copyOf(kept);
        }
    }

    /**
     * @param rungs       the rounds, first to last
     * @param chosen      the configuration chosen
     * @param epochsSpent epochs trained over all rounds and candidates
     */
    public record Result(List<Rung> rungs, String chosen, long epochsSpent) {
        public Result {
            rungs = List.copyOf(rungs);
        }
    }

    private SuccessiveHalving() { }

    /**
     * @param configs   the candidates (at least one)
     * @param minEpochs epochs of the first rung
     * @param maxEpochs epochs never exceeded
     * @param eta       the factor candidates are cut by and epochs grow by (at least 2)
     * @param trial     trains and validates one candidate
     * @return the rounds and the choice; ties go to the candidate listed first
     */
    public static Result search(List<String> configs, int minEpochs, int maxEpochs, int eta, Trial trial) {
        if (configs.isEmpty()) throw new IllegalArgumentException("no configuration to choose from");
        if (minEpochs < 1 || maxEpochs < minEpochs) throw new IllegalArgumentException("need 1 <= min epochs <= max epochs");
        if (eta < 2) throw new IllegalArgumentException("eta must be at least 2");
        List<String> survivors = List.copyOf(configs);
        List<Rung> rungs = new ArrayList<>();
        long spent = 0;
        int epochs = minEpochs;
        while (true) {
            List<Double> hrs = new ArrayList<>();
            for (String config : survivors) {
                hrs.add(trial.validationHr(config, epochs));
                spent += epochs;
            }
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < survivors.size(); k++) order.add(k);
            List<Double> scores = hrs;
            // Best first; a stable sort keeps the given order among ties.
            order.sort(Comparator.comparingDouble((Integer k) -> -scores.get(k)));
            boolean last = epochs >= maxEpochs;
            int keep = last ? 1 : Math.max(1, (survivors.size() + eta - 1) / eta);
            List<String> kept = new ArrayList<>();
            for (int k = 0; k < keep; k++) kept.add(survivors.get(order.get(k)));
            rungs.add(new Rung(epochs, survivors, hrs, kept));
            if (kept.size() == 1) return new Result(rungs, kept.get(0), spent);
            survivors = kept;
            epochs = (int) Math.min(maxEpochs, (long) epochs * eta);
        }
    }
}
