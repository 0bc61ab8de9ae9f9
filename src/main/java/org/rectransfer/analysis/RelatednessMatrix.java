package org.rectransfer.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link Kld} for every ordered pair of domains: {@code kld(s, t) = KLD(H_u(s) || H_u(t))}. Each
 * pair is binned over its own shared range, so {@code kld(s, t)} equals
 * {@link Kld#between(org.rectransfer.data.ActivityHistogram, org.rectransfer.data.ActivityHistogram,
 * Binning, Smoothing)} for that pair; the diagonal is 0.
 */
public final class RelatednessMatrix {
    private final List<String> names;
    private final double[][] kld;
    private final Binning binning;
    private final Smoothing smoothing;

    private RelatednessMatrix(List<String> names, double[][] kld, Binning binning, Smoothing smoothing) {
        this.names = names;
        this.kld = kld;
        this.binning = binning;
        this.smoothing = smoothing;
    }

    /** @return the matrix of {@code domains} with the default binning and smoothing */
    public static RelatednessMatrix of(List<NamedHistogram> domains) {
        return of(domains, Binning.defaults(), Smoothing.defaults());
    }

    /**
     * @param domains   the domains, names distinct
     * @param binning   how to bin each pair
     * @param smoothing what to add to every bin
     * @return the divergence of every ordered pair
     */
    public static RelatednessMatrix of(List<NamedHistogram> domains, Binning binning, Smoothing smoothing) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NamedHistogram d : domains) {
            if (!seen.add(d.name())) {
                throw new IllegalArgumentException("duplicate domain name: " + d.name());
            }
            names.add(d.name());
        }
        int n = domains.size();
        double[][] kld = new double[n][n];
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < n; t++) {
                if (s != t) {
                    kld[s][t] = Kld.between(domains.get(s).histogram(), domains.get(t).histogram(),
                            binning, smoothing);
                }
            }
        }
        return new RelatednessMatrix(List.copyOf(names), kld, binning, smoothing);
    }

    /** @return the domain names, in the order given */
    public List<String> names() {
        return names;
    }

    /** @return {@code KLD(H_u(source) || H_u(target))} by position */
    public double kld(int source, int target) {
        return kld[source][target];
    }

    /**
     * @return {@code KLD(H_u(source) || H_u(target))} by name
     * @throws IllegalArgumentException for an unknown name
     */
    public double kld(String source, String target) {
        return kld[indexOf(source)][indexOf(target)];
    }

    /** @return a copy of the matrix, rows = sources, columns = targets */
    public double[][] toArray() {
        double[][] copy = new double[kld.length][];
        for (int s = 0; s < kld.length; s++) {
            copy[s] = kld[s].clone();
        }
        return copy;
    }

    /** @return the binning used */
    public Binning binning() {
        return binning;
    }

    /** @return the smoothing used */
    public Smoothing smoothing() {
        return smoothing;
    }

    private int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown domain '" + name + "', known: " + names);
        }
        return i;
    }
}
