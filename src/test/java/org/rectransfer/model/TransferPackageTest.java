package org.rectransfer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferPackageTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsTheDenseLayersBitForBit() {
        NcfParameters params = NcfInitializer.initialise(new NetworkSpec(30, 40, 8, List.of(16, 8, 4, 2)), 5);
        Path file = dir.resolve("source.rtp");
        TransferPackage.write(params, file, Map.of("sourceDomain", "Book"));
        NcfParameters read = TransferPackage.read(file);
        assertThat(read.spec().layers()).isEqualTo(params.spec().layers());
        for (LayerName layer : params.spec().denseLayers()) {
            assertThat(read.weights(layer)).containsExactly(params.weights(layer));
            assertThat(read.biases(layer)).containsExactly(params.biases(layer));
        }
        assertThat(TransferPackage.provenance(file).get("sourceDomain").asText()).isEqualTo("Book");
    }

    @Test
    void holdsNoEmbeddingValueAndNoUserOrItemCount() throws Exception {
        NetworkSpec spec = new NetworkSpec(123, 457, 8, List.of(16, 8, 4, 2));
        NcfParameters params = NcfInitializer.initialise(spec, 9);
        Path file = dir.resolve("p.rtp");
        TransferPackage.write(params, file, Map.of("sourceDomain", "Movie"));
        String text = Files.readString(file);
        // Every embedding value, as the package would print it, is absent.
        for (float value : params.userEmbedding()) assertThat(text).doesNotContain(Float.toString(value));
        for (float value : params.itemEmbedding()) assertThat(text).doesNotContain(Float.toString(value));
        assertThat(text).doesNotContainPattern("(?<![0-9.eE-])(123|457)(?![0-9.])");
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        assertThat(root.fieldNames()).toIterable().containsExactly("format", "version", "embedding", "layers", "weights", "provenance");
        assertThat(root.get("weights").fieldNames()).toIterable().containsExactly("FC1", "FC2", "FC3", "FC4", "OUT");
        assertThat(text.toLowerCase()).doesNotContain("user").doesNotContain("item");
    }

    @Test
    void aFileThatIsNotAPackageIsRejectedWithOneLine() throws Exception {
        Path file = dir.resolve("x.rtp");
        Files.writeString(file, "{\"format\": \"something-else\"}");
        assertThatThrownBy(() -> TransferPackage.read(file)).hasMessageContaining("not a transfer package");
        Files.writeString(file, "garbage {");
        assertThatThrownBy(() -> TransferPackage.read(file)).hasMessageContaining("not a transfer package");
    }

    @Test
    void aPackageWithAMissingWeightOrFromAnotherVersionIsRejected() throws Exception {
        NcfParameters params = NcfInitializer.initialise(new NetworkSpec(30, 40, 8, List.of(16, 8, 4, 2)), 5);
        Path file = dir.resolve("p.rtp");
        TransferPackage.write(params, file, Map.of());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.path("weights").path("FC2").path("w")).set(3,
                com.fasterxml.jackson.databind.node.NullNode.getInstance());
        Path nulled = dir.resolve("null.rtp");
        json.writeValue(nulled.toFile(), root);
        assertThatThrownBy(() -> TransferPackage.read(nulled)).hasMessage(nulled + ": FC2.w[3] is null, not a finite number");

        com.fasterxml.jackson.databind.node.ObjectNode future = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        future.put("version", 99);
        Path newer = dir.resolve("v99.rtp");
        json.writeValue(newer.toFile(), future);
        assertThatThrownBy(() -> TransferPackage.read(newer)).hasMessageContaining("version 99 is not one this program reads (1)");
    }
}
