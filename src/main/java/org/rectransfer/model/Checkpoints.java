package org.rectransfer.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.rectransfer.data.AtomicFiles;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Checkpoints: the trained parameters as a DL4J model file (ModelSerializer, loadable by any
 * DL4J program) plus a JSON sidecar {@code <file>.json} with the architecture and whatever
 * provenance the caller adds (plan, data hash, seed, versions). Both are written to a temporary
 * name and renamed, so a killed process never leaves a half-written checkpoint.
 */
public final class Checkpoints {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Checkpoints() { }

    /**
     * @param params     the parameters to save
     * @param modelFile  the DL4J model file to write (conventionally {@code .zip})
     * @param provenance extra sidecar entries (plan, data hash, seed, ...)
     */
    public static void save(NcfParameters params, Path modelFile, Map<String, Object> provenance) {
        ComputationGraph graph = NcfNetworkFactory.build(params.spec(), TrainingPlan.defaults(), 0, DataType.FLOAT);
        Dl4jParameters.write(params, graph);
        Map<String, Object> sidecar = new LinkedHashMap<>();
        sidecar.put("architecture", architecture(params.spec()));
        sidecar.putAll(provenance);
        try {
            AtomicFiles.write(modelFile, tmp -> ModelSerializer.writeModel(graph, tmp.toFile(), false));
            AtomicFiles.write(sidecarOf(modelFile), tmp -> JSON.writeValue(tmp.toFile(), sidecar));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + modelFile + ": " + e.getMessage(), e);
        }
    }

    /** @return the parameters stored in {@code modelFile}, shaped by its sidecar's architecture */
    public static NcfParameters load(Path modelFile) {
        try {
            NetworkSpec spec = specOf(JSON.readTree(sidecarOf(modelFile).toFile()).get("architecture"));
            ComputationGraph graph = ModelSerializer.restoreComputationGraph(modelFile.toFile(), false);
            return Dl4jParameters.read(graph, spec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + modelFile + ": " + e.getMessage(), e);
        }
    }

    /** @return the sidecar path of a model file */
    public static Path sidecarOf(Path modelFile) {
        return modelFile.resolveSibling(modelFile.getFileName() + ".json");
    }

    /** @return the architecture entries of a sidecar */
    public static Map<String, Object> architecture(NetworkSpec spec) {
        Map<String, Object> architecture = new LinkedHashMap<>();
        architecture.put("model", "ncf-mlp");
        architecture.put("users", spec.users());
        architecture.put("items", spec.items());
        architecture.put("embedding", spec.embeddingSize());
        architecture.put("layers", spec.layers());
        return architecture;
    }

    /** @return the network shape described by a sidecar's architecture entries */
    public static NetworkSpec specOf(JsonNode architecture) {
        List<Integer> layers = new ArrayList<>();
        architecture.get("layers").forEach(width -> layers.add(width.asInt()));
        return new NetworkSpec(architecture.get("users").asInt(), architecture.get("items").asInt(),
                architecture.get("embedding").asInt(), layers);
    }
}
