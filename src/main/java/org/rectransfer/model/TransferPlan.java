package org.rectransfer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which dense layers a transfer carries over from the source, and how (docs/method.md
 * §Transfer configurations). Embeddings are never transferred: there is no user or item
 * linkage across domains. OUT, which the paper does not name, follows the last FC layer unless
 * set explicitly.
 *
 * <p>The paper's Table 1 presets, for a four-layer tower (Config-5's cells are lost in the
 * paper's text; docs/method.md fixes it as FC-2..FC-4):
 * config-1 FC1-4, config-2 FC1-3, config-3 FC1-2, config-4 FC1, config-5 FC2-4, config-6 FC3-4,
 * config-7 FC4; {@code baseline} transfers nothing.
 *
 * @param name  the preset's name, or {@code custom}
 * @param modes the mode of each of FC1..FCk and OUT
 */
public record TransferPlan(String name, Map<LayerName, TransferMode> modes) {
    /** The presets of Table 1, by name, for a tower of four FC layers (in order). */
    public static final List<String> PRESETS = List.of("baseline", "config-1", "config-2", "config-3", "config-4",
            "config-5", "config-6", "config-7");
    private static final int[][] FROZEN_BY_CONFIG = {{1, 2, 3, 4}, {1, 2, 3}, {1, 2}, {1}, {2, 3, 4}, {3, 4}, {4}};

    public TransferPlan {
        modes = Map.copyOf(modes);
    }

    /** @return the name a run records for this plan: the preset's, or the layer modes of a custom plan */
    public String recordedName() {
        return name.equals("custom") ? describe() : name;
    }

    /** @return the preset {@code baseline} or {@code config-1}..{@code config-7} for a tower of {@code depth} FC layers */
    public static TransferPlan preset(String name, int depth) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        Map<LayerName, TransferMode> modes = new LinkedHashMap<>();
        for (int k = 1; k <= depth; k++) modes.put(LayerName.fc(k), TransferMode.FRESH);
        if (!key.equals("baseline")) {
            int config = PRESETS.indexOf(key);
            if (config < 1) throw new IllegalArgumentException("unknown config '" + name + "' (expected baseline or config-1..config-7)");
            if (depth != 4) throw new IllegalArgumentException("the config-N presets are defined for 4 FC layers, not " + depth + "; use --plan");
            for (int k : FROZEN_BY_CONFIG[config - 1]) modes.put(LayerName.fc(k), TransferMode.FROZEN);
        }
        modes.put(LayerName.OUT, modes.get(LayerName.fc(depth)));
        return new TransferPlan(key, modes);
    }

    /**
     * Parses {@code FC1=fresh,FC2=frozen,FC3=tuned,FC4=frozen[,OUT=frozen]}; layers not named are
     * fresh, and OUT follows the last FC layer unless named.
     */
    public static TransferPlan parse(String text, int depth) {
        Map<LayerName, TransferMode> modes = new LinkedHashMap<>();
        for (int k = 1; k <= depth; k++) modes.put(LayerName.fc(k), TransferMode.FRESH);
        boolean outNamed = false;
        java.util.Set<LayerName> named = new java.util.HashSet<>();
        for (String part : text.split(",")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) throw new IllegalArgumentException("plan entry '" + part.trim() + "' is not LAYER=MODE");
            LayerName layer = LayerName.parse(pair[0]);
            if (!layer.isDense() || (layer.kind() == LayerName.Kind.HIDDEN && layer.index() > depth)) {
                throw new IllegalArgumentException("plan names " + layer.id() + ", which is not FC1..FC" + depth + " or OUT");
            }
            if (!named.add(layer)) throw new IllegalArgumentException("plan names " + layer.id() + " twice");
            modes.put(layer, TransferMode.parse(pair[1]));
            outNamed |= layer.equals(LayerName.OUT);
        }
        if (!outNamed) modes.put(LayerName.OUT, modes.get(LayerName.fc(depth)));
        return new TransferPlan("custom", modes);
    }

    /** @return the mode of {@code layer} (FRESH for layers not in the plan) */
    public TransferMode mode(LayerName layer) {
        return modes.getOrDefault(layer, TransferMode.FRESH);
    }

    /** @return the layers that are transferred (frozen or tuned), FC1 first, OUT last */
    public List<LayerName> transferred() {
        List<LayerName> layers = new ArrayList<>();
        for (int k = 1; modes.containsKey(LayerName.fc(k)); k++) {
            if (mode(LayerName.fc(k)) != TransferMode.FRESH) layers.add(LayerName.fc(k));
        }
        if (mode(LayerName.OUT) != TransferMode.FRESH) layers.add(LayerName.OUT);
        return layers;
    }

    /** @return what the plan transfers, in words: e.g. "FC-3, FC-4, OUT frozen from the source; the rest fresh" */
    public String summary() {
        List<String> frozen = new ArrayList<>();
        List<String> tuned = new ArrayList<>();
        for (int k = 1; modes.containsKey(LayerName.fc(k)); k++) {
            if (mode(LayerName.fc(k)) == TransferMode.FROZEN) frozen.add("FC-" + k);
            if (mode(LayerName.fc(k)) == TransferMode.TUNED) tuned.add("FC-" + k);
        }
        if (mode(LayerName.OUT) == TransferMode.FROZEN) frozen.add("OUT");
        if (mode(LayerName.OUT) == TransferMode.TUNED) tuned.add("OUT");
        if (frozen.isEmpty() && tuned.isEmpty()) return "nothing transferred: every layer trained from scratch";
        List<String> parts = new ArrayList<>();
        if (!frozen.isEmpty()) parts.add(String.join(", ", frozen) + " frozen");
        if (!tuned.isEmpty()) parts.add(String.join(", ", tuned) + " tuned");
        return String.join("; ", parts) + " from the source; the rest fresh";
    }

    /** @return the modes as {@code FC1=fresh,...,OUT=frozen}, the form {@code --plan} reads */
    public String describe() {
        StringJoiner joiner = new StringJoiner(",");
        for (int k = 1; modes.containsKey(LayerName.fc(k)); k++) joiner.add("FC" + k + "=" + mode(LayerName.fc(k)).id());
        joiner.add("OUT=" + mode(LayerName.OUT).id());
        return joiner.toString();
    }

    /**
     * The optimiser's view: frozen layers do not train, tuned ones train at {@code tuneLr},
     * fresh ones and the embeddings at {@code lr}.
     */
    public TrainingPlan trainingPlan(AdamSettings adam, double tuneLr) {
        TrainingPlan plan = TrainingPlan.of(adam);
        for (Map.Entry<LayerName, TransferMode> entry : modes.entrySet()) {
            plan = switch (entry.getValue()) {
                case FRESH -> plan;
                case FROZEN -> plan.with(entry.getKey(), LayerTraining.frozen());
                case TUNED -> plan.with(entry.getKey(), LayerTraining.trainable(tuneLr));
            };
        }
        return plan;
    }

    /**
     * @return fresh parameters for {@code target} (seeded) with the transferred layers copied
     *         from {@code source}, whose tower must match
     */
    public NcfParameters initialise(NcfParameters source, NetworkSpec target, long seed) {
        if (!target.sameTower(source.spec())) {
            throw new IllegalArgumentException("the source's tower " + source.spec().embeddingSize() + "/"
                    + source.spec().layers() + " differs from the target's " + target.embeddingSize() + "/" + target.layers());
        }
        NcfParameters params = NcfInitializer.initialise(target, seed);
        for (LayerName layer : transferred()) params.copyLayerFrom(source, layer);
        return params;
    }
}
