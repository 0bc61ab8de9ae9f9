package org.rectransfer.train;

import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A small fixed crew of helper threads that run one piece of work each per step while the
 * calling thread runs piece 0: the hand-off of a data-parallel training step. A step takes about
 * a millisecond, so a hand-off through an executor (a queue, a future, a wake-up of a parked
 * thread every time) would cost a noticeable share of it. Here the caller publishes a step
 * number in a volatile field; helpers spin on it for a short while ({@link #SPIN_NANOS}) and
 * only then park, so back-to-back steps hand off without any system call, while a crew whose
 * engine is idle (evaluation, another run's turn on a shared machine) sleeps. The caller waits
 * for the helpers in the same way.
 *
 * <p>Memory visibility: the caller writes the step's inputs, then the volatile step number; a
 * helper reads the number, works, then writes its volatile {@code done}; the caller reads every
 * {@code done} before it touches the helpers' results. Parking is safe against lost wake-ups
 * because each side writes its own volatile flag and then reads the other's (a waiter sets
 * {@code parked} then re-reads the step; the publisher sets the step then reads {@code parked}).
 *
 * <p>Not for concurrent use: one caller thread at a time runs steps. Helpers are daemon threads,
 * so an engine that is never closed does not keep the JVM alive; {@link #close} stops them.
 */
final class StepCrew implements AutoCloseable {
    /**
     * How long a waiting thread spins before it parks. Longer than the serial part of a step
     * (merging the gradients, Adam, copying the next batch: some 0.1-0.3 ms at batch 256), so
     * that helpers stay awake from one step to the next while an epoch runs.
     */
    static final long SPIN_NANOS = 500_000L;

    private final IntConsumer work;
    private final Helper[] helpers;
    private volatile long posted;
    private volatile boolean closed;
    private volatile Thread waitingCaller;

    /**
     * @param helpers how many helper threads ({@code >= 1}); they run pieces {@code 1..helpers}
     * @param work    the work of one piece, given its index; called on the helper threads
     * @param name    prefix of the helper threads' names
     */
    StepCrew(int helpers, IntConsumer work, String name) {
        if (helpers < 1) {
            throw new IllegalArgumentException("a crew needs at least one helper: " + helpers);
        }
        this.work = work;
        this.helpers = new Helper[helpers];
        for (int h = 0; h < helpers; h++) {
            this.helpers[h] = new Helper(h + 1, name);
        }
        for (Helper helper : this.helpers) {
            helper.thread.start();
        }
    }

    /**
     * Runs pieces {@code 1 .. active - 1} on the helpers and piece 0 on the calling thread, and
     * returns once all have finished.
     *
     * @param active how many pieces, {@code 1 .. helpers + 1}
     * @throws RuntimeException the first failure of a piece, in piece order
     */
    void run(int active) {
        if (closed) {
            throw new IllegalStateException("the crew is closed");
        }
        long step = posted + 1;
        for (int h = 0; h < helpers.length; h++) {
            helpers[h].active = h + 1 < active;
        }
        posted = step;
        for (Helper helper : helpers) {
            if (helper.parked) {
                LockSupport.unpark(helper.thread);
            }
        }
        Throwable failure = null;
        try {
            work.accept(0);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Helper helper : helpers) {
            awaitDone(helper, step);
            if (failure == null && helper.failure != null) {
                failure = helper.failure;
            }
            helper.failure = null;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private void awaitDone(Helper helper, long step) {
        if (helper.done == step) {
            return;
        }
        long start = System.nanoTime();
        while (helper.done != step) {
            if (System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
                continue;
            }
            waitingCaller = Thread.currentThread();
            while (helper.done != step) {
                LockSupport.park(this);
            }
            waitingCaller = null;
        }
    }

    /** Stops the helpers; they finish the step in progress, if any, first. */
    @Override
    public void close() {
        closed = true;
        for (Helper helper : helpers) {
            LockSupport.unpark(helper.thread);
        }
    }

    private final class Helper implements Runnable {
        private final int index;
        private final Thread thread;
        /** Whether this helper has a piece in the step being posted; written before {@code posted}. */
        private boolean active;
        private volatile long done;
        private volatile boolean parked;
        /** Written before {@code done}, read after it. */
        private Throwable failure;

        Helper(int index, String name) {
            this.index = index;
            this.thread = new Thread(this, name + "-" + index);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            long seen = 0;
            while (true) {
                long step = awaitPosted(seen);
                if (step == seen) {
                    return;
                }
                if (active) {
                    try {
                        work.accept(index);
                    } catch (Throwable t) {
                        failure = t;
                    }
                }
                seen = step;
                done = step;
                Thread caller = waitingCaller;
                if (caller != null) {
                    LockSupport.unpark(caller);
                }
            }
        }

        /** @return the step posted after {@code seen}, or {@code seen} once the crew is closed */
        private long awaitPosted(long seen) {
            long start = System.nanoTime();
            while (true) {
                long step = posted;
                if (step != seen) {
                    return step;
                }
                if (closed) {
                    return seen;
                }
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    parked = true;
                    if (posted == seen && !closed) {
                        LockSupport.park(this);
                    }
                    parked = false;
                }
            }
        }
    }
}
