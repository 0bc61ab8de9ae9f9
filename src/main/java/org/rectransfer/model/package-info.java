/**
 * The network: its shape ({@link org.rectransfer.model.NetworkSpec}), the names of its layers
 * ({@link org.rectransfer.model.LayerName}), its parameters as plain float arrays
 * ({@link org.rectransfer.model.NcfParameters}) and its definition as a stock DL4J
 * {@code ComputationGraph} ({@link org.rectransfer.model.NcfNetworkFactory}), which is also the
 * checkpoint format and the reference trainer.
 *
 * <p>The network is the NCF-style MLP of Nguyen et al. (2020): user and item embeddings,
 * concatenated, a ReLU tower FC1..FCk and a one-unit sigmoid layer OUT trained with binary
 * cross-entropy. {@link org.rectransfer.model.Dl4jParameters} converts parameters between the
 * DL4J graph and the float arrays the fast engine in {@code org.rectransfer.train} works on.
 *
 * <p>Only this package and {@code train} may use DL4J/ND4J.
 */
package org.rectransfer.model;
