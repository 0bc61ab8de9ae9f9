package org.rectransfer.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.rectransfer.data.AtomicFiles;

/**
 * The privacy-preserving transfer package ({@code .rtp}): what a source domain may share with a
 * target without sharing data (the paper's motivation). It holds the interaction function only:
 * the weights and biases of FC1..FCk and OUT, the tower's shape and the provenance the caller
 * passes, as readable JSON so anyone can audit it. It holds no embedding, no user or item id,
 * and not even the number of users or items.
 */
public final class TransferPackage {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "rectransfer-transfer-package";
    // Decimals are read exactly and rounded once to float, so weights survive the round trip bit for bit.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private TransferPackage() { }

    /** Writes the dense layers of {@code params} and {@code provenance} to {@code file}, atomically. */
    public static void write(NcfParameters params, Path file, Map<String, Object> provenance) {
        NetworkSpec spec = params.spec();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("embedding", spec.embeddingSize());
        ArrayNode widths = root.putArray("layers");
        spec.layers().forEach(widths::add);
        ObjectNode layers = root.putObject("weights");
        for (int k = 0; k < spec.denseCount(); k++) {
            ObjectNode layer = layers.putObject(spec.denseName(k).id());
            layer.put("in", spec.inputSize(k));
            layer.put("out", spec.outputSize(k));
            ArrayNode w = layer.putArray("w");
            for (float value : params.weights(k)) w.add(value);
            ArrayNode b = layer.putArray("b");
            for (float value : params.biases(k)) b.add(value);
        }
        root.set("provenance", JSON.valueToTree(provenance));
        try {
            AtomicFiles.write(file, tmp -> JSON.writeValue(tmp.toFile(), root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write transfer package " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a package as parameters whose dense layers are the package's; the embedding tables
     * are placeholders of one zero row each (the package has none), so only the dense layers may
     * be used, e.g. by {@link TransferPlan#initialise}.
     *
     * @throws IllegalArgumentException when the file is not a valid package (one line saying why)
     */
    public static NcfParameters read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a transfer package (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(file + ": not a transfer package (no format '" + FORMAT + "')");
        }
        int version = root.path("version").asInt(-1);
        if (version != 1) {
            throw new IllegalArgumentException(file + ": transfer package version " + root.path("version")
                    + " is not one this program reads (1)");
        }
        java.util.List<Integer> widths = new java.util.ArrayList<>();
        root.path("layers").forEach(width -> widths.add(width.asInt()));
        NetworkSpec spec = new NetworkSpec(1, 1, root.path("embedding").asInt(), widths);
        NcfParameters params = NcfParameters.zeros(spec);
        for (int k = 0; k < spec.denseCount(); k++) {
            JsonNode layer = root.path("weights").path(spec.denseName(k).id());
            fill(file, spec.denseName(k).id() + ".w", layer.path("w"), params.weights(k));
            fill(file, spec.denseName(k).id() + ".b", layer.path("b"), params.biases(k));
        }
        return params;
    }

    /** @return the provenance recorded in a package */
    public static JsonNode provenance(Path file) {
        try {
            return JSON.readTree(file.toFile()).path("provenance");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Path file, String what, JsonNode values, float[] target) {
        if (!values.isArray() || values.size() != target.length) {
            throw new IllegalArgumentException(file + ": " + what + " has " + values.size() + " values, expected " + target.length);
        }
        for (int k = 0; k < target.length; k++) {
            JsonNode value = values.get(k);
            float number = value.isNumber() ? value.floatValue() : Float.NaN;
            if (!Float.isFinite(number)) {
                throw new IllegalArgumentException(file + ": " + what + "[" + k + "] is " + value + ", not a finite number");
            }
            target[k] = number;
        }
    }
}
