package org.rectransfer.experiment;

import org.rectransfer.model.AdamSettings;
import org.rectransfer.model.NcfInitializer;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TrainingPlan;

/**
 * Where a run's model starts: its initial parameters and which layers train at which rate.
 * A baseline starts fresh with every layer trainable; a transfer run starts from a source's
 * layers with some frozen.
 *
 * @param params the initial parameters (trained in place)
 * @param plan   the per-layer training plan
 */
public record ModelStart(NcfParameters params, TrainingPlan plan) {

    /** @return fresh parameters (the initialisation of docs/method.md §Network), every layer trainable at {@code lr} */
    public static ModelStart fresh(NetworkSpec spec, long seed, double lr) {
        return new ModelStart(NcfInitializer.initialise(spec, seed),
                TrainingPlan.of(AdamSettings.DEFAULT.withLearningRate(lr)));
    }

    /**
     * @param plan   which layers come from the source, frozen or tuned (tuned at {@code tuneLr}); the rest start fresh
     * @param source the source model
     * @param domain the target
     * @param settings the target's training settings (network shape, seed, learning rate)
     * @return the start of a transfer onto {@code domain}
     * @throws IllegalArgumentException when the source's layers do not fit the settings' network
     */
    public static ModelStart transfer(org.rectransfer.model.TransferPlan plan, NcfParameters source, PreparedDomain domain,
                                      TrainingSettings settings, double tuneLr) {
        NetworkSpec target = new NetworkSpec(domain.data().users(), domain.data().items(), settings.embedding(), settings.layers());
        return new ModelStart(plan.initialise(source, target, settings.seed()),
                plan.trainingPlan(AdamSettings.DEFAULT.withLearningRate(settings.lr()), tuneLr));
    }
}
