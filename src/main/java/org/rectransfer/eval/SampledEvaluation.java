package org.rectransfer.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.rectransfer.data.split.EvalCandidates;
import org.rectransfer.data.split.Split;
import org.rectransfer.model.ItemScorer;

/**
 * The paper's protocol (He et al., WWW 2017): each user's held-out item is ranked among the
 * user's sampled negatives (99 by default), ties counting against it. Users can be split over
 * threads, each with its own scorer; every user's rank is the same whatever the split.
 */
public final class SampledEvaluation {
    private SampledEvaluation() { }

    /** @return the metrics at cut-off {@code k} for every evaluated user of {@code split} */
    public static EvalResult evaluate(Split split, EvalCandidates candidates, ItemScorer scorer, int k) {
        int[] ranks = new int[split.full().users()];
        int[] ranked = new int[ranks.length];
        int flat = rankUsers(split, candidates, scorer, ranks, ranked, 0, ranks.length);
        return EvalResult.of("sampled", k, ranks, ranked, flat);
    }

    /**
     * @param scorers makes one scorer per thread (scorers keep buffers, so they are not shared)
     * @param threads how many threads to use
     */
    public static EvalResult evaluate(Split split, EvalCandidates candidates, Supplier<ItemScorer> scorers, int k, int threads) {
        int[] ranks = new int[split.full().users()];
        int[] ranked = new int[ranks.length];
        if (threads <= 1) {
            int flat = rankUsers(split, candidates, scorers.get(), ranks, ranked, 0, ranks.length);
            return EvalResult.of("sampled", k, ranks, ranked, flat);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int flat = 0;
        try {
            List<Future<Integer>> parts = new ArrayList<>();
            int chunk = (ranks.length + threads - 1) / threads;
            for (int from = 0; from < ranks.length; from += chunk) {
                int start = from;
                int end = Math.min(ranks.length, from + chunk);
                parts.add(pool.submit(() -> rankUsers(split, candidates, scorers.get(), ranks, ranked, start, end)));
            }
            for (Future<Integer> part : parts) flat += part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return EvalResult.of("sampled", k, ranks, ranked, flat);
    }

    /**
     * Ranks users {@code from..to-1}, filling their {@code ranks} and {@code ranked} (how many
     * candidates each had: the held-out item and its negatives, fewer than asked for a user who
     * has interacted with nearly every item); @return how many of them got one score for every candidate
     */
    private static int rankUsers(Split split, EvalCandidates candidates, ItemScorer scorer, int[] ranks, int[] ranked,
                                 int from, int to) {
        int flat = 0;
        int[] items = new int[1];
        float[] scores = new float[1];
        for (int u = from; u < to; u++) {
            if (!split.isEvaluated(u)) continue;
            int[] negatives = candidates.negativesOf(u);
            int count = negatives.length + 1;
            if (items.length < count) {
                items = new int[count];
                scores = new float[count];
            }
            items[0] = split.testItem()[u];
            System.arraycopy(negatives, 0, items, 1, negatives.length);
            scorer.score(u, items, count, scores);
            ranks[u] = Ranks.pessimistic(scores[0], scores, 1, negatives.length);
            ranked[u] = count;
            if (Ranks.allEqual(scores, count)) flat++;
        }
        return flat;
    }
}
