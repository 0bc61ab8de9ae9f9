package org.rectransfer.train;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A small fixed crew of helper threads that, with the calling thread, run the pieces of one
 * step: the hand-off of a data-parallel training step. Each piece is run exactly once, by
 * whichever thread claims it first: the result of a piece must not depend on the thread (each
 * piece has its own buffers), so the step's result does not depend on timing either.
 *
 * <p>Why claiming, not one fixed piece per thread: on a busy machine a helper is often not on a
 * core when a step begins. With fixed pieces the caller would wait for it (a scheduler time
 * slice, milliseconds, against a step of about one); here the caller runs the helper's piece
 * itself, so a step is never slower than on one thread by more than the hand-off. Only a piece
 * a helper has already claimed is waited for.
 *
 * <p>Why spinning: a step takes about a millisecond, so a hand-off through an executor (a
 * queue, a future, waking a parked thread every step) would cost a noticeable share of it. The
 * caller publishes a step number in a volatile field; helpers spin on it for a short while
 * ({@link #SPIN_NANOS}) and only then park, so back-to-back steps hand off without a system
 * call, while the crew of an idle engine (evaluation, other work) sleeps. The caller waits for
 * claimed pieces in the same way.
 *
 * <p>Memory visibility: the caller writes the step's inputs, then the claim counter and the
 * volatile step number; a thread that claims a piece (a CAS on the counter, which carries the
 * step number so that a late helper cannot claim a piece of a later step) reads the inputs after
 * it, runs the piece, then writes the piece's volatile done mark, which the caller reads before
 * it uses the piece's result. Parking is safe against lost wake-ups because each side writes
 * its own volatile flag and then reads the other's.
 *
 * <p>Not for concurrent use: one caller thread at a time runs steps. Helpers are daemon threads,
 * so an engine that is never closed does not keep the JVM alive; {@link #close} stops them.
 */
final class StepCrew implements AutoCloseable {
    /**
     * How long a waiting thread spins before it parks: about the serial part of a step (merging
     * the gradients, Adam, the next batch: 0.05-0.1 ms at batch 256), so that on free cores a
     * helper often catches the next step awake. Not longer: on a busy machine a spinning helper
     * takes CPU time from the caller (measured on two loaded cores: spinning 1 ms made two
     * threads 0.55x one thread, 50 us 0.85x, see docs/performance.md), and a late helper costs
     * little anyway, since the caller runs any piece nobody has claimed.
     */
    static final long SPIN_NANOS = 50_000L;
    /**
     * The claim word is {@code step << STEP_SHIFT | pieces << PIECES_SHIFT | claimed}: the step's
     * number and its piece count travel with the claims, so a helper that saw an older step can
     * neither claim a piece of the next one nor read the next step's piece count for its own
     * (it once did, through a separate field, and ran a piece twice).
     */
    private static final int PIECES_SHIFT = 8;
    private static final int STEP_SHIFT = 16;
    private static final long BYTE = 0xFF;

    private final IntConsumer work;
    private final Thread[] helpers;
    private final int maxPieces;
    /** {@code step << STEP_SHIFT | pieces << PIECES_SHIFT | pieces claimed so far in that step}. */
    private final AtomicLong claims = new AtomicLong();
    /** The step each piece last finished. */
    private final AtomicLongArray done;
    /** Failures of the current step's pieces, by piece; written before {@code done}. */
    private final Throwable[] failures;
    private volatile long posted;
    private volatile boolean closed;
    private volatile Thread waitingCaller;
    /** 1 while helper h is (about to be) parked. */
    private final AtomicIntegerArray parkedFlags;

    /**
     * @param helpers how many helper threads ({@code >= 1})
     * @param work    the work of one piece, given its index; called on any of the crew's threads
     * @param name    prefix of the helper threads' names
     */
    StepCrew(int helpers, IntConsumer work, String name) {
        if (helpers < 1 || helpers >= BYTE) {
            throw new IllegalArgumentException("a crew needs 1 to " + (BYTE - 1) + " helpers: " + helpers);
        }
        this.work = work;
        this.maxPieces = helpers + 1;
        this.done = new AtomicLongArray(maxPieces);
        this.failures = new Throwable[maxPieces];
        this.parkedFlags = new AtomicIntegerArray(helpers);
        this.helpers = new Thread[helpers];
        for (int h = 0; h < helpers; h++) {
            int index = h;
            Thread thread = new Thread(() -> helperLoop(index), name + "-" + (h + 1));
            thread.setDaemon(true);
            this.helpers[h] = thread;
        }
        for (Thread helper : this.helpers) {
            helper.start();
        }
    }

    /**
     * Runs pieces {@code 0 .. pieces - 1}, each once, on the crew's threads and the calling
     * thread, and returns once all have finished.
     *
     * @param pieces how many pieces, {@code 1 .. helpers + 1}
     * @throws RuntimeException the failure of the lowest failing piece
     */
    void run(int pieces) {
        if (closed) {
            throw new IllegalStateException("the crew is closed");
        }
        if (pieces < 1 || pieces > maxPieces) {
            throw new IllegalArgumentException("pieces must be 1.." + maxPieces + ": " + pieces);
        }
        long step = posted + 1;
        claims.set(step << STEP_SHIFT | (long) pieces << PIECES_SHIFT);
        posted = step;
        for (int h = 0; h < helpers.length; h++) {
            if (parkedFlags.get(h) != 0) {
                LockSupport.unpark(helpers[h]);
            }
        }
        runClaimed(step);
        for (int p = 0; p < pieces; p++) {
            awaitDone(p, step);
        }
        rethrowFirstFailure(pieces);
    }

    /** Claims and runs pieces of {@code step} until none is left. */
    private void runClaimed(long step) {
        while (true) {
            long c = claims.get();
            if ((c >>> STEP_SHIFT) != step || (c & BYTE) >= ((c >>> PIECES_SHIFT) & BYTE)) {
                return;
            }
            if (!claims.compareAndSet(c, c + 1)) {
                continue;
            }
            int piece = (int) (c & BYTE);
            try {
                work.accept(piece);
            } catch (Throwable t) {
                failures[piece] = t;
            }
            done.set(piece, step);
            Thread caller = waitingCaller;
            if (caller != null) {
                LockSupport.unpark(caller);
            }
        }
    }

    private void awaitDone(int piece, long step) {
        if (done.get(piece) == step) {
            return;
        }
        long start = System.nanoTime();
        while (done.get(piece) != step) {
            if (System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
                continue;
            }
            waitingCaller = Thread.currentThread();
            while (done.get(piece) != step) {
                LockSupport.park(this);
            }
            waitingCaller = null;
        }
    }

    private void rethrowFirstFailure(int pieces) {
        Throwable failure = null;
        for (int p = 0; p < pieces; p++) {
            if (failure == null) {
                failure = failures[p];
            }
            failures[p] = null;
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

    /** Stops the helpers; a piece in progress, if any, finishes first. */
    @Override
    public void close() {
        closed = true;
        for (Thread helper : helpers) {
            LockSupport.unpark(helper);
        }
    }


    private void helperLoop(int index) {
        long seen = 0;
        while (true) {
            long step = awaitPosted(index, seen);
            if (step == seen) {
                return;
            }
            runClaimed(step);
            seen = step;
        }
    }

    /** @return the step posted after {@code seen}, or {@code seen} once the crew is closed */
    private long awaitPosted(int index, long seen) {
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
                parkedFlags.set(index, 1);
                if (posted == seen && !closed) {
                    LockSupport.park(this);
                }
                parkedFlags.set(index, 0);
            }
        }
    }
}
