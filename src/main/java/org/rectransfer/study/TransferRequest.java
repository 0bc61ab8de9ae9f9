package org.rectransfer.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.TransferPlan;

/**
 * What a transfer study trains: for every seed, a source model, a baseline and a transfer on the target.
 *
 * @param source   the source domain's file
 * @param target   the target domain's file
 * @param settings how every model trains (its seed is replaced by each seed; {@link TrainingSettings#CONVERGED} by default)
 * @param tuneLr   the learning rate of tuned layers
 * @param seeds    how many seeds: seeds 1..seeds (each seeds the initialisation and the sampling;
 *                 the held-out items are the settings' split seed's)
 * @param plan     which layers are transferred, frozen or tuned
 * @param sourceReading how the source file is read and filtered
 * @param targetReading how the target file is read and filtered
 */
public record TransferRequest(Path source, Path target, TrainingSettings settings, double tuneLr, int seeds, TransferPlan plan,
                              DomainReading sourceReading, DomainReading targetReading) {
    /** The most seeds the lab offers. */
    public static final int MAX_SEEDS = 10;

    /** Validates the request. */
    public TransferRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(sourceReading, "sourceReading");
        Objects.requireNonNull(targetReading, "targetReading");
        if (!(tuneLr > 0) || !Double.isFinite(tuneLr)) throw new IllegalArgumentException("the tuned layers' learning rate must be a positive number");
        if (seeds < 1 || seeds > MAX_SEEDS) throw new IllegalArgumentException("seeds must be 1.." + MAX_SEEDS);
    }

    /** Both domains read and filtered by default ({@link DomainReading#DEFAULT}). */
    public TransferRequest(Path source, Path target, TrainingSettings settings, double tuneLr, int seeds, TransferPlan plan) {
        this(source, target, settings, tuneLr, seeds, plan, DomainReading.DEFAULT, DomainReading.DEFAULT);
    }

    /** @return this request with {@code source} and {@code target} read and filtered as given */
    public TransferRequest reading(DomainReading source, DomainReading target) {
        return new TransferRequest(this.source, this.target, settings, tuneLr, seeds, plan, source, target);
    }

    /** The lab's defaults: converged training of at most {@code epochs} epochs, tuned layers at its learning rate. */
    public TransferRequest(Path source, Path target, int epochs, int seeds, TransferPlan plan) {
        this(source, target, TrainingSettings.CONVERGED.withEpochs(epochs), TrainingSettings.CONVERGED.lr(), seeds, plan);
    }

    /** @return the most epochs of every model */
    public int epochs() {
        return settings.epochs();
    }

    /** @return the seeds trained, 1..{@link #seeds()} */
    public List<Long> seedList() {
        return LongStream.rangeClosed(1, seeds).boxed().toList();
    }
}
