package org.rectransfer.experiment;

/**
 * One point of the paper's Fig. 3: a target's gain under a configuration against the KL
 * divergence of the source's per-user activity histogram from the target's.
 *
 * @param source the source domain
 * @param target the target domain
 * @param config the configuration
 * @param kld    KLD(H_u(source) || H_u(target)), in nats
 * @param gain   gain in percent over the target's baseline
 */
public record RelatednessPoint(String source, String target, String config, double kld, double gain) { }
